package id.go.netra.documents;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn into a PDF as filled squares rather than as an image: sharp at any zoom or print size, and
 * no image library needed. Error correction M survives a crease or a stamp over part of the code on paper.
 */
final class QrCode {

	/** The white border scanners need around the code, in modules (ISO/IEC 18004 asks for four). */
	static final int QUIET_ZONE = 4;

	private final BitMatrix modules;

	private QrCode(BitMatrix modules) {
		this.modules = modules;
	}

	static QrCode of(String text) {
		try {
			// width and height 0: the matrix comes at one pixel per module, without a border
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0)));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot put into a QR code: " + text, e);
		}
	}

	/** How many modules wide the code is, without its quiet zone. */
	int modules() {
		return modules.getWidth();
	}

	/** Draws the code {@code size} points wide with its lower left corner at ({@code x}, {@code y}). */
	void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
		float module = size / modules.getWidth();
		float top = y + size;
		content.setNonStrokingColor(0f);
		for (int row = 0; row < modules.getHeight(); row++) {
			int column = 0;
			while (column < modules.getWidth()) {
				if (!modules.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules.getWidth() && modules.get(column, row)) {
					column++;
				}
				content.addRect(x + start * module, top - (row + 1) * module, (column - start) * module, module);
			}
		}
		content.fill();
	}
}
