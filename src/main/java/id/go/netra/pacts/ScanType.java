package id.go.netra.pacts;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of scan of a paper pact accepted, told by their first bytes, whatever the file is called. */
enum ScanType {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;
	private final byte[] magic;

	ScanType(String mediaType, byte[] magic) {
		this.mediaType = mediaType;
		this.magic = magic;
	}

	String mediaType() {
		return mediaType;
	}

	static Optional<ScanType> of(byte[] content) {
		return Arrays.stream(values())
			.filter(type -> content.length >= type.magic.length
					&& Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
			.findFirst();
	}
}
