package id.go.netra.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.Nip;
import id.go.netra.personnel.RegistryScope;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.ReportKind;
import id.go.netra.reporting.ReportSubmission;
import id.go.netra.reporting.Reports;

/**
 * A reviewer's decision on a post, and an officer's answer on who wrote it. A lead is filed as the task force's
 * monitoring finding through the normal intake, in the same transaction, with the post's snapshot and timestamp
 * token as its evidence, so the case follows the whole lifecycle; a dismissal needs a reason. Either way the
 * decision is a labelled example the classifier learns from.
 */
@Service
public class PostDecisions {

	static final int MIN_REASON = 5;
	static final int MAX_NOTE = 1000;
	static final int DESCRIPTION_EXCERPT = 3000;

	/** What a decision answers: the post as it now stands and, for a lead, the complaint number of its report. */
	public record Decided(MonitoredPost post, String complaintNumber) {
	}

	private final PostRows rows;
	private final Reports reports;
	private final Employees employees;
	private final AuthorLinks authors;
	private final Examples examples;
	private final Classifier classifier;
	private final CaptureStamps stamps;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PostDecisions(JdbcClient jdbc, Reports reports, Employees employees, AuthorLinks authors, Examples examples,
			Classifier classifier, CaptureStamps stamps, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.rows = new PostRows(jdbc);
		this.reports = reports;
		this.employees = employees;
		this.authors = authors;
		this.examples = examples;
		this.classifier = classifier;
		this.stamps = stamps;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Decided decide(Actor actor, long postId, Decision decision, String nip, String note) {
		requireTaskForce(actor, "monitoring.decision", postId);
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (decision == null) {
			problems.reject("decision", "monitoring.decision.required").throwIfAny();
		}
		if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
			problems.reject("note", "validation.tooLongMax", MAX_NOTE);
		}
		if (decision == Decision.DISMISS && (cleanNote == null || cleanNote.length() < MIN_REASON)) {
			problems.reject("note", "monitoring.decision.reasonRequired", MIN_REASON);
		}
		problems.throwIfAny();
		MonitoredPost post = rows.lock(postId).orElseThrow(() -> DomainException.notFound("monitoring.post.notFound"));
		if (!post.open()) {
			throw DomainException.conflict("monitoring.decision.alreadyDecided");
		}
		Instant now = clock.instant();
		String complaintNumber = null;
		if (decision == Decision.LEAD) {
			Employee author = author(actor, post, nip);
			if (!author.nip().equals(post.authorNip()) || post.authorLink() == null) {
				authors.decide(post.platform(), post.author() == null ? author.nip() : post.author(), author.nip(), true,
						actor.name());
				rows.linkAuthor(post.id(), author.nip(), AuthorLink.CONFIRMED);
			}
			complaintNumber = fileFinding(actor, post, author, cleanNote).value();
			events.publishEvent(PostLeadOpened.of(post, complaintNumber, now));
		}
		rows.decide(post.id(), decision, actor.name(), cleanNote, complaintNumber, now);
		examples.add(List.of(new Example("post-" + post.id(), post.text(),
				decision == Decision.LEAD ? Label.PARTISAN : Label.NEUTRAL)), Examples.Origin.DECISION, actor.name());
		audit.record("monitoring.decision", "post " + post.id(), decision.name()
				+ (complaintNumber == null ? "" : ", filed as " + complaintNumber) + ", scored " + post.label() + " "
				+ String.format(java.util.Locale.ROOT, "%.2f", post.score()) + " by model v" + post.modelVersion());
		afterCommit(classifier::learnSoon);
		return new Decided(rows.find(post.id()).orElseThrow(), complaintNumber);
	}

	/** An officer's answer to "is this account that employee's?" for a post's author. */
	@Transactional
	public MonitoredPost answerAuthor(Actor actor, long postId, String nip, boolean confirmed) {
		requireTaskForce(actor, "monitoring.author", postId);
		MonitoredPost post = rows.lock(postId).orElseThrow(() -> DomainException.notFound("monitoring.post.notFound"));
		if (post.author() == null) {
			throw DomainException.invalid("monitoring.author.none");
		}
		Employee employee = employee(actor, nip, "nip");
		authors.decide(post.platform(), post.author(), employee.nip(), confirmed, actor.name());
		if (confirmed) {
			rows.linkAuthor(post.id(), employee.nip(), AuthorLink.CONFIRMED);
			rows.linkAccount(post.platform(), post.author(), employee.nip());
		}
		else if (employee.nip().equals(post.authorNip()) && post.authorLink() == AuthorLink.CONFIRMED) {
			rows.linkAuthor(post.id(), null, null);
		}
		audit.record("monitoring.author." + (confirmed ? "confirmed" : "rejected"), "post " + post.id(),
				post.platform() + " " + post.author() + " -> " + employee.nip());
		return rows.find(post.id()).orElseThrow();
	}

	private Employee author(Actor actor, MonitoredPost post, String nip) {
		if (nip != null && !nip.isBlank()) {
			return employee(actor, nip, "nip");
		}
		if (post.authorNip() == null) {
			throw new InvalidInput.Collector().reject("nip", "monitoring.decision.nipRequired").refusal();
		}
		return employee(actor, post.authorNip(), "nip");
	}

	private Employee employee(Actor actor, String nip, String field) {
		Nip parsed;
		try {
			parsed = Nip.of(nip == null ? "" : nip.strip());
		}
		catch (DomainException | IllegalArgumentException e) {
			throw new InvalidInput.Collector().reject(field, "monitoring.nip.invalid").refusal();
		}
		return employees.byNip(parsed, RegistryScope.of(actor))
			.orElseThrow(() -> new InvalidInput.Collector().reject(field, "monitoring.nip.unknown").refusal());
	}

	private ComplaintNumber fileFinding(Actor actor, MonitoredPost post, Employee author, String note) {
		LocalDate day = (post.postedAt() == null ? post.receivedAt() : post.postedAt()).atZone(BusinessCalendar.ZONE)
			.toLocalDate();
		String excerpt = post.text().length() <= DESCRIPTION_EXCERPT ? post.text()
				: post.text().substring(0, DESCRIPTION_EXCERPT) + "...";
		String description = "Temuan pemantauan media sosial (" + post.platform() + ", " + post.url() + "):\n"
				+ excerpt + (note == null ? "" : "\n\nCatatan peninjau: " + note);
		ReportSubmission submission = new ReportSubmission(
				new ReportSubmission.Reported(author.nip(), null, author.name(), author.employerCode(),
						author.positionTitle()),
				new ReportSubmission.Incident(day, author.workRegionCode(), description, List.of(post.url())), null,
				true);
		List<Reports.Capture> captures = new ArrayList<>();
		String snapshot = rows.snapshot(post.id()).orElseThrow();
		captures.add(new Reports.Capture("cuplikan-pos-" + post.id() + ".json", "application/json",
				snapshot.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		String token = rows.timestampToken(post.id()).orElse(null);
		if (token == null) {
			token = stamps.stampNow(post.id(), post.capture().sha256()).orElse(null);
		}
		if (token != null) {
			captures.add(new Reports.Capture("cuplikan-pos-" + post.id() + ".tst", "application/timestamp-token",
					Base64.getDecoder().decode(token)));
		}
		return reports.fileForAgency(actor, ReportKind.MONITORING_FINDING, submission, List.of(), captures);
	}

	private void requireTaskForce(Actor actor, String action, long postId) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal(action, "post " + postId, "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "monitoring.forbidden");
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
