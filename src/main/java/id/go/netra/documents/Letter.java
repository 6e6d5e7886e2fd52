package id.go.netra.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter as issued: its number, its date in Jakarta, whom it went to and the code and SHA-256 by which anyone
 * holding it can check it. The PDF itself comes from {@link Letters#pdf(UUID)}.
 */
public record Letter(UUID id, LetterKind kind, String number, LocalDate date, String subject, String addressee,
		String issuerName, UUID caseId, String reference, String verificationCode, String sha256, Instant issuedAt) {
}
