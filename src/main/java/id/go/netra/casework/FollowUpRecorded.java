package id.go.netra.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The PPK imposed a sanction. {@code settled} is true when it is in accordance with the recommendation or the
 * auditor accepted it: then the case is SANCTIONED and any block may be lifted.
 */
public record FollowUpRecorded(UUID caseId, String complaintNumber, String nip, String employerCode,
		String sanctionCode, String decreeNumber, LocalDate decreeDate, boolean inAccordance, boolean settled) {
}
