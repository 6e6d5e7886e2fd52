package id.go.netra.documents;

import java.time.Instant;

/**
 * Who signs an agency's letters: the official an administrator records for it (the head of the agency, or the
 * official the head delegated signing to).
 *
 * @param agencyCode the issuing agency's code, {@code BKN}
 * @param name the official's name with titles, as it is printed
 * @param nip the official's NIP (18 digits)
 * @param position the position as the letter names it, "Kepala Badan Kepegawaian Negara"; may span lines
 * @param updatedAt when it was last recorded
 * @param updatedBy who recorded it
 */
public record LetterSignatory(String agencyCode, String name, String nip, String position, Instant updatedAt,
		String updatedBy) {
}
