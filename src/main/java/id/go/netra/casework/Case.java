package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.go.netra.DomainException;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.SanctionLevel;

/**
 * A case (berkas kasus): the state machine of one report's journey. Every transition is guarded (it fails
 * loudly from the wrong status), named after what the agency does, and leaves a {@link Transition} that the
 * repository writes to the history and turns into an event.
 */
public final class Case {

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
	 * The PPK's follow-up; {@code audit} is PENDING while a lighter sanction waits for the auditor, who reads the
	 * PPK's {@code lighterReason} for it.
	 */
	public record FollowUp(String sanctionCode, String decreeNumber, LocalDate decreeDate, String decreeSha256,
			Instant recordedAt, boolean inAccordance, String audit, String lighterReason) {
	}

	public record Closing(String reason, String note, UUID duplicateOf) {
	}

	public record Assignment(String actor, String name, Instant since) {
	}

	/** A change of the case, as the history shows it. */
	public record Transition(String name, CaseStatus from, CaseStatus to, String note) {
	}

	/** Times in history notes, as people in Indonesia read them (western Indonesian time). */
	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'")
		.withZone(BusinessCalendar.ZONE);

	private final UUID id;
	private final String complaintNumber;
	private final long reportId;
	private final String source;
	private final String reportedName;
	private final String reportedEmployer;
	private final LocalDate incidentDate;
	private final String regionCode;
	private final String summary;
	private final Instant filedAt;
	private final int version;
	private CaseStatus status;
	private Instant stageStartedAt;
	private Instant deadlineAt;
	private boolean overdue;
	private Instant overdueSince;
	private boolean reminded;
	private Subject subject;
	private Review review;
	private SanctionLevel recommendedLevel;
	private Recommendation recommendation;
	private FollowUp followUp;
	private Closing closing;
	private Assignment assignment;
	private Instant updatedAt;
	private Instant closedAt;
	private final List<Transition> transitions = new ArrayList<>();

	Case(UUID id, String complaintNumber, long reportId, String source, String reportedName, String reportedEmployer,
			LocalDate incidentDate, String regionCode, String summary, Instant filedAt, int version, CaseStatus status,
			Instant stageStartedAt, Instant deadlineAt, boolean overdue, Instant overdueSince, boolean reminded,
			Subject subject, Review review, SanctionLevel recommendedLevel, Recommendation recommendation,
			FollowUp followUp, Closing closing, Assignment assignment, Instant updatedAt, Instant closedAt) {
		this.id = id;
		this.complaintNumber = complaintNumber;
		this.reportId = reportId;
		this.source = source;
		this.reportedName = reportedName;
		this.reportedEmployer = reportedEmployer;
		this.incidentDate = incidentDate;
		this.regionCode = regionCode;
		this.summary = summary;
		this.filedAt = filedAt;
		this.version = version;
		this.status = status;
		this.stageStartedAt = stageStartedAt;
		this.deadlineAt = deadlineAt;
		this.overdue = overdue;
		this.overdueSince = overdueSince;
		this.reminded = reminded;
		this.subject = subject;
		this.review = review;
		this.recommendedLevel = recommendedLevel;
		this.recommendation = recommendation;
		this.followUp = followUp;
		this.closing = closing;
		this.assignment = assignment;
		this.updatedAt = updatedAt;
		this.closedAt = closedAt;
	}

	static Case open(UUID id, String complaintNumber, long reportId, String source, String reportedName,
			String reportedEmployer, LocalDate incidentDate, String regionCode, String summary, Instant filedAt,
			Subject subject, Instant deadline) {
		Case opened = new Case(id, complaintNumber, reportId, source, reportedName, reportedEmployer, incidentDate,
				regionCode, summary, filedAt, 0, CaseStatus.RECEIVED, filedAt, deadline, false, null, false, subject,
				null, null, null, null, null, null, filedAt, null);
		opened.transitions.add(new Transition("OPENED", null, CaseStatus.RECEIVED,
				subject.resolved() ? null : "identity unresolved"));
		return opened;
	}

