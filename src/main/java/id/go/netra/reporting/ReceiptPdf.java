package id.go.netra.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Regions;

/**
 * The proof of filing (bukti pelaporan) as a one-page PDF: complaint number, receipt code, when it was
 * received and what it is about. Made on request from the code the reporter holds; Netra cannot make it
 * again without them, as it does not keep the code.
 */
@Component
class ReceiptPdf {

	private static final float MARGIN = 56;
	private final MessageSource messages;
	private final Regions regions;

	ReceiptPdf(MessageSource messages, Regions regions) {
		this.messages = messages;
		this.regions = regions;
	}

	byte[] render(Report report, String receiptCode, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'WIB'", locale)
			.withZone(BusinessCalendar.ZONE);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		List<String[]> rows = new ArrayList<>();
		rows.add(row("reporting.pdf.number", report.complaintNumber().value(), locale));
		rows.add(row("reporting.pdf.code", receiptCode, locale));
		rows.add(row("reporting.pdf.filedAt", time.format(report.filedAt()), locale));
		rows.add(row("reporting.pdf.incidentDate", report.incidentDate() == null ? "-" : date.format(report.incidentDate()), locale));
		rows.add(row("reporting.pdf.region", report.regionCode() == null ? "-" : regions.nameOf(report.regionCode()), locale));
		rows.add(row("reporting.pdf.reported", describe(report.reported()), locale));
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(text("reporting.pdf.title", locale) + " " + report.complaintNumber().value());
			info.setCreator("Netra");
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			float y = page.getMediaBox().getHeight() - MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				y = line(content, bold, 18, y, text("reporting.pdf.title", locale));
				y = line(content, regular, 10, y - 4, text("reporting.pdf.subtitle", locale));
				y -= 18;
				for (String[] row : rows) {
					y = line(content, bold, 10, y, row[0]);
					y = line(content, regular, row[0].equals(text("reporting.pdf.code", locale)) ? 16 : 12, y - 2, row[1]);
					y -= 10;
				}
				y -= 8;
				for (String paragraph : text("reporting.pdf.keep", locale).split("\n")) {
					for (String wrapped : wrap(paragraph, 95)) {
						y = line(content, regular, 10, y, wrapped);
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String[] row(String label, String value, Locale locale) {
		return new String[] { text(label, locale), value };
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

	private static float line(PDPageContentStream content, PDType1Font font, float size, float y, String text)
			throws IOException {
		float next = y - size * 1.3f;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(MARGIN, next);
		content.showText(printable(text));
		content.endText();
		return next;
	}

	/** The standard fonts speak WinAnsi; anything else (a name in another script) is shown as '?'. */
	private static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0xFF && c != 0x7F ? (char) c : '?'));
		return out.toString();
	}

	private static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			if (current.length() + word.length() + 1 > width && current.length() > 0) {
				lines.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append(' ');
			}
			current.append(word);
		}
		if (current.length() > 0) {
			lines.add(current.toString());
		}
		return lines;
	}
}
