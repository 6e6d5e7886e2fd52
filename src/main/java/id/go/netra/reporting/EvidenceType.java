package id.go.netra.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The accepted file types, recognised by their first bytes (the file's signature), never by the name or the
 * type the sender claims: a renamed executable is refused as what it is. Each kind has its own size limit.
 */
enum EvidenceType {

	JPEG(EvidenceKind.IMAGE, "image/jpeg", 15, "JPEG"), PNG(EvidenceKind.IMAGE, "image/png", 15, "PNG"),
	GIF(EvidenceKind.IMAGE, "image/gif", 15, "GIF"), WEBP(EvidenceKind.IMAGE, "image/webp", 15, "WebP"),
	PDF(EvidenceKind.PDF, "application/pdf", 20, "PDF"), MP4(EvidenceKind.VIDEO, "video/mp4", 100, "MP4"),
	QUICKTIME(EvidenceKind.VIDEO, "video/quicktime", 100, "MOV"), WEBM(EvidenceKind.VIDEO, "video/webm", 100, "WebM"),
	THREE_GP(EvidenceKind.VIDEO, "video/3gpp", 100, "3GP");

	/** Bytes needed to recognise every type. */
	static final int SIGNATURE_LENGTH = 12;

	private final EvidenceKind kind;
	private final String mediaType;
	private final long maxBytes;
	private final String label;

	EvidenceType(EvidenceKind kind, String mediaType, int maxMegabytes, String label) {
		this.kind = kind;
		this.mediaType = mediaType;
		this.maxBytes = maxMegabytes * 1024L * 1024L;
		this.label = label;
	}

	/** The type's name as people know it (the usual file extension). */
	String label() {
		return label;
	}

	static Optional<EvidenceType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
	}

	EvidenceKind kind() {
		return kind;
	}

	String mediaType() {
		return mediaType;
	}

	long maxBytes() {
		return maxBytes;
	}

	int maxMegabytes() {
		return (int) (maxBytes / (1024 * 1024));
	}

	static Optional<EvidenceType> recognise(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
			return Optional.of(GIF);
		}
		if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
			return Optional.of(WEBM);
		}
		if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
			if (startsWith(head, 8, 'q', 't')) {
				return Optional.of(QUICKTIME);
			}
			if (startsWith(head, 8, '3', 'g')) {
				return Optional.of(THREE_GP);
			}
			return Optional.of(MP4);
		}
		return Optional.empty();
	}

	static long largestAllowed() {
		return Arrays.stream(values()).mapToLong(EvidenceType::maxBytes).max().orElseThrow();
	}

	private static boolean startsWith(byte[] head, int offset, int... expected) {
		if (head.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
