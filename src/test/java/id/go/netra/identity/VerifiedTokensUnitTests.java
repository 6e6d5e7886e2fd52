package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensUnitTests {

	static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	/** Accepts tokens named "good-...", valid for five minutes from NOW, and counts what it was asked. */
	final List<String> asked = new ArrayList<>();

	final JwtDecoder verifier = token -> {
		asked.add(token);
		if (!token.startsWith("good-")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("bkn-demo")
			.issuedAt(NOW)
			.expiresAt(NOW.plus(Duration.ofMinutes(5)))
			.build();
	};

	Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	@Test
	void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
		VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW.plusSeconds(10)), 100);
		assertThat(tokens.decode("good-1").getSubject()).isEqualTo("bkn-demo");
		assertThat(tokens.decode("good-1").getSubject()).isEqualTo("bkn-demo");
		assertThat(asked).containsExactly("good-1");

		VerifiedTokens later = new VerifiedTokens(verifier, at(NOW.plus(Duration.ofMinutes(5))), 100);
		later.decode("good-1");
		later.decode("good-1");
		assertThat(asked).as("an expired token goes back to the verifier every time")
			.containsExactly("good-1", "good-1", "good-1");
		assertThat(later.size()).isZero();
	}

	@Test
	void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW), 100);
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		}
		assertThat(asked).containsExactly("forged", "forged", "forged");
		assertThat(tokens.size()).isZero();
	}

	@Test
	void aRevokedTokenIsRefusedEvenAfterItWasVerified() {
		java.util.Set<String> revoked = new java.util.HashSet<>();
		VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW), 100, revoked::contains);
		tokens.decode("good-1");
		revoked.add("good-1");
		assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(BadJwtException.class)
			.hasMessageContaining("revoked");
		assertThat(tokens.size()).isZero();
		assertThat(tokens.decode("good-2").getSubject()).isEqualTo("bkn-demo");
	}

	@Test
	void theMemoryIsBounded() {
		VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW), 10);
		for (int i = 0; i < 25; i++) {
			tokens.decode("good-" + i);
			assertThat(tokens.size()).isLessThanOrEqualTo(10);
		}
		tokens.decode("good-24");
		assertThat(asked).hasSize(25);
	}
}
