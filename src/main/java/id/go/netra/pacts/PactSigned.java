package id.go.netra.pacts;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee's integrity pact was signed, online (with its sealed letter) or on paper (the PPK's scan), in the
 * transaction that recorded it; for other agencies' systems. Names the signer by the roster's id only (the NIP, or
 * an NIK for non-ASN staff, stays in Netra).
 *
 * @param online true when signed through the personal link, false for a paper pact uploaded by the PPK
 * @param letterNumber the pact letter's number when signed online; null on paper
 */
public record PactSigned(long signerId, UUID campaignId, String employerCode, String provinceCode,
		String electionCode, boolean online, String letterNumber, Instant signedAt) {
}
