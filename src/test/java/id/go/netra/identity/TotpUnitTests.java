package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpUnitTests {

	// RFC 6238 appendix B, SHA-1 seed "12345678901234567890"; the RFC lists 8 digits, apps show the last 6.
	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void matchesTheRfc6238TestVectors() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsOneStepOfClockDriftButNotTwo() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void aCodeIsGoodOnlyOnce() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		String code = Totp.code(RFC_SECRET, step);
		assertThat(Totp.verify(RFC_SECRET, code, now, step - 1)).hasValue(step);
		assertThat(Totp.verify(RFC_SECRET, code, now, step)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		assertThat(Totp.verify(RFC_SECRET, "12345", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, "abcdef", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, null, now, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void newSecretsRoundTripThroughBase32AndAreDifferent() {
		String secret = Totp.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
		assertThat(Totp.otpauthUri("Netra", "admin", secret))
			.isEqualTo("otpauth://totp/Netra:admin?secret=" + secret + "&issuer=Netra&algorithm=SHA1&digits=6&period=30");
	}
}