	// --- verification (task force)

	void forwardToReview(String note, Instant now, Instant nextDeadline) {
		require(CaseStatus.RECEIVED);
		enter(CaseStatus.IN_REVIEW, "VERIFIED", note, now, nextDeadline);
	}

	void reject(RejectReason reason, String note, UUID duplicateOf, Instant now) {
		require(CaseStatus.RECEIVED);
		if (reason == RejectReason.DUPLICATE && duplicateOf == null) {
			throw DomainException.invalid("casework.reject.duplicateOfRequired");
		}
		closing = new Closing(reason.name(), note, reason == RejectReason.DUPLICATE ? duplicateOf : null);
		close(CaseStatus.REJECTED, "REJECTED", reason.name() + (note == null ? "" : ": " + note), now);
	}

	void resolveIdentity(Subject resolved, Instant now) {
		if (!status.isOpen() || status == CaseStatus.AWAITING_FOLLOW_UP) {
			throw conflict();
		}
		subject = resolved;
		updatedAt = now;
		transitions.add(new Transition("IDENTITY_RESOLVED", status, status, "NIP " + resolved.nip()));
	}

	// --- review (Bawaslu)

	void reviewProven(List<String> violations, boolean criminal, String note, String documentSha256,
			SanctionLevel level, Instant now, Instant nextDeadline) {
		require(CaseStatus.IN_REVIEW);
		review = new Review("PROVEN", List.copyOf(violations), criminal, note, documentSha256);
		recommendedLevel = level;
		enter(CaseStatus.PROVEN, "REVIEWED_PROVEN", note, now, nextDeadline);
	}

	void reviewNotProven(boolean criminal, String note, String documentSha256, Instant now) {
		require(CaseStatus.IN_REVIEW);
		review = new Review("NOT_PROVEN", List.of(), criminal, note, documentSha256);
		close(CaseStatus.NOT_PROVEN, "REVIEWED_NOT_PROVEN", note, now);
	}

	// --- recommendation (BKN)

	void forwardToStaffingAuthority(String sanctionCode, String note, Instant now, Instant nextDeadline) {
		require(CaseStatus.PROVEN);
		if (!subject.resolved() || subject.employerCode() == null) {
			throw DomainException.conflict("casework.recommendation.identityUnresolved");
		}
		recommendation = new Recommendation(recommendedLevel, sanctionCode, note, now);
		enter(CaseStatus.AWAITING_FOLLOW_UP, "RECOMMENDATION_ISSUED", note, now, nextDeadline);
	}

	// --- follow-up (PPK) and its audit (BKN auditor)

	void recordFollowUp(FollowUp recorded, Instant now) {
		require(CaseStatus.AWAITING_FOLLOW_UP);
		if (followUp != null && "PENDING".equals(followUp.audit())) {
			throw DomainException.conflict("casework.followUp.awaitingAudit");
		}
		followUp = recorded;
		String note = recorded.sanctionCode() + ", " + recorded.decreeNumber();
		if (recorded.inAccordance()) {
			close(CaseStatus.SANCTIONED, "FOLLOW_UP_RECORDED", note, now);
		}
		else {
			updatedAt = now;
			transitions.add(new Transition("FOLLOW_UP_NOT_IN_ACCORDANCE", status, status,
					note + "; alasan: " + recorded.lighterReason()));
		}
	}

	void acceptFollowUp(String note, Instant now) {
		requirePendingAudit();
		followUp = withAudit("ACCEPTED");
		close(CaseStatus.SANCTIONED, "FOLLOW_UP_ACCEPTED", note, now);
	}

	void sendBackFollowUp(String note, Instant now, Instant nextDeadline) {
		requirePendingAudit();
		followUp = withAudit("SENT_BACK");
		enter(CaseStatus.AWAITING_FOLLOW_UP, "FOLLOW_UP_SENT_BACK", note, now, nextDeadline);
	}

	// --- from any open status

