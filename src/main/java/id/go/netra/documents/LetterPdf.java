package id.go.netra.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lays out a letter the way Indonesian official letters look: the letterhead with a double rule, place and
 * date, the head (Nomor, Sifat, Lampiran, Perihal), the addressee, the body, the legal basis, the signatory on
 * the right, the copies (Tembusan); and on every page a footer with the QR code of the verification page.
 */
@Component
class LetterPdf {

	/** What the letter module adds to a draft: its number, date and where to check it. */
	record Issue(String number, LocalDate date, Instant issuedAt, VerificationCode code, String verificationUrl,
			SignatureBlock signature) {
	}

	private static final float SIZE = 11;
	private static final float SMALL = 8;
	private static final float HEAD_VALUE_X = 90;
	private static final float QR_SIZE = 72;
	private static final float FOOTER_Y = 40;

	private final String place;

	LetterPdf(DocumentSettings settings) {
		this.place = settings.place();
	}

	/**
	 * PDFBox maps its standard fonts to system fonts on first use, which takes a second or two. Done once after
	 * start-up, in the background, so that the first letter does not spend that time holding its number's lock.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadFontsAhead() {
		Thread loader = new Thread(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA), "letter-fonts");
		loader.setDaemon(true);
		loader.start();
	}

	byte[] render(LetterDraft draft, Issue issue) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			describe(document.getDocumentInformation(), draft, issue);
			LetterPages pages = new LetterPages(document);
			try (pages) {
				letterhead(pages, draft.issuerName(), "Republik Indonesia");
				head(pages, draft, issue);
				body(pages, draft);
				signatory(pages, issue.signature());
				copies(pages, draft.copies());
			}
			footers(document, pages.regular, issue);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The issuer's name over the country's, in capitals, and a double rule: shared with {@link Sheet}. */
	static void letterhead(LetterPages pages, String issuer, String country) {
		pages.linesCentered(pages.bold, 14, issuer.toUpperCase(Locale.ROOT));
		pages.linesCentered(pages.bold, SIZE, country.toUpperCase(Locale.ROOT));
		pages.skip(6);
		pages.rule(1.5f);
		pages.skip(1.5f);
		pages.rule(0.5f);
		pages.skip(12);
	}

	private void head(LetterPages pages, LetterDraft draft, Issue issue) {
		pages.lineRight(pages.regular, SIZE, place + ", " + IndonesianDate.longForm(issue.date()));
		pages.skip(4);
		pages.labelled(pages.regular, SIZE, HEAD_VALUE_X, "Nomor", issue.number());
		pages.labelled(pages.regular, SIZE, HEAD_VALUE_X, "Sifat", draft.kind().nature());
		pages.labelled(pages.regular, SIZE, HEAD_VALUE_X, "Lampiran", "-");
		pages.labelled(pages.regular, SIZE, HEAD_VALUE_X, "Perihal", draft.subject());
		if (draft.reference() != null) {
			pages.labelled(pages.regular, SIZE, HEAD_VALUE_X, "Nomor aduan", draft.reference());
		}
		pages.skip(14);
		pages.wrapped(pages.regular, SIZE, 0, LetterPages.width(), draft.addressee());
		pages.skip(14);
	}

	private static void body(LetterPages pages, LetterDraft draft) {
		for (String paragraph : draft.paragraphs()) {
			pages.wrapped(pages.regular, SIZE, 0, LetterPages.width(), paragraph);
			pages.skip(6);
		}
		if (draft.legalBasis() != null) {
			pages.skip(4);
			pages.keep(LetterPages.leading(SIZE) * 2);
			pages.line(pages.bold, SIZE, 0, "Dasar hukum:");
			pages.wrapped(pages.regular, SIZE, 0, LetterPages.width(), draft.legalBasis());
		}
	}

