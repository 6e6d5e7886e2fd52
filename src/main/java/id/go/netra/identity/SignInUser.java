package id.go.netra.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person during and after sign-in. Until the second factor is given (when a role requires it) the only
 * authority is {@link #TOTP_PENDING}, which opens nothing but the code page.
 */
final class SignInUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	static final String SIGNED_IN = "SIGNED_IN";
	static final String TOTP_PENDING = "TOTP_PENDING";

	private final Actor actor;
	private final boolean enabled;
	private final boolean totpPending;
	private final boolean totpEnrolled;
	private String passwordHash;

	SignInUser(Actor actor, String passwordHash, boolean enabled, boolean totpPending, boolean totpEnrolled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.totpPending = totpPending;
		this.totpEnrolled = totpEnrolled;
	}

	/** The same person once the second factor has been given. */
	SignInUser withSecondFactor() {
		return new SignInUser(actor, null, enabled, false, true);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		if (totpPending) {
			return List.of(new SimpleGrantedAuthority(TOTP_PENDING));
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		actor.roles().keySet().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public boolean fullySignedIn() {
		return !totpPending;
	}

	boolean totpPending() {
		return totpPending;
	}

	boolean totpEnrolled() {
		return totpEnrolled;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.name();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignInUser user && user.getUsername().equals(getUsername());
	}

	@Override
	public int hashCode() {
		return getUsername().hashCode();
	}

	@Override
	public String toString() {
		return "SignInUser[" + getUsername() + "]";
	}
}
