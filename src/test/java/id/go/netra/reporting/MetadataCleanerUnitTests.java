package id.go.netra.reporting;

import static id.go.netra.reporting.EvidenceSamples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cleaner on real files: the owner's name, the GPS position and the device are gone, the picture is the same
 * pixel for pixel, and the cleaned file is still well formed. The container check refuses what only starts like
 * its type.
 */
class MetadataCleanerUnitTests {

	@TempDir
	Path directory;

	@Test
	void aJpegLosesExifGpsXmpIptcAndCommentsButKeepsEveryPixel() throws Exception {
		byte[] original = EvidenceSamples.jpegWithMetadata();
		assertThat(text(original)).contains(OWNER).contains("Exif").contains("PonselUji");
		assertThat(ContainerCheck.wellFormed(EvidenceType.JPEG, original)).isTrue();

		byte[] cleaned = MetadataCleaner.clean(EvidenceType.JPEG, original);

		assertThat(text(cleaned)).doesNotContain(OWNER).doesNotContain("Exif").doesNotContain("PonselUji")
			.doesNotContain("Photoshop").doesNotContain("xap/1.0");
		assertThat(ContainerCheck.wellFormed(EvidenceType.JPEG, cleaned)).isTrue();
		assertSamePixels(original, cleaned);
		assertThat(cleaned).as("nothing else was taken out: the plain JPEG is what is left")
			.isEqualTo(EvidenceSamples.encoded(EvidenceSamples.picture(), "jpeg"));
	}

	@Test
	void aPngLosesItsTextTimeAndExifChunksButKeepsEveryPixel() throws Exception {
		byte[] original = EvidenceSamples.pngWithMetadata();
		assertThat(ContainerCheck.wellFormed(EvidenceType.PNG, original)).isTrue();

		byte[] cleaned = MetadataCleaner.clean(EvidenceType.PNG, original);

		assertThat(text(cleaned)).doesNotContain(OWNER).doesNotContain("tEXt").doesNotContain("iTXt")
			.doesNotContain("eXIf").doesNotContain("tIME");
		assertThat(ContainerCheck.wellFormed(EvidenceType.PNG, cleaned)).isTrue();
		assertSamePixels(original, cleaned);
	}

	@Test
	void aGifLosesCommentsAndXmpButKeepsEveryPixel() throws Exception {
		byte[] original = EvidenceSamples.gifWithMetadata();
		assertThat(ContainerCheck.wellFormed(EvidenceType.GIF, original)).isTrue();

		byte[] cleaned = MetadataCleaner.clean(EvidenceType.GIF, original);

		assertThat(text(cleaned)).doesNotContain(OWNER).doesNotContain("XMP DataXMP");
		assertThat(ContainerCheck.wellFormed(EvidenceType.GIF, cleaned)).isTrue();
		assertSamePixels(original, cleaned);
	}

	@Test
	void aWebpLosesExifAndXmpChunksWithItsSizeAndFlagsSetRight() throws Exception {
		byte[] original = EvidenceSamples.webpWithMetadata();
		assertThat(ContainerCheck.wellFormed(EvidenceType.WEBP, original)).isTrue();

		byte[] cleaned = MetadataCleaner.clean(EvidenceType.WEBP, original);

		assertThat(text(cleaned)).doesNotContain(OWNER).doesNotContain("EXIF").doesNotContain("XMP ");
		assertThat(ContainerCheck.wellFormed(EvidenceType.WEBP, cleaned)).as("RIFF size = file length - 8").isTrue();
		assertThat(ContainerCheck.le32(cleaned, 4)).isEqualTo(cleaned.length - 8);
		assertThat(cleaned[20] & 0x0C).as("VP8X no longer announces EXIF or XMP").isZero();
		assertThat(text(cleaned)).contains("VP8L");
		int image = text(original).indexOf("VP8L");
		assertThat(Arrays.copyOfRange(cleaned, text(cleaned).indexOf("VP8L"), text(cleaned).indexOf("VP8L") + 17))
			.as("the image chunk is copied as it was").isEqualTo(Arrays.copyOfRange(original, image, image + 17));
	}

