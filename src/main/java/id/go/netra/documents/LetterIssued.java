package id.go.netra.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter was numbered, sealed and stored, in the transaction of the action it announces; for other agencies'
 * systems. Carries what the public verification page shows (kind, number, date, issuer, code) and the SHA-256 of
 * the sealed file, never the paragraphs or the addressee.
 */
public record LetterIssued(UUID letterId, LetterKind kind, String number, LocalDate date, String issuerAgencyCode,
		String addresseeAgencyCode, UUID caseId, String complaintNumber, String verificationCode, String sha256,
		Instant issuedAt) {

	static LetterIssued of(Letter letter, LetterDraft draft) {
		return new LetterIssued(letter.id(), letter.kind(), letter.number(), letter.date(), draft.issuerAgencyCode(),
				draft.addresseeAgencyCode(), letter.caseId(), letter.reference(), letter.verificationCode(),
				letter.sha256(), letter.issuedAt());
	}
}
