package id.go.netra.documents;

import java.time.Instant;
import java.util.List;

/**
 * What a check of a PDF's electronic signatures found, one entry per signature in the order they were made. Facts
 * are plain values; the page and the API put the verdict and the reason in words.
 *
 * @param signatures the signatures found; empty when the PDF carries none
 * @param readable false when the file is no PDF Netra can read (then there are no signatures either)
 */
public record SignatureReport(List<Signature> signatures, boolean readable) {

	public SignatureReport {
		signatures = List.copyOf(signatures);
	}

	static SignatureReport unreadable() {
		return new SignatureReport(List.of(), false);
	}

	/** Signed at least once, and every signature valid. */
	public boolean valid() {
		return !signatures.isEmpty() && signatures.stream().allMatch(s -> s.verdict() == Verdict.VALID);
	}

	/** Some signature no longer matches the bytes it signed: the document was changed after signing. */
	public boolean altered() {
		return signatures.stream().anyMatch(s -> !s.intact());
	}

	/**
	 * The overall judgement: valid (intact, trusted certificate, in force when signed), indeterminate (intact, but
	 * the certificate could not be traced to a trusted root or its status is unknown), invalid (changed after
	 * signing, or the signature does not hold).
	 */
	public enum Verdict {
		VALID, INDETERMINATE, INVALID
	}

	/**
	 * One signature.
	 *
	 * @param signedBy the signer's name from the certificate (its common name)
	 * @param organisation the certificate's organisation, may be null
	 * @param certificateSubject the certificate's subject, RFC 2253
	 * @param certificateIssuer who issued the certificate, RFC 2253
	 * @param serialNumber the certificate's serial number, decimal
	 * @param certificateSha256 the SHA-256 fingerprint of the certificate, hex
	 * @param claimedSigningTime the time the signature states (the PDF's /M); may be null
	 * @param timestampedAt the time of a trusted timestamp over the signature (PAdES B-T and up); null when none
	 * @param format the signature's profile, like {@code PAdES-BASELINE-T}
	 * @param intact the signed bytes are unchanged and the signature value holds under the certificate
	 * @param coversWholeDocument nothing but later signatures or timestamps was added after this signature
	 * @param trusted the certificate chains to a root this Netra trusts
	 * @param verdict the judgement, see {@link Verdict}
	 * @param reason why, when not valid: a message key under {@code documents.signature.reason.}
	 */
	public record Signature(String signedBy, String organisation, String certificateSubject,
			String certificateIssuer, String serialNumber, String certificateSha256, Instant claimedSigningTime,
			Instant timestampedAt, String format, boolean intact, boolean coversWholeDocument, boolean trusted,
			Verdict verdict, String reason) {
	}
}
