package id.go.netra.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks people up for the sign-in form, with the roles their agency holds at this moment. */
@Component
class UserDirectory implements UserDetailsService {

	private final UserAccounts accounts;
	private final RolePolicies policies;
	private final Clock clock;

	UserDirectory(UserAccounts accounts, RolePolicies policies, Clock clock) {
		this.accounts = accounts;
		this.policies = policies;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		Actor actor = accounts.actorFor(user);
		boolean totpPending = policies.totpRequiredForAny(actor.roleSet());
		return new SignInUser(actor, user.passwordHash(), user.enabled(), user.lockedAt(clock.instant()), totpPending,
				user.totpSecret() != null);
	}
}
