package id.go.netra.reporting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.PublicUrl;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Regions;
import id.go.netra.documents.Sheet;

/**
 * The proof of filing (bukti pelaporan) as a PDF in the look of Netra's letters: complaint number, receipt code,
 * when it was received and what it is about, and a QR code to the status page with the complaint number filled
 * in. Made on request from the code the reporter holds; Netra cannot make it again without them, as it does not
 * keep the code. The code is never in the QR code or a link: whoever scans the paper must not hold the report.
 */
@Component
class ReceiptPdf {

	private final MessageSource messages;
	private final Regions regions;
	private final PublicUrl publicUrl;

	ReceiptPdf(MessageSource messages, Regions regions, PublicUrl publicUrl) {
		this.messages = messages;
		this.regions = regions;
		this.publicUrl = publicUrl;
	}

	byte[] render(Report report, String receiptCode, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'WIB'", locale)
			.withZone(BusinessCalendar.ZONE);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		String number = report.complaintNumber().value();
		List<Sheet.Field> fields = List.of(field("reporting.pdf.number", number, locale),
				new Sheet.Field(text("reporting.pdf.code", locale), receiptCode, true),
				field("reporting.pdf.filedAt", time.format(report.filedAt()), locale),
				field("reporting.pdf.incidentDate",
						report.incidentDate() == null ? "-" : date.format(report.incidentDate()), locale),
				field("reporting.pdf.region",
						report.regionCode() == null ? "-" : regions.nameOf(report.regionCode()), locale),
				field("reporting.pdf.reported", describe(report.reported()), locale));
		String statusPage = publicUrl.link("/lapor/status");
		return new Sheet(text("reporting.pdf.issuer", locale), text("reporting.pdf.country", locale),
				text("reporting.pdf.title", locale), text("reporting.pdf.subtitle", locale), fields,
				List.of(text("reporting.pdf.keep", locale).split("\n")),
				publicUrl.link(report.complaintNumber().statusPath()),
				messages.getMessage("reporting.pdf.statusLink", new Object[] { statusPage }, locale))
			.pdf();
	}

	private Sheet.Field field(String label, String value, Locale locale) {
		return new Sheet.Field(text(label, locale), value, false);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private static String describe(ReportSubmission.Reported reported) {
		List<String> parts = new ArrayList<>();
		if (reported.name() != null) {
			parts.add(reported.name());
		}
		if (reported.nip() != null) {
			parts.add("NIP " + reported.nip());
		}
		else if (reported.nik() != null) {
			parts.add("NIK " + reported.nik().substring(0, 6) + "**********");
		}
		if (reported.employer() != null) {
			parts.add(reported.employer());
		}
		return parts.isEmpty() ? "-" : String.join(", ", parts);
	}
}