	@Test
	void aPdfLosesItsDocumentInformationAndXmpButKeepsItsPages() throws Exception {
		byte[] original = EvidenceSamples.pdfWithMetadata();
		assertThat(text(original)).contains(OWNER);
		assertThat(ContainerCheck.wellFormed(EvidenceType.PDF, original)).isTrue();

		byte[] cleaned = MetadataCleaner.clean(EvidenceType.PDF, original);

		assertThat(text(cleaned)).doesNotContain(OWNER).doesNotContain("PonselUji");
		try (PDDocument document = Loader.loadPDF(cleaned)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
			assertThat(document.getDocumentInformation().getAuthor()).isNull();
		}
	}

	@Test
	void aFileThatOnlyStartsLikeItsTypeIsRefused() throws Exception {
		assertThat(wellFormedVideo(EvidenceType.MP4, EvidenceSamples.mp4())).isTrue();
		assertThat(wellFormedVideo(EvidenceType.MP4, EvidenceSamples.mp4HeaderThenHtml()))
			.as("an MP4 header before a web page").isFalse();
		byte[] noMovie = Arrays.copyOf(EvidenceSamples.mp4(), 32);
		assertThat(wellFormedVideo(EvidenceType.MP4, noMovie)).as("ftyp alone, cut off").isFalse();
		assertThat(wellFormedVideo(EvidenceType.WEBM, EvidenceSamples.webm())).isTrue();
		byte[] notWebm = EvidenceSamples.webm();
		notWebm[8] = 'x';
		assertThat(wellFormedVideo(EvidenceType.WEBM, notWebm)).as("a DocType that is not webm").isFalse();

		byte[] png = EvidenceSamples.pngWithMetadata();
		png[40] ^= 1;
		assertThat(ContainerCheck.wellFormed(EvidenceType.PNG, png)).as("a chunk whose CRC is wrong").isFalse();
		byte[] jpeg = EvidenceSamples.jpegWithMetadata();
		assertThat(ContainerCheck.wellFormed(EvidenceType.JPEG, Arrays.copyOf(jpeg, 200))).as("cut before its scan")
			.isFalse();
		byte[] html = ("\u00FF\u00D8\u00FF<html>" + "x".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
		assertThat(ContainerCheck.wellFormed(EvidenceType.JPEG, html)).isFalse();
		byte[] webp = EvidenceSamples.webpWithMetadata();
		webp[4] += 2;
		assertThat(ContainerCheck.wellFormed(EvidenceType.WEBP, webp)).as("a RIFF size that is not the file's").isFalse();
		byte[] gif = EvidenceSamples.gifWithMetadata();
		assertThat(ContainerCheck.wellFormed(EvidenceType.GIF, Arrays.copyOf(gif, gif.length - 1))).as("no trailer")
			.isFalse();
		assertThat(ContainerCheck.wellFormed(EvidenceType.PDF, "%PDF-1.4\n<html>".getBytes(StandardCharsets.US_ASCII)))
			.as("no end-of-file marker").isFalse();
	}

	@Test
	void aPdfThatCannotBeReadIsNotPassedOnUncleaned() {
		byte[] broken = "%PDF-1.4\n% nothing but a header\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> MetadataCleaner.clean(EvidenceType.PDF, broken))
			.isInstanceOf(MetadataCleaner.Uncleanable.class);
	}

	private boolean wellFormedVideo(EvidenceType type, byte[] content) throws IOException {
		Path file = Files.write(directory.resolve("video-" + System.nanoTime()), content);
		return ContainerCheck.wellFormed(type, file);
	}

	private static void assertSamePixels(byte[] original, byte[] cleaned) throws IOException {
		BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
		BufferedImage after = ImageIO.read(new ByteArrayInputStream(cleaned));
		assertThat(after).as("the cleaned copy still decodes").isNotNull();
		assertThat(after.getWidth()).isEqualTo(before.getWidth());
		assertThat(after.getHeight()).isEqualTo(before.getHeight());
		for (int y = 0; y < before.getHeight(); y++) {
			for (int x = 0; x < before.getWidth(); x++) {
				assertThat(after.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(before.getRGB(x, y));
			}
		}
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	static byte[] bytes(ByteArrayOutputStream out) {
		return out.toByteArray();
	}
}
