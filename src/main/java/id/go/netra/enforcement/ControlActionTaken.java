package id.go.netra.enforcement;

import java.time.Instant;
import java.util.UUID;

import id.go.netra.casework.ControlLevel;

/** The control ladder climbed a rung on a case whose follow-up is late (fired once across all nodes). */
public record ControlActionTaken(UUID caseId, String complaintNumber, ControlLevel level, String employerCode,
		UUID letterId, Instant at) {
}
