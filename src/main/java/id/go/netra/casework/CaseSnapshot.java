package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.go.netra.catalog.SanctionLevel;

/**
 * A case as it stood when it was saved at {@code version}: what other modules read of a case (analytics' read
 * model, enforcement's ladder and letters, notices), carried whole in {@link CaseChanged} so that no listener
 * loads the case again. The case itself ({@code Case}, the guarded aggregate) stays inside casework.
 */
public record CaseSnapshot(UUID id, int version, String complaintNumber, long reportId, String source,
		String reportedName, String reportedEmployer, LocalDate incidentDate, String regionCode, String summary,
		Instant filedAt, CaseStatus status, Instant stageStartedAt, Instant deadlineAt, boolean overdue,
		Instant overdueSince, Subject subject, Review review, SanctionLevel recommendedLevel,
		Recommendation recommendation, FollowUp followUp, Closing closing, Assignment assignment, Instant updatedAt,
		Instant closedAt) {

	/** The person reported, as resolved against the registry at the time of the act. */
	public record Subject(boolean resolved, Long employeeId, String nip, String nik, String name, String employerCode,
			String positionClass, String positionTitle, String workRegionCode) {

		static Subject unresolved() {
			return new Subject(false, null, null, null, null, null, null, null, null);
		}
	}

	/** {@code documentSha256} names Bawaslu's own review document (berita acara, kajian), if it attached one. */
	public record Review(String outcome, List<String> violations, boolean criminal, String note,
			String documentSha256) {
	}

	public record Recommendation(SanctionLevel level, String sanctionCode, String note, Instant issuedAt) {
	}

	/**
	 * The PPK's follow-up; {@code audit} is {@link FollowUpAudit#PENDING} while a lighter sanction waits for the
	 * auditor, who reads the PPK's {@code lighterReason} for it; null when the sanction was in accordance.
	 */
	public record FollowUp(String sanctionCode, String decreeNumber, LocalDate decreeDate, String decreeSha256,
			Instant recordedAt, boolean inAccordance, FollowUpAudit audit, String lighterReason) {

		FollowUp withAudit(FollowUpAudit decided) {
			return new FollowUp(sanctionCode, decreeNumber, decreeDate, decreeSha256, recordedAt, inAccordance, decided,
					lighterReason);
		}
	}

	public record Closing(String reason, String note, UUID duplicateOf) {
	}

	public record Assignment(String actor, String name, Instant since) {
	}

	/** Whether the PPK's follow-up waits for the auditor (the deadline watch leaves such a case alone). */
	public boolean awaitingAudit() {
		return followUp != null && followUp.audit() == FollowUpAudit.PENDING;
	}

	/** Where the case waits, and whose turn it is. */
	public Stage stage() {
		return Stage.of(status, awaitingAudit());
	}

	/** Whether the PPK's sanction is imposed: in accordance, or a lighter one the auditor accepted. */
	public boolean sanctioned() {
		return status == CaseStatus.SANCTIONED;
	}
}
