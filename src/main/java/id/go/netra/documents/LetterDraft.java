package id.go.netra.documents;

import java.util.List;
import java.util.UUID;

import id.go.netra.InvalidInput;

/**
 * What a letter says; the documents module adds the letterhead, the number, the date in Indonesian and the QR
 * code. The subject, the issuer's name and the kind are shown on the public verification page, so the subject
 * names no employee: names, NIPs and the reasons belong in the paragraphs, which only the letter's holders see.
 *
 * @param kind what the letter is for; chooses the number sequence
 * @param issuerAgencyCode the issuing agency's code ({@code BKN}), for the {@code {issuer}} part of the number;
 * may be null
 * @param issuerName the letterhead, e.g. "Badan Kepegawaian Negara"
 * @param addressee "Yth. Pejabat Pembina Kepegawaian Kabupaten Bogor"; one line per line of the address
 * @param addresseeAgencyCode the employer's or agency's code; may be null
 * @param copies "Tembusan", e.g. "Menteri Dalam Negeri"; may be empty
 * @param subject "Perihal"
 * @param paragraphs the body, in Indonesian
 * @param legalBasis the "Dasar hukum" line or lines
 * @param signatory "Kepala Badan Kepegawaian Negara", or an officer's title and, on its last line, name
 * @param caseId the case the letter belongs to; may be null
 * @param reference the complaint number, like {@code NTR-2026-0000123}; may be null
 */
public record LetterDraft(LetterKind kind, String issuerAgencyCode, String issuerName, String addressee,
		String addresseeAgencyCode, List<String> copies, String subject, List<String> paragraphs, String legalBasis,
		String signatory, UUID caseId, String reference) {

	public LetterDraft {
		copies = copies == null ? List.of() : copies.stream().filter(LetterDraft::hasText).map(String::trim).toList();
		paragraphs = paragraphs == null ? List.of()
				: paragraphs.stream().filter(LetterDraft::hasText).map(String::trim).toList();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (kind == null) {
			problems.reject("kind", "validation.required");
		}
		issuerAgencyCode = checked(problems, "issuerAgencyCode", issuerAgencyCode, 40, false);
		issuerName = checked(problems, "issuerName", issuerName, 200, true);
		addressee = checked(problems, "addressee", addressee, 500, true);
		addresseeAgencyCode = checked(problems, "addresseeAgencyCode", addresseeAgencyCode, 40, false);
		subject = checked(problems, "subject", subject, 500, true);
		legalBasis = checked(problems, "legalBasis", legalBasis, 4000, false);
		signatory = checked(problems, "signatory", signatory, 500, true);
		reference = checked(problems, "reference", reference, 40, false);
		if (paragraphs.isEmpty()) {
			problems.reject("paragraphs", "validation.required");
		}
		problems.throwIfAny();
	}

	/** Trimmed, null when blank; refused when required and blank, or longer than the column that keeps it. */
	private static String checked(InvalidInput.Collector problems, String field, String value, int max,
			boolean required) {
		if (!hasText(value)) {
			if (required) {
				problems.reject(field, "validation.required");
			}
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			problems.reject(field, "validation.tooLongMax", max);
		}
		return trimmed;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
