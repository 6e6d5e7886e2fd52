package id.go.netra.casework;

import java.time.Instant;
import java.util.UUID;

/** A stage's deadline is near: time to remind the agency that acts in {@code stage}. */
public record CaseDeadlineApproaching(UUID caseId, String complaintNumber, Stage stage, Instant deadlineAt,
		String employerCode, String regionCode) {
}
