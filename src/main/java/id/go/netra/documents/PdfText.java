package id.go.netra.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made fit for a PDF standard font: only what the font can encode, wrapped to a width measured in the font.
 * The standard 14 fonts speak WinAnsi, so a name in another script must not break a letter; an accented letter
 * outside WinAnsi keeps its base letter (ā becomes a), anything else becomes '?'.
 */
final class PdfText {

	private PdfText() {
	}

	static String printable(PDFont font, String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			String character = Character.isISOControl(c) || Character.isWhitespace(c) ? " " : Character.toString(c);
			if (encodable(font, character)) {
				out.append(character);
				return;
			}
			String base = Normalizer.normalize(character, Normalizer.Form.NFD)
				.codePoints()
				.filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
			out.append(!base.isEmpty() && !base.equals(character) && encodable(font, base) ? base : "?");
		});
		return out.toString();
	}

	/** The printable text in lines no wider than {@code width} points; line breaks in the text are kept. */
	static List<String> wrap(PDFont font, float size, float width, String text) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R")) {
			StringBuilder current = new StringBuilder();
			for (String word : printable(font, paragraph).split(" +")) {
				String candidate = current.length() == 0 ? word : current + " " + word;
				if (width(font, size, candidate) <= width) {
					current.setLength(0);
					current.append(candidate);
					continue;
				}
				if (current.length() > 0) {
					lines.add(current.toString());
					current.setLength(0);
				}
				// a word wider than the line (a long address) is cut where it must be
				while (width(font, size, word) > width) {
					int fits = word.length() - 1;
					while (fits > 1 && width(font, size, word.substring(0, fits)) > width) {
						fits--;
					}
					lines.add(word.substring(0, fits));
					word = word.substring(fits);
				}
				current.append(word);
			}
			lines.add(current.toString().strip());
		}
		return lines;
	}

	static float width(PDFont font, float size, String printable) {
		try {
			return font.getStringWidth(printable) / 1000 * size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean encodable(PDFont font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

	/** A PDF of one empty A4 page. */
	static byte[] blankPage() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
