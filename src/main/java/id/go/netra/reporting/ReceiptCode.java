package id.go.netra.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The reporter's secret for a report: 20 random digits (about 66 bits), shown once in groups of four and
 * never stored; the database keeps a SHA-256 bound to the complaint number. Together with the limit on wrong
 * attempts this makes guessing hopeless.
 */
final class ReceiptCode {

	static final int DIGITS = 20;
	private static final SecureRandom RANDOM = new SecureRandom();

	private ReceiptCode() {
	}

	static String generate() {
		StringBuilder code = new StringBuilder(DIGITS + DIGITS / 4);
		for (int i = 0; i < DIGITS; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append((char) ('0' + RANDOM.nextInt(10)));
		}
		return code.toString();
	}

	/** The digits a person typed, without the separators; null when it cannot be a receipt code. */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.replaceAll("[\\s-]", "");
		return digits.length() == DIGITS && digits.chars().allMatch(Character::isDigit) ? digits : null;
	}

	static String hash(ComplaintNumber number, String code) {
		String digits = normalize(code);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(sha.digest((number.value() + ":" + digits).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static boolean matches(ComplaintNumber number, String typed, String storedHash) {
		if (normalize(typed) == null || storedHash == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(number, typed).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}
}
