package id.go.netra.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in the current request: a signed-in person or an agency system with a token. */
@Component
public class CurrentActor {

	public Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof ActorPrincipal principal && principal.fullySignedIn()) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	/** The actor; fails when nobody is signed in (callers sit behind the security rules, so it should not). */
	public Actor require() {
		return get().orElseThrow(() -> new IllegalStateException("no signed-in actor in this request"));
	}
}
