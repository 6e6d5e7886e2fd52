package id.go.netra.casework;

import java.time.LocalDate;
import java.util.List;

/** What agencies send to move a case, as the API and the case page's forms send it. */
public final class CaseRequests {

	private CaseRequests() {
	}

	public enum Decision {
		FORWARD, REJECT
	}

	/** {@code duplicateOf} (case id or complaint number) is required when the reason is DUPLICATE. */
	public record Verification(Decision decision, RejectReason reason, String note, String duplicateOf) {
	}

	public enum Outcome {
		PROVEN, NOT_PROVEN
	}

	public record Review(Outcome outcome, List<String> violations, Boolean criminal, String note) {
	}

	/** {@code sanction} optionally names the sanction BKN recommends; otherwise the level is the recommendation. */
	public record Recommendation(String sanction, String note) {
	}

	/** {@code lighterReason} is required when the sanction is lighter than recommended; the auditor reads it. */
	public record FollowUp(String sanction, String decreeNumber, LocalDate decreeDate, String lighterReason) {
	}

	public enum AuditDecision {
		ACCEPT, SEND_BACK
	}

	public record FollowUpAudit(AuditDecision decision, String note) {
	}

	public record Note(String note) {
	}

	public record Identity(String nip, String nik) {
	}

	/** Merge this case into {@code into} (case id or complaint number), as its duplicate. */
	public record Merge(String into, String note) {
	}

	public record Question(String question) {
	}
}
