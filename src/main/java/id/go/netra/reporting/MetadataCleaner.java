package id.go.netra.reporting;

import static id.go.netra.reporting.ContainerCheck.le32;
import static id.go.netra.reporting.ContainerCheck.u16;
import static id.go.netra.reporting.ContainerCheck.u32;
import static id.go.netra.reporting.ContainerCheck.u8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A copy of an image or a PDF without what tells who made it, where and with what: EXIF (owner, GPS, camera), XMP,
 * IPTC, comments and text chunks. Only the container changes: the compressed image data is copied as it is, so the
 * picture is the same pixel for pixel. Kept: what a viewer needs to show the picture as it was (JFIF, the colour
 * profile, Adobe's colour transform, transparency, gamma, animation). A picture that was turned by an EXIF
 * orientation tag shows unturned, which the task force sees in the original.
 */
final class MetadataCleaner {

	/** A file that cannot be cleaned (a PDF locked with a password): it is refused rather than passed on. */
	static final class Uncleanable extends Exception {

		private static final long serialVersionUID = 1L;

		Uncleanable(String reason, Throwable cause) {
			super(reason, cause);
		}
	}

	/** PNG chunks a viewer needs (critical chunks are always kept); text, time and EXIF chunks are not among them. */
	private static final Set<String> PNG_KEPT = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs",
			"hIST", "sPLT", "acTL", "fcTL", "fdAT", "cICP", "mDCv", "cLLi");

	/** WebP chunks of the picture itself; EXIF, XMP and unknown chunks are left out. */
	private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

	private MetadataCleaner() {
	}

	/** The cleaned copy of a well-formed file (see {@link ContainerCheck}). */
	static byte[] clean(EvidenceType type, byte[] content) throws Uncleanable {
		return switch (type) {
			case JPEG -> jpeg(content);
			case PNG -> png(content);
			case GIF -> gif(content);
			case WEBP -> webp(content);
			case PDF -> pdf(content);
			default -> throw new IllegalArgumentException(type + " is not cleaned");
		};
	}

	/**
	 * Keeps SOI, JFIF (APP0), ICC profile (APP2 ICC_PROFILE), Adobe (APP14) and every non-APP segment; drops EXIF
	 * and XMP (APP1), IPTC (APP13), other APPn and comments, before and between scans, and whatever trails EOI.
	 */
	private static byte[] jpeg(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(0xFF);
		out.write(0xD8);
		int at = 2;
		while (at + 1 < b.length) {
			int marker = u8(b, at + 1);
			if (u8(b, at) != 0xFF || marker == 0xFF) {
				at++;
				continue;
			}
			if (marker == 0xD9) {
				out.write(0xFF);
				out.write(0xD9);
				return out.toByteArray();
			}
			int length = u16(b, at + 2);
			int end = Math.min(b.length, at + 2 + length);
			if (keepJpegSegment(marker, b, at + 4)) {
				out.write(b, at, end - at);
			}
			at = end;
			if (marker == 0xDA) {
				int data = entropyCodedEnd(b, at);
				out.write(b, at, data - at);
				at = data;
			}
		}
		// no EOI: a truncated image keeps what it has, and ends as a JPEG must
		out.write(0xFF);
		out.write(0xD9);
		return out.toByteArray();
	}

	private static boolean keepJpegSegment(int marker, byte[] b, int payload) {
		if (marker == 0xFE) {
			return false;
		}
		if (marker < 0xE0 || marker > 0xEF) {
			return true;
		}
		return switch (marker) {
			case 0xE0 -> startsWith(b, payload, "JFIF\0") || startsWith(b, payload, "JFXX\0");
			case 0xE2 -> startsWith(b, payload, "ICC_PROFILE\0");
			case 0xEE -> startsWith(b, payload, "Adobe");
			default -> false;
		};
	}

	/** The end of a scan's compressed data: the first marker that is neither a stuffed 0xFF nor a restart marker. */
	private static int entropyCodedEnd(byte[] b, int at) {
		while (at + 1 < b.length) {
			if (u8(b, at) == 0xFF) {
				int next = u8(b, at + 1);
				if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
					return at;
				}
			}
			at++;
		}
		return b.length;
	}

	/** Keeps critical chunks and those a viewer needs; stops at IEND. */
	private static byte[] png(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(b, 0, 8);
		int at = 8;
		while (at + 12 <= b.length) {
			int length = (int) u32(b, at);
			String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
			boolean critical = Character.isUpperCase(type.charAt(0));
			if (critical || PNG_KEPT.contains(type)) {
				out.write(b, at, 12 + length);
			}
			at += 12 + length;
			if ("IEND".equals(type)) {
				break;
			}
		}
		return out.toByteArray();
	}

	/** Keeps the images and the graphic control, plain text and looping extensions; drops comments and other applications. */
	private static byte[] gif(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		int at = 13 + ContainerCheck.colourTable(u8(b, 10));
		out.write(b, 0, at);
		while (at < b.length) {
			int block = u8(b, at);
			if (block == 0x3B) {
				out.write(0x3B);
				break;
			}
			int end;
			boolean keep = true;
			if (block == 0x21) {
				int label = u8(b, at + 1);
				end = ContainerCheck.skipSubBlocks(b, at + 2);
				keep = label == 0xF9 || label == 0x01
						|| (label == 0xFF && (startsWith(b, at + 3, "NETSCAPE2.0") || startsWith(b, at + 3, "ANIMEXTS1.0")));
			}
			else {
				end = ContainerCheck.skipSubBlocks(b, at + 10 + ContainerCheck.colourTable(u8(b, at + 9)) + 1);
			}
			if (keep) {
				out.write(b, at, end - at);
			}
			at = end;
		}
		return out.toByteArray();
	}

	/** Drops EXIF, XMP and unknown chunks, clears their flags in VP8X and sets the RIFF size to what is left. */
	private static byte[] webp(byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(b, 0, 12);
		int at = 12;
		int flags = -1;
		while (at + 8 <= b.length) {
			int size = (int) le32(b, at + 4);
			int next = at + 8 + size + (size & 1);
			String fourCc = new String(b, at, 4, StandardCharsets.ISO_8859_1);
			if (WEBP_KEPT.contains(fourCc)) {
				if ("VP8X".equals(fourCc)) {
					flags = out.size() + 8;
				}
				out.write(b, at, next - at);
			}
			at = next;
		}
		byte[] cleaned = out.toByteArray();
		if (flags >= 0) {
			cleaned[flags] &= (byte) ~0x0C; // EXIF (0x08) and XMP (0x04) present: no longer
		}
		int riff = cleaned.length - 8;
		cleaned[4] = (byte) riff;
		cleaned[5] = (byte) (riff >>> 8);
		cleaned[6] = (byte) (riff >>> 16);
		cleaned[7] = (byte) (riff >>> 24);
		return cleaned;
	}

	/**
	 * Removes the document information (author, creator, producer, dates), the XMP metadata of the document and of
	 * each page, and embedded files; the pages' content streams are written back as they were.
	 */
	private static byte[] pdf(byte[] b) throws Uncleanable {
		try (PDDocument document = Loader.loadPDF(b)) {
			if (document.isEncrypted()) {
				document.setAllSecurityToBeRemoved(true);
			}
			document.getDocument().getTrailer().removeItem(COSName.INFO);
			document.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
			document.getDocumentCatalog().getCOSObject().removeItem(COSName.PIECE_INFO);
			PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
			if (names != null) {
				names.getCOSObject().removeItem(COSName.EMBEDDED_FILES);
			}
			for (PDPage page : document.getPages()) {
				page.getCOSObject().removeItem(COSName.METADATA);
				page.getCOSObject().removeItem(COSName.PIECE_INFO);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
			document.save(out);
			return out.toByteArray();
		}
		catch (InvalidPasswordException locked) {
			throw new Uncleanable("the PDF is locked with a password", locked);
		}
		catch (IOException unreadable) {
			throw new Uncleanable("PDFBox cannot read the PDF", unreadable);
		}
	}

	private static boolean startsWith(byte[] b, int at, String text) {
		byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
		if (at + expected.length > b.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (b[at + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
