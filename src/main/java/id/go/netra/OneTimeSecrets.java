package id.go.netra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal links and one-time codes for people without an account (an employee signing a pact, an accused
 * employee giving a clarification): a link's token is 32 random bytes, a code six random digits, and only their
 * SHA-256 is stored, so a copy of the database opens nothing.
 */
public final class OneTimeSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimeSecrets() {
	}

	/** A new link token: 43 URL-safe characters. */
	public static String newToken() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** Whether the text can be a token this class gave out (checked before any look-up). */
	public static boolean tokenShaped(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

	/** A new one-time code of six digits. */
	public static String newCode() {
		return String.format("%06d", RANDOM.nextInt(1_000_000));
	}

	/** The code as a person typed it, spaces and dashes taken out. */
	public static String typed(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "");
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Compares two hashes in constant time. */
	public static boolean sameHash(String stored, String given) {
		return stored != null && given != null
				&& MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
	}
}
