package id.go.netra.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the sign-in form. An address that must wait (CredentialThrottle) is refused before the
 * password is looked at. A disabled account is told so only after the right password: before it, a wrong password
 * for a disabled account, for an enabled one and for a name nobody has all get the same answer, and an unknown name
 * is checked against a hash as slow as a real one.
 */
final class PasswordSignIn implements AuthenticationProvider {

	private final UserAccounts accounts;
	private final DaoAuthenticationProvider passwords;

	PasswordSignIn(UserAccounts accounts, UserDirectory directory, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.passwords = new DaoAuthenticationProvider(directory);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("account disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (accounts.waitFor(authentication.getName(), address(authentication)).isPresent()) {
			throw new LockedException("this address must wait before its next try");
		}
		return passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "";
	}
}
