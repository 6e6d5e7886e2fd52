package id.go.netra.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Real files of each accepted type, made here, carrying the metadata a phone or an office program leaves in them:
 * the owner's name {@link #OWNER}, a GPS position, the device. Shared by the cleaner's unit tests and the
 * integration tests of evidence.
 */
public final class EvidenceSamples {

	/** The name that must never reach anyone but the task force. */
	public static final String OWNER = "Budi Santoso Pemilik";

	private EvidenceSamples() {
	}

	/** A picture with a pattern, so that a changed pixel would show. */
	public static BufferedImage picture() {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, ((x * 8) << 16) | ((y * 10) << 8) | ((x + y) * 3));
			}
		}
		return image;
	}

	public static byte[] encoded(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A JPEG from ImageIO with, after its SOI, an EXIF segment (Artist = owner, camera make, a GPS position), an XMP
	 * segment naming the owner, an IPTC (Photoshop) segment and a comment.
	 */
	public static byte[] jpegWithMetadata() {
		byte[] plain = encoded(picture(), "jpeg");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exifTiff()));
		segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + OWNER
				+ "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
		segment(out, 0xED, ("Photoshop 3.0\0" + "8BIM\u0004\u0004\0\0\0\0\0\u0018\u001c\u0002\u0050\0\u0014" + OWNER)
			.getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xFE, ("Diambil oleh " + OWNER).getBytes(StandardCharsets.UTF_8));
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A big-endian TIFF: IFD0 with Make, Artist and a GPS IFD pointer; the GPS IFD with latitude -6.2. */
	private static byte[] exifTiff() {
		byte[] make = "PonselUji\0".getBytes(StandardCharsets.ISO_8859_1);
		byte[] artist = (OWNER + "\0").getBytes(StandardCharsets.ISO_8859_1);
		int ifd0 = 8;
		int ifd0Size = 2 + 3 * 12 + 4;
		int gps = ifd0 + ifd0Size;
		int gpsSize = 2 + 2 * 12 + 4;
		int makeAt = gps + gpsSize;
		int artistAt = makeAt + make.length;
		int latitudeAt = artistAt + artist.length;
		ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + 24);
		tiff.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(ifd0);
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);
		tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(artistAt);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
		tiff.putInt(0);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'S', 0, 0, 0 });
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeAt);
		tiff.putInt(0);
		tiff.put(make).put(artist);
		tiff.putInt(6).putInt(1).putInt(12).putInt(1).putInt(0).putInt(1);
		return tiff.array();
	}

	/** A PNG from ImageIO with a tEXt Author chunk, an iTXt comment, an eXIf chunk and a tIME chunk before IEND. */
	public static byte[] pngWithMetadata() {
		byte[] plain = encoded(picture(), "png");
		int iend = plain.length - 12;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, iend);
		chunk(out, "tEXt", ("Author\0" + OWNER).getBytes(StandardCharsets.ISO_8859_1));
		chunk(out, "iTXt", ("Comment\0\0\0\0\0Lokasi -6.2, 106.8 " + OWNER).getBytes(StandardCharsets.UTF_8));
		chunk(out, "eXIf", exifTiff());
		chunk(out, "tIME", new byte[] { 0x07, (byte) 0xEA, 12, 3, 10, 0, 0 });
		out.write(plain, iend, 12);
		return out.toByteArray();
	}

	/** A GIF from ImageIO with a comment extension and an XMP application extension before the trailer. */
	public static byte[] gifWithMetadata() {
		byte[] plain = encoded(picture(), "gif");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, plain.length - 1);
		byte[] comment = ("Dibuat oleh " + OWNER).getBytes(StandardCharsets.ISO_8859_1);
		out.write(0x21);
		out.write(0xFE);
		out.write(comment.length);
		out.write(comment, 0, comment.length);
		out.write(0);
		byte[] xmp = ("<dc:creator>" + OWNER + "</dc:creator>").getBytes(StandardCharsets.ISO_8859_1);
		out.write(0x21);
		out.write(0xFF);
		out.write(11);
		out.writeBytes("XMP DataXMP".getBytes(StandardCharsets.ISO_8859_1));
		out.write(xmp.length);
		out.write(xmp, 0, xmp.length);
		out.write(0);
		out.write(0x3B);
		return out.toByteArray();
	}

	/** A WebP: VP8X with the EXIF and XMP flags, a (lossless) image chunk, then EXIF and XMP chunks. */
	public static byte[] webpWithMetadata() {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		byte[] vp8x = new byte[10];
		vp8x[0] = 0x0C;
		vp8x[4] = 31;
		vp8x[7] = 23;
		riffChunk(chunks, "VP8X", vp8x);
		riffChunk(chunks, "VP8L", new byte[] { 0x2F, 31, (byte) 0xC0, 5, 0, 1, 2, 3, 4 });
		riffChunk(chunks, "EXIF", exifTiff());
		riffChunk(chunks, "XMP ", ("<dc:creator>" + OWNER + "</dc:creator>").getBytes(StandardCharsets.UTF_8));
		return riff(chunks.toByteArray());
	}

	static byte[] riff(byte[] chunks) {
		ByteBuffer riff = ByteBuffer.allocate(12 + chunks.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + chunks.length);
		riff.put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(chunks);
		return riff.array();
	}

	static void riffChunk(ByteArrayOutputStream out, String fourCc, byte[] data) {
		out.writeBytes(fourCc.getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
		out.writeBytes(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
	}

	/** A one-page PDF whose document information and XMP metadata name the owner. */
	public static byte[] pdfWithMetadata() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			PDDocumentInformation info = new PDDocumentInformation();
			info.setAuthor(OWNER);
			info.setCreator("PonselUji Office");
			info.setCreationDate(Calendar.getInstance());
			document.setDocumentInformation(info);
			PDMetadata metadata = new PDMetadata(document);
			try (var xmp = metadata.createOutputStream()) {
				xmp.write(("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + OWNER + "</dc:creator></x:xmpmeta>")
					.getBytes(StandardCharsets.UTF_8));
			}
			document.getDocumentCatalog().setMetadata(metadata);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A small well-formed MP4: ftyp, moov (with an mvhd) and mdat. */
	public static byte[] mp4() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		box(out, "ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
		ByteArrayOutputStream moov = new ByteArrayOutputStream();
		box(moov, "mvhd", new byte[100]);
		box(out, "moov", moov.toByteArray());
		box(out, "mdat", new byte[64]);
		return out.toByteArray();
	}

	/** An MP4 file type box followed by a web page: what a hostile upload dressed as a video looks like. */
	public static byte[] mp4HeaderThenHtml() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		box(out, "ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes("<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	static void box(ByteArrayOutputStream out, String type, byte[] payload) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(8 + payload.length).array());
		out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(payload);
	}

	/** A WebM start: EBML header (DocType webm) and a Segment of unknown size. */
	public static byte[] webm() {
		byte[] docType = { 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm' };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | docType.length) });
		out.writeBytes(docType);
		out.writeBytes(new byte[] { 0x18, 0x53, (byte) 0x80, 0x67, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
				(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
		out.writeBytes(new byte[32]);
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
		out.write(0xFF);
		out.write(marker);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.writeBytes(payload);
	}

	static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
