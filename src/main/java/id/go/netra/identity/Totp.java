package id.go.netra.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind every
 * authenticator app reads from a QR code. Secrets are Base32 (RFC 4648) without padding.
 */
final class Totp {

	static final int STEP_SECONDS = 30;
	private static final int DIGITS = 6;
	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	static String code(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(fromBase32(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%0" + DIGITS + "d", binary % 1_000_000);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
		}
	}

	static long step(Instant at) {
		return at.getEpochSecond() / STEP_SECONDS;
	}

	/**
	 * The time step whose code matches, allowing one step of clock drift either way; empty when none does or
	 * when the matching step is not after {@code lastUsedStep} (a code is good once).
	 */
	static OptionalLong verify(String secret, String code, Instant now, long lastUsedStep) {
		if (code == null || !code.trim().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastUsedStep && code(secret, step).equals(code.trim())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String otpauthUri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] fromBase32(String text) {
		String clean = text.replace("=", "").replace(" ", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = ALPHABET.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not a Base32 secret");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) ((buffer >> (bits - 8)) & 0xff));
				bits -= 8;
			}
		}
		return out.array();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}
}
