package id.go.netra.reporting;

import java.util.regex.Pattern;

import id.go.netra.DomainException;

/** A report's public number (nomor aduan): {@code NTR-2026-0000123}, the year of filing and a sequence. */
public record ComplaintNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("NTR-\\d{4}-\\d{7,}");

	public ComplaintNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw DomainException.notFound("reporting.complaintNumber.unknown", String.valueOf(value));
		}
	}

	public static ComplaintNumber of(int year, long sequence) {
		return new ComplaintNumber(String.format("NTR-%04d-%07d", year, sequence));
	}

	/** Reads what a person typed: case and surrounding spaces do not matter. */
	public static ComplaintNumber parse(String text) {
		return new ComplaintNumber(text == null ? null : text.trim().toUpperCase(java.util.Locale.ROOT));
	}

	/** The reporter's status page with this number filled in; the receipt code is left for the reporter to type. */
	public String statusPath() {
		// a complaint number is letters, digits and hyphens: nothing to escape
		return "/lapor/status?" + PublicReportPages.NUMBER_PARAMETER + "=" + value;
	}

	@Override
	public String toString() {
		return value;
	}
}
