package id.go.netra.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A case moved (or was opened, assigned, annotated). {@code to} is the status after the transition;
 * {@code deadlineAt} the new stage's deadline. Notification and analytics listen to this one event.
 */
public record CaseTransitioned(UUID caseId, String complaintNumber, String transition, CaseStatus from,
		CaseStatus to, String employerCode, String regionCode, Instant deadlineAt, Instant at) {

	public boolean statusChanged() {
		return from != to;
	}
}
