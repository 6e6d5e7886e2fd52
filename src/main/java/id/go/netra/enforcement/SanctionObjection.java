package id.go.netra.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objection against a sanction in the register: where it went ({@code route}), the day the employee received
 * the decree and the last day to object, whether it was filed in time, when the deciding body must decide, and its
 * decision once recorded.
 */
public record SanctionObjection(UUID id, UUID entryId, UUID caseId, String complaintNumber, String employerCode,
		String route, String legalBasis, LocalDate receivedOn, LocalDate fileBy, LocalDate filedOn, boolean inTime,
		String grounds, LocalDate decisionDueOn, Instant filedAt, String filedByName, String filedByAgency,
		Outcome outcome, String decreeNumber, LocalDate decreeDate, String changedTo, Instant decidedAt,
		String decidedByName, int version) {

	/** The deciding body's outcome: the sanction UPHELD, CHANGED to another, or ANNULLED. */
	public enum Outcome {
		UPHELD, CHANGED, ANNULLED
	}

	public boolean decided() {
		return outcome != null;
	}
}
