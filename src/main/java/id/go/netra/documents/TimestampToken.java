package id.go.netra.documents;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An RFC 3161 timestamp token as an authority issued it, with what it states read out for display and indexing.
 * Keep {@link #encoded()} (DER): it is the evidence, and {@link TimestampAuthority#verify} checks it later.
 *
 * @param encoded the token, DER (a CMS SignedData); the array is copied in and out
 * @param genTime when the authority says the digest existed
 * @param authority the subject of the authority's signing certificate ("CN=...,O=...")
 * @param serialNumber the token's serial number at that authority, in decimal
 */
public record TimestampToken(byte[] encoded, Instant genTime, String authority, String serialNumber) {

	public TimestampToken {
		encoded = encoded.clone();
		Objects.requireNonNull(genTime, "genTime");
	}

	@Override
	public byte[] encoded() {
		return encoded.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TimestampToken token && Arrays.equals(encoded, token.encoded);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(encoded);
	}

	@Override
	public String toString() {
		return "TimestampToken[" + serialNumber + " by " + authority + " at " + genTime + ", " + encoded.length
				+ " bytes]";
	}
}