	/**
	 * The signature block on the right half, kept on one page: the position, that it is signed electronically, the
	 * name in bold and the NIP; then, across the page in small type, with which certificate.
	 */
	private static void signatory(LetterPages pages, SignatureBlock block) {
		float x = LetterPages.width() / 2;
		float width = LetterPages.width() - x;
		List<String> lines = new ArrayList<>();
		for (String line : block.lines()) {
			lines.addAll(PdfText.wrap(pages.regular, SIZE, width, line));
		}
		List<String> name = block.name() == null ? List.of() : PdfText.wrap(pages.bold, SIZE, width, block.name());
		List<String> statement = block.statement() == null ? List.of()
				: PdfText.wrap(pages.regular, SMALL, LetterPages.width(), block.statement());
		float gap = name.isEmpty() ? 0 : 12;
		pages.skip(20);
		pages.keep((lines.size() + name.size() + (block.nip() == null ? 0 : 1)) * LetterPages.leading(SIZE) + gap
				+ statement.size() * LetterPages.leading(SMALL) + 8);
		for (String line : lines) {
			pages.line(pages.regular, SIZE, x, line);
		}
		pages.skip(gap);
		for (String line : name) {
			pages.line(pages.bold, SIZE, x, line);
		}
		if (block.nip() != null) {
			pages.line(pages.regular, SIZE, x, "NIP " + block.nip());
		}
		if (!statement.isEmpty()) {
			pages.skip(8);
			for (String line : statement) {
				pages.line(pages.regular, SMALL, 0, line);
			}
		}
	}

	private static void copies(LetterPages pages, List<String> copies) {
		if (copies.isEmpty()) {
			return;
		}
		pages.skip(20);
		pages.keep(LetterPages.leading(SIZE) * 2);
		pages.line(pages.bold, SIZE, 0, "Tembusan:");
		for (int i = 0; i < copies.size(); i++) {
			pages.item(pages.regular, SIZE, 20, (i + 1) + ".", copies.get(i));
		}
	}

	/** Every page: a rule, the QR code, where and with which code to check the letter, and the page number. */
	private static void footers(PDDocument document, PDFont regular, Issue issue) throws IOException {
		footers(document, regular, issue.verificationUrl(),
				(page, total) -> List.of("Keaslian surat dapat diperiksa di " + issue.verificationUrl(),
						"Kode verifikasi: " + issue.code(),
						"Nomor " + issue.number() + " - halaman " + page + " dari " + total));
	}

	/**
	 * On every page a rule, the QR code of {@code link}, and beside it the paragraphs {@code text} gives for page
	 * number and page count, each wrapped to the room there: shared with {@link Sheet}.
	 */
	static void footers(PDDocument document, PDFont regular, String link,
			BiFunction<Integer, Integer, List<String>> text) throws IOException {
		QrCode qr = QrCode.of(link);
		float textX = LetterPages.LEFT + QR_SIZE + QrCode.QUIET_ZONE * QR_SIZE / qr.modules();
		float textWidth = LetterPages.A4.getWidth() - LetterPages.RIGHT - textX;
		int total = document.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage page = document.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
				footer.setLineWidth(0.5f);
				footer.moveTo(LetterPages.LEFT, FOOTER_Y + QR_SIZE + 14);
				footer.lineTo(LetterPages.A4.getWidth() - LetterPages.RIGHT, FOOTER_Y + QR_SIZE + 14);
				footer.stroke();
				qr.draw(footer, LetterPages.LEFT, FOOTER_Y, QR_SIZE);
				float y = FOOTER_Y + QR_SIZE - SMALL;
				for (String paragraph : text.apply(i + 1, total)) {
					for (String line : PdfText.wrap(regular, SMALL, textWidth, paragraph)) {
						y = footerLine(footer, regular, textX, y, line);
					}
					y -= 2;
				}
			}
		}
	}

	private static float footerLine(PDPageContentStream footer, PDFont font, float x, float y, String printable)
			throws IOException {
		footer.beginText();
		footer.setFont(font, SMALL);
		footer.newLineAtOffset(x, y);
		footer.showText(printable);
		footer.endText();
		return y - LetterPages.leading(SMALL);
	}

	private static void describe(PDDocumentInformation info, LetterDraft draft, Issue issue) {
		info.setTitle(issue.number());
		info.setSubject(draft.subject());
		info.setAuthor(draft.issuerName());
		info.setCreator("Netra");
		GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(IndonesianDate.ZONE));
		created.setTimeInMillis(issue.issuedAt().toEpochMilli());
		info.setCreationDate(created);
	}
}
