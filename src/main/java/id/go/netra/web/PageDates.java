package id.go.netra.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import id.go.netra.Dates;

/**
 * Dates on a page in the reader's language, in Jakarta time: {@code ${wib.format(c.filedAt)}} for a moment,
 * {@code ${wib.day(c.incidentDate)}} for a day, {@code ${wib.deadline(c.deadlineAt)}} for the last day of a
 * deadline. Public so that templates of every module can call it.
 */
public final class PageDates {

	private final Locale locale;

	PageDates(Locale locale) {
		this.locale = locale;
	}

	/** "9 Desember 2026, 14.05"; the page adds "WIB". Empty for no time. */
	public String format(Instant at) {
		return at == null ? "" : Dates.dateTime(at, locale);
	}

	/** "9 Desember 2026". Empty for no date. */
	public String day(LocalDate date) {
		return date == null ? "" : Dates.day(date, locale);
	}

	/** The day of a moment in Jakarta: "9 Desember 2026". Empty for no time. */
	public String dayOf(Instant at) {
		return at == null ? "" : Dates.day(LocalDate.ofInstant(at, Dates.ZONE), locale);
	}

	/** The last day a deadline can be met: "9 Desember 2026" for a deadline at midnight of the 10th. */
	public String deadline(Instant at) {
		return at == null ? "" : Dates.deadline(at, locale);
	}
}
