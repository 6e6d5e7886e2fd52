package id.go.netra.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How each kind of letter is numbered: a pattern ({@code netra.documents.numbering.default} for all, or
 * {@code netra.documents.numbering.<kind>} for one) and a short code ({@code netra.documents.codes.<kind>}).
 * Kinds are named in kebab case or upper case alike ({@code block-notice}, {@code BLOCK_NOTICE}).
 */
final class NumberingScheme {

	/** The Indonesian custom: sequence, kind, issuing agency, month in Roman numerals, year. */
	static final String DEFAULT_PATTERN = "{seq}/{code}/{issuer}/{roman-month}/{year}";

	private static final String DEFAULT_KEY = "DEFAULT";
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]{1,20}");
	private static final LocalDate SAMPLE_DATE = LocalDate.of(2026, 11, 23);

	private final Map<LetterKind, NumberPattern> patterns;
	private final Map<LetterKind, String> codes;

	private NumberingScheme(Map<LetterKind, NumberPattern> patterns, Map<LetterKind, String> codes) {
		this.patterns = patterns;
		this.codes = codes;
	}

	/**
	 * Reads the settings; refuses an unknown kind, a bad pattern or code, and two kinds that would be numbered
	 * alike (their sequences are separate, so their numbers must differ in more than the sequence).
	 */
	static NumberingScheme of(Map<String, String> numbering, Map<String, String> codes) {
		Map<String, String> patternSettings = byKindKey("netra.documents.numbering", numbering, true);
		Map<String, String> codeSettings = byKindKey("netra.documents.codes", codes, false);
		String fallback = patternSettings.getOrDefault(DEFAULT_KEY, DEFAULT_PATTERN);
		Map<LetterKind, NumberPattern> patterns = new EnumMap<>(LetterKind.class);
		Map<LetterKind, String> kindCodes = new EnumMap<>(LetterKind.class);
		for (LetterKind kind : LetterKind.values()) {
			String key = patternSettings.containsKey(kind.name()) ? kebab(kind) : "default";
			patterns.put(kind, NumberPattern.parse("netra.documents.numbering." + key,
					patternSettings.getOrDefault(kind.name(), fallback)));
			String code = codeSettings.getOrDefault(kind.name(), kind.defaultCode()).trim();
			if (!CODE.matcher(code).matches()) {
				throw new IllegalArgumentException("netra.documents.codes." + kebab(kind) + "=" + code
						+ " must be 1 to 20 letters, digits, dots or hyphens");
			}
			kindCodes.put(kind, code);
		}
		NumberingScheme scheme = new NumberingScheme(patterns, kindCodes);
		scheme.refuseLookAlikes();
		return scheme;
	}

	/** The number of the {@code sequence}-th letter of {@code kind} in the year of {@code date}. */
	String number(LetterKind kind, int sequence, LocalDate date, String issuerAgencyCode) {
		return patterns.get(kind).render(sequence, date, codes.get(kind), issuerAgencyCode);
	}

	private void refuseLookAlikes() {
		Map<String, LetterKind> seen = new HashMap<>();
		for (LetterKind kind : LetterKind.values()) {
			String sample = number(kind, 1, SAMPLE_DATE, "BKN");
			LetterKind other = seen.putIfAbsent(sample, kind);
			if (other != null) {
				throw new IllegalArgumentException("netra.documents.numbering: " + kebab(other) + " and " + kebab(kind)
						+ " would both be numbered " + sample + "; give them different codes "
						+ "(netra.documents.codes.<kind>) or patterns, and keep {code} in the pattern");
			}
		}
	}

	/** The settings by kind name ({@code BLOCK_NOTICE}), refusing keys that name no kind. */
	private static Map<String, String> byKindKey(String prefix, Map<String, String> settings, boolean allowDefault) {
		Map<String, String> byKind = new HashMap<>();
		if (settings == null) {
			return byKind;
		}
		settings.forEach((key, value) -> {
			String normalized = key.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
			String kind = Arrays.stream(LetterKind.values())
				.map(LetterKind::name)
				.filter(name -> name.replace("_", "").equals(normalized))
				.findFirst()
				.orElse(allowDefault && normalized.equals(DEFAULT_KEY) ? DEFAULT_KEY : null);
			if (kind == null) {
				throw new IllegalArgumentException(prefix + "." + key + " names no kind of letter; known: "
						+ (allowDefault ? "default, " : "")
						+ Arrays.stream(LetterKind.values()).map(NumberingScheme::kebab).collect(Collectors.joining(", ")));
			}
			byKind.put(kind, value);
		});
		return byKind;
	}

	private static String kebab(LetterKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
