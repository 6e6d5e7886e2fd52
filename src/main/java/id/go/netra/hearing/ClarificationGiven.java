package id.go.netra.hearing;

import java.time.Instant;
import java.util.UUID;

/**
 * The accused answered (or an answer given on paper was recorded) while the case waits for Bawaslu's review:
 * the reviewers of the case's region hear of it. Names no one and carries nothing of the answer.
 */
public record ClarificationGiven(UUID caseId, String complaintNumber, String regionCode, Instant at) {
}
