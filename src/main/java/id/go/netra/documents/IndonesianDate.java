package id.go.netra.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import id.go.netra.Dates;

/**
 * Dates as Indonesian letters write them: "23 November 2026" (whatever language the reader chose, since a letter
 * is in Bahasa Indonesia), and the month in Roman numerals that letter numbers carry ("XI").
 */
public final class IndonesianDate {

	/** Letters are dated in Jakarta (WIB), where the issuing agencies sit and legal deadlines run. */
	static final ZoneId ZONE = Dates.ZONE;

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final String[] ROMAN_MONTHS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
			"XI", "XII" };

	private IndonesianDate() {
	}

	/** "23 November 2026". */
	public static String longForm(LocalDate date) {
		return Dates.day(date, INDONESIAN);
	}

	/** "XI" for November. */
	static String romanMonth(LocalDate date) {
		return ROMAN_MONTHS[date.getMonthValue() - 1];
	}
}
