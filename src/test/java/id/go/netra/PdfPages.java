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
	 * What a phone reads from the QR code on page 1, rendered like a printout at 200 dpi. As a person with a phone
	 * takes another frame, or holds the phone closer, when one does not read, a page that does not decode is tried
	 * again at 300 and 150 dpi, and then by its quarters and halves: the whole page holds text beside the code,
	 * which now and then throws the detector off (a FormatException or ChecksumException from a false finder
	 * pattern); a frame of the code's part of the page does not have that text in it.
	 */
	public static String qrCode(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			com.google.zxing.ReaderException last = null;
			for (int dpi : new int[] { 200, 300, 150 }) {
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
				for (BufferedImage frame : frames(page)) {
					try {
						return decode(frame);
					}
					catch (com.google.zxing.ReaderException unread) {
						last = unread;
					}
				}
			}
			throw last;
		}
	}

	/** The whole page first, then its four quarters, then its top, bottom, left and right halves. */
	private static java.util.List<BufferedImage> frames(BufferedImage page) {
		int w = page.getWidth();
		int h = page.getHeight();
		java.util.List<BufferedImage> frames = new java.util.ArrayList<>();
		frames.add(page);
		for (int x = 0; x < 2; x++) {
			for (int y = 0; y < 2; y++) {
				frames.add(page.getSubimage(x * w / 2, y * h / 2, w / 2, h / 2));
			}
		}
		frames.add(page.getSubimage(0, 0, w, h / 2));
		frames.add(page.getSubimage(0, h / 2, w, h - h / 2));
		frames.add(page.getSubimage(0, 0, w / 2, h));
		frames.add(page.getSubimage(w / 2, 0, w - w / 2, h));
		return frames;
	}

	private static String decode(BufferedImage frame) throws com.google.zxing.ReaderException {
		int[] pixels = frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(frame.getWidth(), frame.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}
}
