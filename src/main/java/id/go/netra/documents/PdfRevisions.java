package id.go.netra.documents;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * How far a PDF's signatures reach. A signature covers the file up to the end of its revision; anything written
 * after the last signature or document timestamp (an incremental update with new text, say) is outside every
 * signature, though each signature may still verify: a check must say so.
 */
final class PdfRevisions {

	private PdfRevisions() {
	}

	/** The end of the byte range of the signature reaching furthest; 0 when none, or the file is no PDF. */
	static long lastSignedByte(byte[] pdf) {
		long furthest = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				int[] range = signature.getByteRange();
				if (range != null && range.length == 4) {
					furthest = Math.max(furthest, (long) range[2] + range[3]);
				}
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return 0;
		}
		return furthest;
	}

	/** Nothing but line ends and spaces after {@code coveredUntil}. */
	static boolean onlyPaddingAfter(byte[] pdf, long coveredUntil) {
		if (coveredUntil <= 0 || coveredUntil > pdf.length) {
			return false;
		}
		for (int i = (int) coveredUntil; i < pdf.length; i++) {
			byte b = pdf[i];
			if (b != '\n' && b != '\r' && b != ' ' && b != 0) {
				return false;
			}
		}
		return true;
	}
}
