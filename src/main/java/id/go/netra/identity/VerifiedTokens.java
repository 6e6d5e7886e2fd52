package id.go.netra.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the bearer tokens already verified, until each one expires. An agency system sends the same token
 * with every request for its lifetime; parsing its JSON and checking its RSA signature again each time was a
 * tenth of a registry lookup's CPU and a seventh of its garbage. Only tokens the verifier accepted are kept,
 * and only while they have not expired, so a forged, altered or expired token is still refused every time.
 * What a token's client may do is not remembered here: {@link ApiClients} looks that up on every request.
 * A revoked token ({@link RevokedTokens}) is refused before anything else. The memory is bounded: when full it
 * starts again.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder verifier;
	private final Clock clock;
	private final int capacity;
	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
	private final Predicate<String> revoked;

	VerifiedTokens(JwtDecoder verifier, Clock clock, int capacity) {
		this(verifier, clock, capacity, token -> false);
	}

	VerifiedTokens(JwtDecoder verifier, Clock clock, int capacity, Predicate<String> revoked) {
		this.verifier = verifier;
		this.revoked = revoked;
		this.clock = clock;
		this.capacity = capacity;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		if (revoked.test(token)) {
			verified.remove(token);
			throw new BadJwtException("the token was revoked");
		}
		Jwt known = verified.get(token);
		if (known != null) {
			if (clock.instant().isBefore(known.getExpiresAt())) {
				return known;
			}
			verified.remove(token);
		}
		Jwt jwt = verifier.decode(token);
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
			if (verified.size() >= capacity) {
				verified.clear();
			}
			verified.put(token, jwt);
		}
		return jwt;
	}

	int size() {
		return verified.size();
	}
}
