package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.go.netra.catalog.SanctionLevel;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.reporting.Report;
import id.go.netra.reporting.ReportKind;
import id.go.netra.reporting.Reports;

/**
 * One case as an officer sees it, for the API and the case page alike, so both hide the same things: whether a
 * public reporter is named is for the task force only (their identity is opened on a stated reason, never shown
 * here), and the questions and answers exchanged with the reporter ({@code messages}, null when hidden) never
 * reach a PPK.
 */
@Component
class CaseDetails {

	record Employee(String nip, String name, String employer, String positionClass, String positionTitle,
			String workRegion, boolean identityResolved) {
	}

	/**
	 * {@code named}: whether a public reporter gave their identity, for the task force only (null for everyone
	 * else, and for agencies' reports). The identity itself is never here: it is opened on a stated reason
	 * ({@link ReporterIdentityApiController}).
	 */
	record ReportView(String kind, String description, String reportedName, String reportedEmployer,
			String reportedPosition, Boolean named, String filedBy, String filedByAgency, String laporNumber) {
	}

	/**
	 * {@code sha256} names the copy without metadata (what {@code /files/{sha256}} serves); {@code originalSha256}
	 * the sealed original, shown to the task force only; {@code taskForceOnly} a file that only the task force may
	 * open (a video, see ADR 0024).
	 */
	record EvidenceView(EvidenceKindName kind, String sha256, String mediaType, Long size, String name, String url,
			String addedBy, Instant addedAt, boolean taskForceOnly, String originalSha256) {
	}

	enum EvidenceKindName {
		IMAGE, VIDEO, PDF, LINK, CAPTURE
	}

	/** {@code unread}: a reporter's answer the task force has not opened yet. */
	record MessageView(Report.Author author, String body, String actor, Instant createdAt, boolean unread) {
	}

	record HistoryView(Transition transition, CaseStatus from, CaseStatus to, String actor, String actorName,
			String agency, String role, Instant at, String note) {
	}

	record Recommendation(SanctionLevel level, String sanction, String note, Instant issuedAt) {
	}

	/**
	 * {@code decreeSha256} names the decree for {@code files/{sha256}}; null when none was attached.
	 * {@code lighterReason} is the PPK's reason for a sanction lighter than recommended.
	 */
	record FollowUp(String sanction, String decreeNumber, LocalDate decreeDate, boolean decreeAttached,
			String decreeSha256, Instant recordedAt, boolean inAccordance, FollowUpAudit audit, String lighterReason) {
	}

	/** Bawaslu's review; {@code documentSha256} names its review document for {@code files/{sha256}}, if any. */
	record Review(String outcome, boolean criminal, String note, boolean documentAttached, String documentSha256) {
	}

	record CaseDetail(UUID id, String complaintNumber, String source, CaseStatus status, Instant stageStartedAt,
			Instant deadlineAt, boolean overdue, Instant overdueSince, Employee employee, LocalDate incidentDate,
			String regionCode, String summary, List<String> violations, Boolean criminal, String reviewOutcome,
			String reviewNote, Review review, SanctionLevel recommendedLevel, Recommendation recommendation, FollowUp followUp,
			ControlLevel controlLevel, Instant blockedAt, Instant blockLiftedAt, List<CaseControls.CaseLetter> letters,
			String criminalReferralStage, CaseControls.PriorOffences repeatOffence, String closingReason, String closingNote, UUID duplicateOf, CaseSnapshot.Assignment assignment, Instant filedAt,
			Instant closedAt, ReportView report, List<EvidenceView> evidence, List<MessageView> messages,
			List<CaseQueue.PossibleDuplicate> possibleDuplicates, List<CaseAction> availableActions,
			List<HistoryView> history, CaseHearings.DueProcess dueProcess) {
	}

	/** How many days apart two acts of the same person may be to be offered as possible duplicates. */
	static final int DUPLICATE_WINDOW_DAYS = 30;

	private final Casework casework;
	private final CaseQueue queue;
	private final Reports reports;
	private final ObjectProvider<CaseHearings> hearings;

	CaseDetails(Casework casework, CaseQueue queue, Reports reports, ObjectProvider<CaseHearings> hearings) {
		this.casework = casework;
		this.queue = queue;
		this.reports = reports;
		this.hearings = hearings;
	}

	/** The hearing module's view, or none where it is not part of the application. */
	CaseHearings hearings() {
		return hearings.getIfAvailable(() -> CaseHearings.ABSENT);
	}

