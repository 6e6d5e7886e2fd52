package id.go.netra.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a letter and in its QR code, by which anyone checks that Netra issued it:
 * {@code 7KQ2-M9XD-4HBT-WC0E-RS5N}. 20 characters of Crockford's base 32 are 100 random bits, too many to guess
 * a letter's code; the alphabet has no I, L, O or U, so a code read aloud or typed from paper survives the
 * usual mix-ups, which {@link #parse} forgives.
 */
record VerificationCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	private static final int LENGTH = 20;
	private static final int GROUP = 4;
	private static final SecureRandom RANDOM = new SecureRandom();

	static VerificationCode random() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return grouped(code.toString());
	}

	/**
	 * A code as typed: any case, with or without hyphens and spaces, O for 0 and I or L for 1. Empty when it
	 * cannot be a code at all.
	 */
	static Optional<VerificationCode> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String plain = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(grouped(plain));
	}

	private static VerificationCode grouped(String plain) {
		StringBuilder grouped = new StringBuilder(LENGTH + LENGTH / GROUP);
		for (int i = 0; i < LENGTH; i += GROUP) {
			if (i > 0) {
				grouped.append('-');
			}
			grouped.append(plain, i, i + GROUP);
		}
		return new VerificationCode(grouped.toString());
	}

	@Override
	public String toString() {
		return value;
	}
}