	void cancel(String note, Instant now) {
		requireOpen();
		closing = new Closing("WITHDRAWN", note, null);
		close(CaseStatus.CANCELLED, "CANCELLED", note, now);
	}

	void separate(String note, Instant now) {
		requireOpen();
		closing = new Closing("SEPARATED", note, null);
		close(CaseStatus.SEPARATED, "SEPARATED", note, now);
	}

	void markOverdue(Instant now) {
		overdue = true;
		overdueSince = now;
		transitions.add(new Transition("DEADLINE_PASSED", status, status, "tenggat " + WIB.format(deadlineAt)));
	}

	void assign(String actor, String name, Instant now) {
		requireOpen();
		assignment = new Assignment(actor, name, now);
		transitions.add(new Transition("ASSIGNED", status, status, name));
	}

	void unassign(Instant now) {
		if (assignment != null) {
			transitions.add(new Transition("UNASSIGNED", status, status, assignment.name()));
			assignment = null;
		}
	}

	void note(String name, String text) {
		transitions.add(new Transition(name, status, status, text));
	}

	private void enter(CaseStatus next, String transition, String note, Instant now, Instant nextDeadline) {
		transitions.add(new Transition(transition, status, next, note));
		status = next;
		stageStartedAt = now;
		deadlineAt = nextDeadline;
		overdue = false;
		overdueSince = null;
		reminded = false;
		assignment = null;
		updatedAt = now;
	}

	private void close(CaseStatus next, String transition, String note, Instant now) {
		enter(next, transition, note, now, null);
		closedAt = now;
	}

	private FollowUp withAudit(String audit) {
		return new FollowUp(followUp.sanctionCode(), followUp.decreeNumber(), followUp.decreeDate(),
				followUp.decreeSha256(), followUp.recordedAt(), followUp.inAccordance(), audit, followUp.lighterReason());
	}

	private void requirePendingAudit() {
		require(CaseStatus.AWAITING_FOLLOW_UP);
		if (followUp == null || !"PENDING".equals(followUp.audit())) {
			throw DomainException.conflict("casework.followUp.noPendingAudit");
		}
	}

	private void require(CaseStatus expected) {
		if (status != expected) {
			throw conflict();
		}
	}

	private void requireOpen() {
		if (!status.isOpen()) {
			throw conflict();
		}
	}

	private DomainException conflict() {
		return DomainException.conflict("casework.transition.notNow", status.name());
	}

	/** Whether the PPK's follow-up waits for the auditor (the deadline watch leaves such a case alone). */
	public boolean awaitingAudit() {
		return followUp != null && "PENDING".equals(followUp.audit());
	}

	public UUID id() {
		return id;
	}

	public String complaintNumber() {
		return complaintNumber;
	}

	public long reportId() {
		return reportId;
	}

	public String source() {
		return source;
	}

	public String reportedName() {
		return reportedName;
	}

	public String reportedEmployer() {
		return reportedEmployer;
	}

	public LocalDate incidentDate() {
		return incidentDate;
	}

	public String regionCode() {
		return regionCode;
	}

	public String summary() {
		return summary;
	}

	public Instant filedAt() {
		return filedAt;
	}

	int version() {
		return version;
	}

	public CaseStatus status() {
		return status;
	}

	public Instant stageStartedAt() {
		return stageStartedAt;
	}

	public Instant deadlineAt() {
		return deadlineAt;
	}

	public boolean overdue() {
		return overdue;
	}

	public Instant overdueSince() {
		return overdueSince;
	}

	boolean reminded() {
		return reminded;
	}

	public Subject subject() {
		return subject;
	}

	public Review review() {
		return review;
	}

	public SanctionLevel recommendedLevel() {
		return recommendedLevel;
	}

	public Recommendation recommendation() {
		return recommendation;
	}

	public FollowUp followUp() {
		return followUp;
	}

	public Closing closing() {
		return closing;
	}

	public Assignment assignment() {
		return assignment;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	List<Transition> transitions() {
		return List.copyOf(transitions);
	}
}
