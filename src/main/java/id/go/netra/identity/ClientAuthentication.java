package id.go.netra.identity;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An agency system authenticated by a bearer token, acting as its {@link Actor}. */
final class ClientAuthentication extends AbstractAuthenticationToken {

	private final ClientPrincipal principal;
	private final Jwt token;

	ClientAuthentication(Actor actor, Jwt token, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.principal = new ClientPrincipal(actor);
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public Object getPrincipal() {
		return principal;
	}

	@Override
	public String getName() {
		return principal.actor().name();
	}

	record ClientPrincipal(Actor actor) implements ActorPrincipal {

		@Override
		public boolean fullySignedIn() {
			return true;
		}
	}
}
