package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.go.netra.DomainException;
import id.go.netra.casework.CaseSnapshot.Assignment;
import id.go.netra.casework.CaseSnapshot.Closing;
import id.go.netra.casework.CaseSnapshot.FollowUp;
import id.go.netra.casework.CaseSnapshot.Recommendation;
import id.go.netra.casework.CaseSnapshot.Review;
import id.go.netra.casework.CaseSnapshot.Subject;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.SanctionLevel;

/**
 * A case (berkas kasus): the guarded aggregate of one report's journey. Every change is a {@link Transition},
 * allowed only from the stages the transition names (409 otherwise), and leaves a {@link Step} that the
 * repository writes to the history; what other modules see of it is its {@link CaseSnapshot}.
 */
final class Case {

	/** A change of the case, as the history shows it. */
	record Step(Transition transition, CaseStatus from, CaseStatus to, String note) {
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
	private final List<Step> steps = new ArrayList<>();

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
		opened.steps.add(new Step(Transition.OPENED, null, CaseStatus.RECEIVED,
				subject.resolved() ? null : "identity unresolved"));
		return opened;
	}

	// --- verification (task force)

	void forwardToReview(String note, Instant now, Instant nextDeadline) {
		enter(Transition.VERIFIED, note, now, nextDeadline);
	}

	void reject(RejectReason reason, String note, UUID duplicateOf, Instant now) {
		require(Transition.REJECTED);
		if (reason == RejectReason.DUPLICATE && duplicateOf == null) {
			throw DomainException.invalid("casework.reject.duplicateOfRequired");
		}
		closing = new Closing(reason.name(), note, reason == RejectReason.DUPLICATE ? duplicateOf : null);
		close(Transition.REJECTED, reason.name() + (note == null ? "" : ": " + note), now);
	}

	void resolveIdentity(Subject resolved, Instant now) {
		require(Transition.IDENTITY_RESOLVED);
		subject = resolved;
		updatedAt = now;
		steps.add(new Step(Transition.IDENTITY_RESOLVED, status, status, "NIP " + resolved.nip()));
	}

	// --- review (Bawaslu)

	void reviewProven(List<String> violations, boolean criminal, String note, String documentSha256,
			SanctionLevel level, Instant now, Instant nextDeadline) {
		require(Transition.REVIEWED_PROVEN);
		review = new Review("PROVEN", List.copyOf(violations), criminal, note, documentSha256);
		recommendedLevel = level;
		enter(Transition.REVIEWED_PROVEN, note, now, nextDeadline);
	}

	void reviewNotProven(boolean criminal, String note, String documentSha256, Instant now) {
		require(Transition.REVIEWED_NOT_PROVEN);
		review = new Review("NOT_PROVEN", List.of(), criminal, note, documentSha256);
		close(Transition.REVIEWED_NOT_PROVEN, note, now);
	}

	// --- recommendation (BKN)

	void forwardToStaffingAuthority(String sanctionCode, String note, Instant now, Instant nextDeadline) {
		require(Transition.RECOMMENDATION_ISSUED);
		if (!subject.resolved() || subject.employerCode() == null) {
			throw DomainException.conflict("casework.recommendation.identityUnresolved");
		}
		recommendation = new Recommendation(recommendedLevel, sanctionCode, note, now);
		enter(Transition.RECOMMENDATION_ISSUED, note, now, nextDeadline);
	}

	// --- follow-up (PPK) and its audit (BKN auditor)

	void recordFollowUp(FollowUp recorded, Instant now) {
		if (stage() == Stage.AUDIT) {
			throw DomainException.conflict("casework.followUp.awaitingAudit");
		}
		String note = recorded.sanctionCode() + ", " + recorded.decreeNumber();
		if (recorded.inAccordance()) {
			require(Transition.FOLLOW_UP_RECORDED);
			followUp = recorded;
			close(Transition.FOLLOW_UP_RECORDED, note, now);
		}
		else {
			require(Transition.FOLLOW_UP_NOT_IN_ACCORDANCE);
			followUp = recorded;
			updatedAt = now;
			steps.add(new Step(Transition.FOLLOW_UP_NOT_IN_ACCORDANCE, status, status,
					note + "; alasan: " + recorded.lighterReason()));
		}
	}

	void acceptFollowUp(String note, Instant now) {
		requirePendingAudit(Transition.FOLLOW_UP_ACCEPTED);
		close(Transition.FOLLOW_UP_ACCEPTED, note, now);
		followUp = followUp.withAudit(FollowUpAudit.ACCEPTED);
	}

	void sendBackFollowUp(String note, Instant now, Instant nextDeadline) {
		requirePendingAudit(Transition.FOLLOW_UP_SENT_BACK);
		enter(Transition.FOLLOW_UP_SENT_BACK, note, now, nextDeadline);
		followUp = followUp.withAudit(FollowUpAudit.SENT_BACK);
	}

