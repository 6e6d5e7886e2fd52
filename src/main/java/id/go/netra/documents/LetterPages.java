package id.go.netra.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a letter's text down A4 pages, top to bottom, starting a new page when the next lines would run into
 * the footer. Positions are in points from the left margin; every line moves the cursor down by its leading.
 */
final class LetterPages implements AutoCloseable {

	static final PDRectangle A4 = PDRectangle.A4;
	/** About 2.5 cm on the left for binding, 2 cm elsewhere, as Indonesian official letters are laid out. */
	static final float LEFT = 71;
	static final float RIGHT = 57;
	static final float TOP = 57;
	/** The text stops here; below it each page has the verification footer. */
	static final float BOTTOM = 150;

	/** Helvetica, a standard font every PDF reader has; made per document, as PDFBox fonts are not thread-safe. */
	final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDDocument document;
	private PDPageContentStream content;
	private float y;

	LetterPages(PDDocument document) {
		this.document = document;
		newPage();
	}

	/** The width text may take between the margins. */
	static float width() {
		return A4.getWidth() - LEFT - RIGHT;
	}

	static float leading(float size) {
		return size * 1.35f;
	}

	/** Starts a new page unless {@code height} points still fit above the footer. */
	void keep(float height) {
		if (y - height < BOTTOM) {
			newPage();
		}
	}

	void skip(float height) {
		y -= height;
	}

	/** One line at {@code x}; the text must be printable in the font. */
	void line(PDFont font, float size, float x, String printable) {
		keep(leading(size));
		y -= leading(size);
		show(font, size, LEFT + x, y, printable);
	}

	void lineRight(PDFont font, float size, String text) {
		String printable = PdfText.printable(font, text);
		line(font, size, width() - PdfText.width(font, size, printable), printable);
	}

	void linesCentered(PDFont font, float size, String text) {
		for (String line : PdfText.wrap(font, size, width(), text)) {
			line(font, size, (width() - PdfText.width(font, size, line)) / 2, line);
		}
	}

	/** Text wrapped into a column {@code width} points wide starting at {@code x}. */
	void wrapped(PDFont font, float size, float x, float width, String text) {
		for (String line : PdfText.wrap(font, size, width, text)) {
			line(font, size, x, line);
		}
	}

	/** A label, a colon and a value wrapped beside them, as in the head of a letter ("Nomor : ..."). */
	void labelled(PDFont font, float size, float valueX, String label, String value) {
		hanging(font, size, valueX, label, ":", value);
	}

	/** A numbered item ("1."), its text wrapped beside the number. */
	void item(PDFont font, float size, float valueX, String marker, String value) {
		hanging(font, size, valueX, marker, null, value);
	}

	private void hanging(PDFont font, float size, float valueX, String label, String separator, String value) {
		List<String> lines = PdfText.wrap(font, size, width() - valueX, value);
		for (int i = 0; i < lines.size(); i++) {
			keep(leading(size));
			y -= leading(size);
			if (i == 0) {
				show(font, size, LEFT, y, PdfText.printable(font, label));
				if (separator != null) {
					show(font, size, LEFT + valueX - 10, y, separator);
				}
			}
			show(font, size, LEFT + valueX, y, lines.get(i));
		}
	}

	/** A horizontal rule across the text width. */
	void rule(float thickness) {
		y -= thickness;
		try {
			content.setLineWidth(thickness);
			content.moveTo(LEFT, y);
			content.lineTo(A4.getWidth() - RIGHT, y);
			content.stroke();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			content.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = A4.getHeight() - TOP;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void show(PDFont font, float size, float x, float baseline, String printable) {
		try {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, baseline);
			content.showText(printable);
			content.endText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
