package id.go.netra.advisory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The asker's code for reading the answer: 16 characters from an alphabet without look-alikes (about 79 bits),
 * shown once in groups of four and kept only as a SHA-256, so neither a leaked table nor an officer can read
 * someone's answer page. Typed codes are forgiving: case, spaces and dashes do not matter.
 */
final class AskerCode {

	static final int LENGTH = 16;
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private AskerCode() {
	}

	static String generate() {
		StringBuilder code = new StringBuilder(LENGTH + LENGTH / 4);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code without separators, upper case; null when what was typed cannot be a code. */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return plain.length() == LENGTH && plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? plain : null;
	}

	/** The SHA-256 kept for a code; null when it cannot be one. */
	static String hash(String typed) {
		String plain = normalize(typed);
		if (plain == null) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