	// --- from any open stage

	void cancel(String note, Instant now) {
		require(Transition.CANCELLED);
		closing = new Closing("WITHDRAWN", note, null);
		close(Transition.CANCELLED, note, now);
	}

	void separate(String note, Instant now) {
		require(Transition.SEPARATED);
		closing = new Closing("SEPARATED", note, null);
		close(Transition.SEPARATED, note, now);
	}

	void markOverdue(Instant now) {
		require(Transition.DEADLINE_PASSED);
		overdue = true;
		overdueSince = now;
		steps.add(new Step(Transition.DEADLINE_PASSED, status, status, "tenggat " + WIB.format(deadlineAt)));
	}

	void assign(String actor, String name, Instant now) {
		require(Transition.ASSIGNED);
		assignment = new Assignment(actor, name, now);
		steps.add(new Step(Transition.ASSIGNED, status, status, name));
	}

	void unassign(Instant now) {
		require(Transition.UNASSIGNED);
		if (assignment != null) {
			steps.add(new Step(Transition.UNASSIGNED, status, status, assignment.name()));
			assignment = null;
		}
	}

	/** A line in the history that changes nothing else (a question sent, a merged duplicate, a control action). */
	void note(Transition transition, String text) {
		require(transition);
		if (transition.to() != null) {
			throw new IllegalArgumentException(transition + " changes the status: not a note");
		}
		steps.add(new Step(transition, status, status, text));
	}

	private void enter(Transition transition, String note, Instant now, Instant nextDeadline) {
		require(transition);
		CaseStatus next = transition.to();
		steps.add(new Step(transition, status, next, note));
		status = next;
		stageStartedAt = now;
		deadlineAt = nextDeadline;
		overdue = false;
		overdueSince = null;
		reminded = false;
		assignment = null;
		updatedAt = now;
	}

	private void close(Transition transition, String note, Instant now) {
		enter(transition, note, now, null);
		closedAt = now;
	}

	private void requirePendingAudit(Transition transition) {
		if (status == CaseStatus.AWAITING_FOLLOW_UP && stage() != Stage.AUDIT) {
			throw DomainException.conflict("casework.followUp.noPendingAudit");
		}
		require(transition);
	}

	/** Refuses a transition the case's stage does not allow: 409, naming the status. */
	private void require(Transition transition) {
		if (!transition.allowedFrom(stage())) {
			throw DomainException.conflict("casework.transition.notNow", status.name());
		}
	}

	/** Where the case waits, and whose turn it is. */
	Stage stage() {
		return Stage.of(status, awaitingAudit());
	}

	/** Whether the PPK's follow-up waits for the auditor (the deadline watch leaves such a case alone). */
	boolean awaitingAudit() {
		return followUp != null && followUp.audit() == FollowUpAudit.PENDING;
	}

	/** The case as it stands, at the version it will have once saved. */
	CaseSnapshot snapshot(int savedVersion) {
		return new CaseSnapshot(id, savedVersion, complaintNumber, reportId, source, reportedName, reportedEmployer,
				incidentDate, regionCode, summary, filedAt, status, stageStartedAt, deadlineAt, overdue, overdueSince,
				subject, review, recommendedLevel, recommendation, followUp, closing, assignment, updatedAt, closedAt);
	}

	/** The case as loaded. */
	CaseSnapshot snapshot() {
		return snapshot(version);
	}

	UUID id() {
		return id;
	}

	String complaintNumber() {
		return complaintNumber;
	}

	long reportId() {
		return reportId;
	}

	String source() {
		return source;
	}

	String reportedName() {
		return reportedName;
	}

	String reportedEmployer() {
		return reportedEmployer;
	}

	LocalDate incidentDate() {
		return incidentDate;
	}

	String regionCode() {
		return regionCode;
	}

	String summary() {
		return summary;
	}

	Instant filedAt() {
		return filedAt;
	}

	int version() {
		return version;
	}

	CaseStatus status() {
		return status;
	}

	Instant stageStartedAt() {
		return stageStartedAt;
	}

	Instant deadlineAt() {
		return deadlineAt;
	}

	boolean overdue() {
		return overdue;
	}

	Instant overdueSince() {
		return overdueSince;
	}

	boolean reminded() {
		return reminded;
	}

	Subject subject() {
		return subject;
	}

	Review review() {
		return review;
	}

	SanctionLevel recommendedLevel() {
		return recommendedLevel;
	}

	Recommendation recommendation() {
		return recommendation;
	}

	FollowUp followUp() {
		return followUp;
	}

	Closing closing() {
		return closing;
	}

	Assignment assignment() {
		return assignment;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}
}
