package id.go.netra.casework;

import java.time.Instant;
import java.util.UUID;

/** A stage deadline is near: time to remind the agency that must act. */
public record CaseDeadlineApproaching(UUID caseId, String complaintNumber, CaseStatus status, Instant deadlineAt,
		String employerCode, String regionCode) {
}
