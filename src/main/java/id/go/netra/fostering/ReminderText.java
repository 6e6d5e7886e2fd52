package id.go.netra.fostering;

import java.util.Locale;
import java.util.Map;

import id.go.netra.Dates;
import id.go.netra.catalog.Election;

/**
 * A template's text with its placeholders filled for one employee: {nama}, {instansi}, {pemilu}, {tahapan},
 * {mulai} and {selesai} (the phase's first and last day, written out in the text's language). An unknown
 * placeholder stays as written, so a typing error shows in the preview instead of vanishing.
 */
final class ReminderText {

	static final String PLACEHOLDERS = "{nama}, {instansi}, {pemilu}, {tahapan}, {mulai}, {selesai}";

	private ReminderText() {
	}

	static String fill(String text, String name, String employer, Election election, Election.Phase phase,
			Locale locale) {
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		Map<String, String> values = Map.of("{nama}", name, "{instansi}", employer, "{pemilu}",
				english && election.nameEn() != null ? election.nameEn() : election.name(), "{tahapan}",
				english && phase.nameEn() != null ? phase.nameEn() : phase.name(), "{mulai}",
				Dates.day(phase.start(), locale), "{selesai}", Dates.day(phase.end(), locale));
		String filled = text;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace(value.getKey(), value.getValue() == null ? "" : value.getValue());
		}
		return filled;
	}
}