	CaseDetail of(Actor actor, CaseSnapshot c) {
		CaseSnapshot.Review review = c.review();
		CaseSnapshot.Closing closing = c.closing();
		CaseControls.Control control = casework.controls().of(c.id());
		return new CaseDetail(c.id(), c.complaintNumber(), c.source(), c.status(), c.stageStartedAt(), c.deadlineAt(),
				c.overdue(), c.overdueSince(), employee(c), c.incidentDate(), c.regionCode(), c.summary(),
				review == null ? List.of() : review.violations(), review == null ? null : review.criminal(),
				review == null ? null : review.outcome(), review == null ? null : review.note(), review(review),
				c.recommendedLevel(),
				recommendation(c.recommendation()), followUp(c.followUp()), control.level(), control.blockedAt(),
				control.blockLiftedAt(), control.letters(),
				// a Gakkumdu referral is between Bawaslu, the police and prosecutors: never the employer's to see
				CaseScope.of(actor).seesReporterMessages(c) ? control.referralStage() : null,
				casework.priorOffences(c).orElse(null), closing == null ? null : closing.reason(),
				closing == null ? null : closing.note(), closing == null ? null : closing.duplicateOf(),
				c.assignment(), c.filedAt(), c.closedAt(), report(actor, c), evidence(actor, c), messages(actor, c),
				queue.possibleDuplicates(actor, c, DUPLICATE_WINDOW_DAYS), casework.availableActions(actor, c),
				history(c), hearings().of(c.id()).orElse(null));
	}

	private static Employee employee(CaseSnapshot c) {
		CaseSnapshot.Subject s = c.subject();
		return new Employee(s.nip(), s.name() == null ? c.reportedName() : s.name(), s.employerCode(),
				s.positionClass(), s.positionTitle(), s.workRegionCode(), s.resolved());
	}

	private static Review review(CaseSnapshot.Review r) {
		return r == null ? null
				: new Review(r.outcome(), r.criminal(), r.note(), r.documentSha256() != null, r.documentSha256());
	}

	private static Recommendation recommendation(CaseSnapshot.Recommendation r) {
		return r == null ? null : new Recommendation(r.level(), r.sanctionCode(), r.note(), r.issuedAt());
	}

	private static FollowUp followUp(CaseSnapshot.FollowUp f) {
		return f == null ? null
				: new FollowUp(f.sanctionCode(), f.decreeNumber(), f.decreeDate(), f.decreeSha256() != null,
						f.decreeSha256(), f.recordedAt(), f.inAccordance(), f.audit(), f.lighterReason());
	}

	private ReportView report(Actor actor, CaseSnapshot c) {
		Report report = reports.find(c.reportId()).orElseThrow();
		boolean taskForce = actor.has(Role.TASK_FORCE);
		// a complaint from SP4N-LAPOR! has a citizen behind it, sealed as a public reporter is
		boolean publicReport = report.kind().isPublic() || report.kind() == ReportKind.LAPOR_COMPLAINT;
		return new ReportView(report.kind().name(), readsPressure(actor, report) ? report.description() : null,
				report.reported().name(),
				report.reported().employer(), report.reported().position(),
				taskForce && publicReport ? report.named() : null,
				taskForce || !publicReport ? report.filedBy() : null, report.filedByAgency(), report.laporNumber());
	}

	/**
	 * An ASN's account of pressure names them between the lines (their post, their unit, what was asked of them):
	 * only those who verify and review it read it; the presser's PPK, BKN and the others see that it exists and
	 * who pressed (ADR 0049).
	 */
	private static boolean readsPressure(Actor actor, Report report) {
		return report.kind() != ReportKind.PRESSURE_REPORT || actor.has(Role.TASK_FORCE)
				|| actor.has(Role.ELECTION_SUPERVISOR);
	}

	private List<EvidenceView> evidence(Actor actor, CaseSnapshot c) {
		boolean taskForce = actor.has(Role.TASK_FORCE);
		if (!readsPressure(actor, reports.find(c.reportId()).orElseThrow())) {
			return List.of();
		}
		return reports.evidence(c.reportId())
			.stream()
			.map(e -> new EvidenceView(EvidenceKindName.valueOf(e.kind().name()), e.sha256(), e.mediaType(), e.size(),
					e.originalName(), e.url(), e.addedBy(), e.addedAt(), e.taskForceOnly(),
					taskForce ? e.originalSha256() : null))
			.toList();
	}

	private List<MessageView> messages(Actor actor, CaseSnapshot c) {
		if (!CaseScope.of(actor).seesReporterMessages(c)) {
			return null;
		}
		return reports.messages(c.reportId())
			.stream()
			.map(m -> new MessageView(m.author(), m.body(), m.actor(), m.createdAt(), m.unread()))
			.toList();
	}

	private List<HistoryView> history(CaseSnapshot c) {
		return queue.history(c.id())
			.stream()
			.map(h -> new HistoryView(h.transition(), h.from(), h.to(), h.actor(), h.actorName(), h.agencyCode(),
					h.role(), h.at(), h.note()))
			.toList();
	}
}
