package id.go.netra.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A paper another module hands out, in the look of Netra's letters (the receipt of a public report): the same
 * letterhead and fonts, and at the foot of each page a QR code with a caption. A citizen holding it sees that it
 * comes from the same office as a letter, and the code takes them back to Netra. Unlike a letter it is neither
 * numbered nor archived; those go through {@link Letters#issue}.
 *
 * @param issuer who hands it out, at the top in capitals
 * @param country the line under the issuer ("Republik Indonesia")
 * @param title the heading under the letterhead, and the PDF's title
 * @param lead a sentence under the title
 * @param fields the facts, each a label over its value
 * @param notes paragraphs after the facts
 * @param link where the QR code leads
 * @param caption beside the QR code
 */
public record Sheet(String issuer, String country, String title, String lead, List<Field> fields, List<String> notes,
		String link, String caption) {

	/** A label over its value; a prominent value (a code to copy) is set larger. */
	public record Field(String label, String value, boolean prominent) {
	}

	private static final float SIZE = 10;

	public Sheet {
		fields = List.copyOf(fields);
		notes = List.copyOf(notes);
	}

	public byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(issuer);
			info.setCreator("Netra");
			LetterPages pages = new LetterPages(document);
			try (pages) {
				LetterPdf.letterhead(pages, issuer, country);
				pages.linesCentered(pages.bold, 16, title);
				pages.linesCentered(pages.regular, SIZE, lead);
				pages.skip(14);
				for (Field field : fields) {
					pages.keep(LetterPages.leading(SIZE) * 3);
					pages.wrapped(pages.bold, SIZE, 0, LetterPages.width(), field.label());
					pages.wrapped(pages.regular, field.prominent() ? 16 : 12, 0, LetterPages.width(), field.value());
					pages.skip(8);
				}
				pages.skip(6);
				for (String note : notes) {
					pages.wrapped(pages.regular, SIZE, 0, LetterPages.width(), note);
					pages.skip(4);
				}
			}
			LetterPdf.footers(document, pages.regular, link, (page, total) -> List.of(caption));
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
