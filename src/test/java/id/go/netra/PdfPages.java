package id.go.netra;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** A PDF read as a person holding it would: its text, and its first page's QR code scanned from the print. */
public final class PdfPages {

	private PdfPages() {
	}

	public static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * What a phone reads from the QR code on page 1, rendered like a printout at 200 dpi; as a phone takes another
	 * frame when one does not read, a page that does not decode is tried again at 300 and 150 dpi (the whole page
	 * holds text beside the code, which now and then throws the detector off at one scale).
	 */
	public static String qrCode(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			com.google.zxing.ReaderException last = null;
			for (int dpi : new int[] { 200, 300, 150 }) {
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
				int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
				BinaryBitmap bitmap = new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
				try {
					return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
				}
				catch (com.google.zxing.ReaderException unread) {
					last = unread;
				}
			}
			throw last;
		}
	}
}
