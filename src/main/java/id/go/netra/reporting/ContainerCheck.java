package id.go.netra.reporting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Whether a file is built as its type says, beyond its first bytes: a JPEG's segments up to the image data, a PNG's
 * chunks with their checksums, a GIF's blocks, a WebP's RIFF chunks, a PDF's header and end, an MP4 or QuickTime
 * file's boxes (sizes that add up to the file, a {@code moov} box), a WebM file's EBML header. An MP4 header put in
 * front of a web page is not a video.
 */
final class ContainerCheck {

	private ContainerCheck() {
	}

	/** Images and PDFs, whole in memory (their limits are small). */
	static boolean wellFormed(EvidenceType type, byte[] content) {
		try {
			return switch (type) {
				case JPEG -> jpeg(content);
				case PNG -> png(content);
				case GIF -> gif(content);
				case WEBP -> webp(content);
				case PDF -> pdf(content);
				default -> throw new IllegalArgumentException(type + " is checked from its file");
			};
		}
		catch (IndexOutOfBoundsException truncated) {
			return false;
		}
	}

	/** Videos, read box by box from the file (up to 100 MB, never whole in memory). */
	static boolean wellFormed(EvidenceType type, Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			return switch (type) {
				case MP4, QUICKTIME, THREE_GP -> isoBoxes(channel);
				case WEBM -> ebml(channel);
				default -> throw new IllegalArgumentException(type + " is checked in memory");
			};
		}
	}

	/** SOI, then marker segments whose lengths stay within the file, up to a start of scan after a frame header. */
	private static boolean jpeg(byte[] b) {
		if (u8(b, 0) != 0xFF || u8(b, 1) != 0xD8) {
			return false;
		}
		int at = 2;
		boolean frame = false;
		while (at + 4 <= b.length) {
			if (u8(b, at) != 0xFF) {
				return false;
			}
			int marker = u8(b, at + 1);
			if (marker == 0xFF) {
				at++; // fill byte
				continue;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0xD8 || marker == 0xD9 || marker == 0x00) {
				return false; // no standalone marker belongs before the scan
			}
			int length = u16(b, at + 2);
			if (length < 2 || at + 2 + length > b.length) {
				return false;
			}
			if (isFrameHeader(marker)) {
				frame = true;
			}
			if (marker == 0xDA) {
				return frame && at + 2 + length < b.length;
			}
			at += 2 + length;
		}
		return false;
	}

	static boolean isFrameHeader(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	/** The signature, IHDR first (13 bytes), every chunk's CRC right, IDAT present, IEND last. */
	private static boolean png(byte[] b) {
		if (b.length < 8 + 25 + 12) {
			return false;
		}
		int at = 8;
		boolean first = true;
		boolean data = false;
		while (at + 12 <= b.length) {
			long length = u32(b, at);
			if (length > b.length - at - 12) {
				return false;
			}
			String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
			if (!type.chars().allMatch(Character::isLetter)) {
				return false;
			}
			CRC32 crc = new CRC32();
			crc.update(b, at + 4, 4 + (int) length);
			if (crc.getValue() != u32(b, at + 8 + (int) length)) {
				return false;
			}
			if (first && (!"IHDR".equals(type) || length != 13)) {
				return false;
			}
			first = false;
			data |= "IDAT".equals(type);
			at += 12 + (int) length;
			if ("IEND".equals(type)) {
				return data;
			}
		}
		return false;
	}

	/** Header, screen descriptor and colour table, then extensions and images of well-formed sub-blocks, then the trailer. */
	private static boolean gif(byte[] b) {
		String version = new String(b, 0, 6, StandardCharsets.ISO_8859_1);
		if (!"GIF87a".equals(version) && !"GIF89a".equals(version)) {
			return false;
		}
		int at = 13 + colourTable(u8(b, 10));
		boolean image = false;
		while (at < b.length) {
			int block = u8(b, at);
			if (block == 0x3B) {
				return image;
			}
			if (block == 0x21) {
				at = skipSubBlocks(b, at + 2);
			}
			else if (block == 0x2C) {
				at = skipSubBlocks(b, at + 10 + colourTable(u8(b, at + 9)) + 1);
				image = true;
			}
			else {
				return false;
			}
			if (at < 0) {
				return false;
			}
		}
		return false;
	}

	static int colourTable(int packed) {
		return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
	}

	/** The position after a chain of sub-blocks ending in an empty one, or -1 if it runs past the end. */
	static int skipSubBlocks(byte[] b, int at) {
		while (at < b.length) {
			int size = u8(b, at);
			at += 1 + size;
			if (size == 0) {
				return at;
			}
		}
		return -1;
	}

	/** RIFF size equal to the file, chunks that fill it exactly, an image chunk first. */
	private static boolean webp(byte[] b) {
		if (b.length < 20 || le32(b, 4) + 8 != b.length) {
			return false;
		}
		String first = new String(b, 12, 4, StandardCharsets.ISO_8859_1);
		if (!first.equals("VP8 ") && !first.equals("VP8L") && !first.equals("VP8X")) {
			return false;
		}
		int at = 12;
		while (at + 8 <= b.length) {
			long size = le32(b, at + 4);
			long next = at + 8 + size + (size & 1);
			if (next > b.length) {
				return false;
			}
			at = (int) next;
		}
		return at == b.length;
	}

	/** A PDF header and an end-of-file marker near the end (where a PDF reader starts reading). */
	private static boolean pdf(byte[] b) {
		if (!new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1).startsWith("%PDF-")) {
			return false;
		}
		int from = Math.max(0, b.length - 1024);
		return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
	}

	/** Top-level ISO BMFF boxes whose sizes add up to the file, {@code ftyp} first and a {@code moov} box present. */
	private static boolean isoBoxes(FileChannel channel) throws IOException {
		long end = channel.size();
		long at = 0;
		boolean movie = false;
		boolean first = true;
		ByteBuffer header = ByteBuffer.allocate(16);
		while (at < end) {
			if (end - at < 8) {
				return false;
			}
			header.clear().limit(16);
			channel.read(header, at);
			header.flip();
			long size = Integer.toUnsignedLong(header.getInt(0));
			String type = fourCc(header, 4);
			if (type == null) {
				return false;
			}
			long headerSize = 8;
			if (size == 1) {
				if (header.limit() < 16) {
					return false;
				}
				size = header.getLong(8);
				headerSize = 16;
			}
			else if (size == 0) {
				size = end - at;
			}
			if (size < headerSize || size > end - at) {
				return false;
			}
			if (first != "ftyp".equals(type)) {
				return false;
			}
			if ("moov".equals(type)) {
				if (!childBoxes(channel, at + headerSize, at + size)) {
					return false;
				}
				movie = true;
			}
			first = false;
			at += size;
		}
		return movie;
	}

	/** The boxes inside a container box fill it exactly. */
	private static boolean childBoxes(FileChannel channel, long from, long to) throws IOException {
		ByteBuffer header = ByteBuffer.allocate(8);
		long at = from;
		while (at < to) {
			if (to - at < 8) {
				return false;
			}
			header.clear();
			channel.read(header, at);
			long size = Integer.toUnsignedLong(header.getInt(0));
			if (fourCc(header, 4) == null || size < 8 || size > to - at) {
				return false;
			}
			at += size;
		}
		return true;
	}

	private static String fourCc(ByteBuffer buffer, int offset) {
		StringBuilder type = new StringBuilder(4);
		for (int i = 0; i < 4; i++) {
			int c = buffer.get(offset + i) & 0xFF;
			if (c < 0x20 || c > 0x7E) {
				return null;
			}
			type.append((char) c);
		}
		return type.toString();
	}

	/** An EBML header naming a WebM or Matroska document, followed by a Segment. */
	private static boolean ebml(FileChannel channel) throws IOException {
		ByteBuffer head = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
		channel.read(head, 0);
		byte[] b = head.array();
		int at = 4;
		long[] size = vint(b, at);
		if (size == null || at + size[1] + size[0] > b.length) {
			return false;
		}
		int bodyStart = at + (int) size[1];
		int bodyEnd = bodyStart + (int) size[0];
		String docType = null;
		for (int p = bodyStart; p < bodyEnd;) {
			long[] id = elementId(b, p);
			if (id == null) {
				return false;
			}
			long[] length = vint(b, p + (int) id[1]);
			if (length == null) {
				return false;
			}
			int data = p + (int) id[1] + (int) length[1];
			if (data + length[0] > bodyEnd) {
				return false;
			}
			if (id[0] == 0x4282) {
				docType = new String(b, data, (int) length[0], StandardCharsets.US_ASCII).replace("\0", "");
			}
			p = data + (int) length[0];
		}
		long[] segment = elementId(b, bodyEnd);
		return ("webm".equals(docType) || "matroska".equals(docType)) && segment != null && segment[0] == 0x18538067;
	}

	/** An EBML element id (marker bits kept) and its length in bytes, or null. */
	private static long[] elementId(byte[] b, int at) {
		if (at >= b.length) {
			return null;
		}
		int first = u8(b, at);
		int length = Integer.numberOfLeadingZeros(first) - 23;
		if (first == 0 || length > 4 || at + length > b.length) {
			return null;
		}
		long id = 0;
		for (int i = 0; i < length; i++) {
			id = (id << 8) | u8(b, at + i);
		}
		return new long[] { id, length };
	}

	/** An EBML variable-length size (marker bit removed) and its length in bytes, or null. */
	private static long[] vint(byte[] b, int at) {
		if (at >= b.length) {
			return null;
		}
		int first = u8(b, at);
		int length = Integer.numberOfLeadingZeros(first) - 23;
		if (first == 0 || length > 8 || at + length > b.length) {
			return null;
		}
		long value = first & (0xFF >> length);
		for (int i = 1; i < length; i++) {
			value = (value << 8) | u8(b, at + i);
		}
		return new long[] { value, length };
	}

	static int u8(byte[] b, int at) {
		return b[at] & 0xFF;
	}

	static int u16(byte[] b, int at) {
		return (u8(b, at) << 8) | u8(b, at + 1);
	}

	static long u32(byte[] b, int at) {
		return ((long) u16(b, at) << 16) | u16(b, at + 2);
	}

	static long le32(byte[] b, int at) {
		return u8(b, at) | (u8(b, at + 1) << 8) | (u8(b, at + 2) << 16) | ((long) u8(b, at + 3) << 24);
	}
}
