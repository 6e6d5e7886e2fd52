package id.go.netra.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks people up for the sign-in form, with the roles their agency holds at this moment. */
@Component
class UserDirectory implements UserDetailsService {

	private final UserAccounts accounts;
	private final RolePolicies policies;

	UserDirectory(UserAccounts accounts, RolePolicies policies) {
		this.accounts = accounts;
		this.policies = policies;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		Actor actor = accounts.actorFor(user);
		boolean totpPending = policies.totpRequiredFor(user.demo(), actor.roleSet());
		return new SignInUser(actor, user.passwordHash(), user.enabled(), totpPending, user.totpSecret() != null);
	}
}
