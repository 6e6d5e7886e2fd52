package id.go.netra.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The public report form, flat as the page sends it: links come one per line, the date as the date input
 * sends it. Kept as typed, so a refused form comes back exactly as the reporter left it.
 */
record ReportForm(String nip, String nik, String name, String employer, String position, String date,
		String regionCode, String description, String links, boolean anonymous, String reporterName,
		String reporterEmail, String reporterPhone, boolean notifyOnStageChange, boolean consent, String reporterNip) {

	/** Names nobody (see {@link ReportSubmission.Reporter#toString()}). */
	@Override
	public String toString() {
		return "ReportForm[" + date + ", " + regionCode + ", reporter withheld]";
	}

	/** A fresh form: anonymous unless the reporter chooses otherwise, as the safer default. */
	static ReportForm empty() {
		return new ReportForm(null, null, null, null, null, null, null, null, null, true, null, null, null, false,
				false, null);
	}

	/**
	 * The submission; the notice box is hidden with the contact fields when the reporter chooses to stay
	 * anonymous, so a box ticked before that choice is not held against them.
	 */
	ReportSubmission toSubmission() {
		return new ReportSubmission(new ReportSubmission.Reported(nip, nik, name, employer, position),
				new ReportSubmission.Incident(parseDate(date), regionCode, description, lines(links)),
				new ReportSubmission.Reporter(anonymous, reporterName, reporterEmail, reporterPhone,
						!anonymous && notifyOnStageChange, anonymous ? null : reporterNip),
				consent);
	}

	/** One entry per non-blank line of a textarea. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * A date input sends ISO dates or nothing; anything else came from a browser without a date picker and is
	 * treated as missing, which the intake check then reports as required.
	 */
	private static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
