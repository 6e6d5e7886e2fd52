package id.go.netra.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A letter number pattern such as {@code {seq}/{code}/{issuer}/{roman-month}/{year}}: literal text and tokens,
 * checked when it is read so that a mistyped setting stops the start, not the first letter.
 */
final class NumberPattern {

	/** What a token stands for in the number. */
	enum Token {

		/** the sequence number of the kind in the year, at least four digits: 0007 */
		SEQ("seq"),
		/** the kind's short code: REK */
		CODE("code"),
		/** the issuing agency's code: BKN; left out with one separator next to it when the letter has none */
		ISSUER("issuer"),
		/** the month of the letter's date in Roman numerals: XI */
		ROMAN_MONTH("roman-month"),
		/** the month of the letter's date, two digits: 11 */
		MONTH("month"),
		/** the year of the letter's date: 2026 */
		YEAR("year");

		private final String name;

		Token(String name) {
			this.name = name;
		}

		static Token named(String name) {
			return Arrays.stream(values()).filter(token -> token.name.equals(name)).findFirst().orElse(null);
		}

		@Override
		public String toString() {
			return "{" + name + "}";
		}
	}

	/** A run of literal text, or a token. */
	private record Part(String literal, Token token) {
	}

	private static final int MAX_LITERAL = 50;

	private final String pattern;
	private final List<Part> parts;

	private NumberPattern(String pattern, List<Part> parts) {
		this.pattern = pattern;
		this.parts = List.copyOf(parts);
	}

	/**
	 * Reads {@code pattern}; refuses it, naming {@code property}, when a brace is unbalanced, a token is unknown,
	 * or {@code {seq}} or {@code {year}} is missing (the sequence starts again each year, so a number without the
	 * year would repeat).
	 */
	static NumberPattern parse(String property, String pattern) {
		if (pattern == null || pattern.isBlank()) {
			throw new IllegalArgumentException(property + " is empty; a letter number needs at least {seq} and {year}");
		}
		List<Part> parts = new ArrayList<>();
		Set<Token> used = EnumSet.noneOf(Token.class);
		int literals = 0;
		int at = 0;
		while (at < pattern.length()) {
			int open = pattern.indexOf('{', at);
			int close = pattern.indexOf('}', at);
			if (close >= 0 && (open < 0 || close < open)) {
				throw refused(property, pattern, "has a '}' without '{' at position " + (close + 1));
			}
			if (open < 0) {
				parts.add(new Part(pattern.substring(at), null));
				literals += pattern.length() - at;
				break;
			}
			if (open > at) {
				parts.add(new Part(pattern.substring(at, open), null));
				literals += open - at;
			}
			if (close < 0) {
				throw refused(property, pattern, "has a '{' without '}' at position " + (open + 1));
			}
			Token token = Token.named(pattern.substring(open + 1, close));
			if (token == null) {
				throw refused(property, pattern, "has the unknown token " + pattern.substring(open, close + 1)
						+ "; known tokens are " + Arrays.stream(Token.values()).map(Token::toString)
							.collect(Collectors.joining(", ")));
			}
			parts.add(new Part(null, token));
			used.add(token);
			at = close + 1;
		}
		if (!used.contains(Token.SEQ) || !used.contains(Token.YEAR)) {
			throw refused(property, pattern, "must contain both {seq} and {year}: the sequence starts again each year");
		}
		if (literals > MAX_LITERAL) {
			throw refused(property, pattern, "has more than " + MAX_LITERAL + " characters of fixed text");
		}
		return new NumberPattern(pattern, parts);
	}

	/**
	 * The number of the {@code sequence}-th letter of its kind in the year of {@code date}. An empty
	 * {@code {issuer}} takes one separator next to it along: {@code 0001/REK/XI/2026}, not {@code 0001/REK//XI/2026}.
	 */
	String render(int sequence, LocalDate date, String code, String issuer) {
		boolean noIssuer = issuer == null || issuer.isBlank();
		StringBuilder number = new StringBuilder();
		boolean dropNextSeparator = false;
		for (Part part : parts) {
			if (part.token() == Token.ISSUER && noIssuer) {
				if (endsWithSeparator(number)) {
					number.setLength(number.length() - 1);
				}
				else {
					dropNextSeparator = true;
				}
				continue;
			}
			String text = part.token() == null ? part.literal() : value(part.token(), sequence, date, code, issuer);
			if (dropNextSeparator && !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0))) {
				text = text.substring(1);
			}
			dropNextSeparator = false;
			number.append(text);
		}
		return number.toString();
	}

	private static boolean endsWithSeparator(StringBuilder number) {
		return number.length() > 0 && !Character.isLetterOrDigit(number.charAt(number.length() - 1));
	}

	private static String value(Token token, int sequence, LocalDate date, String code, String issuer) {
		return switch (token) {
			case SEQ -> String.format("%04d", sequence);
			case CODE -> code;
			case ISSUER -> issuer.trim();
			case ROMAN_MONTH -> IndonesianDate.romanMonth(date);
			case MONTH -> String.format("%02d", date.getMonthValue());
			case YEAR -> Integer.toString(date.getYear());
		};
	}

	private static IllegalArgumentException refused(String property, String pattern, String why) {
		return new IllegalArgumentException(property + "=" + pattern + " " + why);
	}

	@Override
	public String toString() {
		return pattern;
	}
}
