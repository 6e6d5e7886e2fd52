package id.go.netra.casework;

import java.time.Instant;
import java.util.UUID;

/** A stage deadline passed without the agency acting; enforcement climbs its ladder on this. */
public record CaseOverdue(UUID caseId, String complaintNumber, CaseStatus status, Instant deadlineAt,
		String employerCode, String regionCode, Instant at) {
}
