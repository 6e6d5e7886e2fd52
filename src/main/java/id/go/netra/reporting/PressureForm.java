package id.go.netra.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The confidential channel's form, flat as the page sends it; kept as typed so a refused form comes back as left. */
record PressureForm(String relation, String nip, String name, String employer, String position, String date,
		String regionCode, String description, String links, boolean anonymous, String reporterNip,
		String reporterName, String reporterEmail, String reporterPhone, boolean consent) {

	@Override
	public String toString() {
		return "PressureForm[" + date + ", " + regionCode + ", reporter withheld]";
	}

	/** Anonymous unless the ASN chooses otherwise, as the safer default. */
	static PressureForm empty() {
		return new PressureForm(null, null, null, null, null, null, null, null, null, true, null, null, null, null,
				false);
	}

	PressureSubmission toSubmission() {
		return new PressureSubmission(
				new PressureSubmission.PressedBy(parsedRelation(), nip, name, employer, position),
				new PressureSubmission.Pressure(parsedDate(), regionCode, description, ReportForm.lines(links)),
				new PressureSubmission.PressureReporter(anonymous, reporterNip, reporterName, reporterEmail, reporterPhone),
				consent);
	}

	private PressureSubmission.Relation parsedRelation() {
		for (PressureSubmission.Relation known : PressureSubmission.Relation.values()) {
			if (known.name().equals(relation)) {
				return known;
			}
		}
		return null;
	}

	private LocalDate parsedDate() {
		try {
			return date == null || date.isBlank() ? null : LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}
}
