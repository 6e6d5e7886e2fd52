package id.go.netra.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * poppler's {@code pdfsig} (Debian's poppler-utils, installed by .ci/run): an independent reader of a PDF's
 * signatures. It exits 0 whether a signature holds or not, so its words are what count: "Signature is Valid." or
 * "Digest Mismatch.". It cannot check a timestamp and trusts no root without an NSS database; integrity is its part.
 */
public final class PdfSig {

	public static final Path PROGRAM = Path.of("/usr/bin/pdfsig");

	private PdfSig() {
	}

	public static boolean available() {
		return Files.isExecutable(PROGRAM);
	}

	/** What pdfsig prints for this PDF. */
	public static String read(byte[] pdf) throws IOException, InterruptedException {
		Path file = Files.createTempFile("netra-pdfsig-", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder(PROGRAM.toString(), file.toString()).redirectErrorStream(true)
				.start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("pdfsig did not finish in a minute");
			}
			return new String(output, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The PDF with one byte changed inside its first signature's first signed range, in the document's own objects:
	 * a space becomes a tab, so the file stays a readable PDF and only the signature can tell.
	 */
	public static byte[] changedInsideTheSignedRange(byte[] pdf) throws IOException {
		int[] range;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			range = document.getSignatureDictionaries().get(0).getByteRange();
		}
		byte[] changed = pdf.clone();
		for (int i = range[1] / 2; i < range[1]; i++) {
			if (changed[i] == ' ') {
				changed[i] = '\t';
				return changed;
			}
		}
		throw new IllegalStateException("no space in the signed range");
	}

	/** How many signatures pdfsig finds valid. */
	public static long validSignatures(String output) {
		return output.lines().filter(line -> line.strip().equals("- Signature Validation: Signature is Valid.")).count();
	}
}
