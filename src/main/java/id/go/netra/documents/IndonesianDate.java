package id.go.netra.documents;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as Indonesian letters write them: "23 November 2026", and the month in Roman numerals that letter
 * numbers carry ("XI"). Spelled out here rather than taken from the runtime's locale data, so a letter reads the
 * same whatever JDK renders it.
 */
public final class IndonesianDate {

	/** Letters are dated in Jakarta (WIB), where the issuing agencies sit and legal deadlines run. */
	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember" };

	private static final String[] ROMAN_MONTHS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
			"XI", "XII" };

	private IndonesianDate() {
	}

	/** "23 November 2026". */
	public static String longForm(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}

	/** "XI" for November. */
	static String romanMonth(LocalDate date) {
		return ROMAN_MONTHS[date.getMonthValue() - 1];
	}
}
