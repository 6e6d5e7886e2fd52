package id.go.netra.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.SanctionLevel;
import id.go.netra.catalog.Sanctions;
import id.go.netra.catalog.Violation;
import id.go.netra.catalog.ViolationKind;
import id.go.netra.catalog.Violations;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.EmployeeStatus;
import id.go.netra.reporting.EvidenceKind;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Reports;

/**
 * The case lifecycle as agencies drive it. Each action loads the case within the actor's scope (404 outside
 * it), checks the actor's role for it (403, audited, otherwise), lets the case make the transition (409 from
 * the wrong status), and saves it with its history, audit entries and events in one transaction.
 */
@Service
public class Casework {

	private final CaseRows rows;
	private final Deadlines deadlines;
	private final Violations violations;
	private final Sanctions sanctions;
	private final SubjectResolver subjects;
	private final Reports reports;
	private final EvidenceStore store;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ObjectProvider<CaseControls> controls;
	private final Clock clock;

	Casework(CaseRows rows, Deadlines deadlines, Violations violations, Sanctions sanctions, SubjectResolver subjects,
			Reports reports, EvidenceStore store, AuditTrail audit, ApplicationEventPublisher events,
			ObjectProvider<CaseControls> controls, Clock clock) {
		this.rows = rows;
		this.deadlines = deadlines;
		this.violations = violations;
		this.sanctions = sanctions;
		this.subjects = subjects;
		this.reports = reports;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.controls = controls;
		this.clock = clock;
	}

	@Transactional
	public CaseSnapshot verify(Actor actor, UUID id, CaseRequests.Verification request) {
		authorize(actor, id, CaseAction.VERIFY);
		if (request == null || request.decision() == null) {
			throw new InvalidInput.Collector().reject("decision", "validation.required").refusal();
		}
		if (request.decision() == CaseRequests.Decision.FORWARD) {
			return act(actor, id, CaseAction.VERIFY, (c, now) -> c.forwardToReview(note(request.note()), now,
					deadlines.of(Stage.REVIEW, now)));
		}
		if (request.reason() == null) {
			throw new InvalidInput.Collector().reject("reason", "validation.required").refusal();
		}
		UUID duplicateOf = request.reason() == RejectReason.DUPLICATE ? otherCase(actor, id, request.duplicateOf()) : null;
		return act(actor, id, CaseAction.VERIFY,
				(c, now) -> c.reject(request.reason(), note(request.note()), duplicateOf, now));
	}

	@Transactional
	public CaseSnapshot merge(Actor actor, UUID id, CaseRequests.Merge request) {
		authorize(actor, id, CaseAction.MERGE);
		UUID into = otherCase(actor, id, request == null ? null : request.into());
		CaseSnapshot merged = act(actor, id, CaseAction.MERGE, (c, now) -> c.reject(RejectReason.DUPLICATE,
				note(request.note()), into, now));
		Case primary = rows.find(into).orElseThrow();
		primary.note(Transition.DUPLICATE_MERGED, merged.complaintNumber());
		save(primary, acting(actor, Role.TASK_FORCE), clock.instant());
		return merged;
	}

	@Transactional
	public CaseSnapshot review(Actor actor, UUID id, CaseRequests.Review request) {
		return review(actor, id, request, null);
	}

	/** The review, with Bawaslu's own review document (berita acara, kajian) as a PDF when {@code document} is set. */
	@Transactional
	public CaseSnapshot review(Actor actor, UUID id, CaseRequests.Review request, Reports.Upload document) {
		authorize(actor, id, CaseAction.REVIEW);
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (request == null || request.outcome() == null) {
			problems.reject("outcome", "validation.required").throwIfAny();
		}
		boolean criminal = Boolean.TRUE.equals(request.criminal());
		if (request.outcome() == CaseRequests.Outcome.NOT_PROVEN) {
			String documentSha = storePdf(problems, "document", document);
			problems.throwIfAny();
			return act(actor, id, CaseAction.REVIEW,
					(c, now) -> c.reviewNotProven(criminal, note(request.note()), documentSha, now));
		}
		List<Violation> found = new ArrayList<>();
		List<String> codes = request.violations() == null ? List.of() : request.violations();
		if (codes.isEmpty()) {
			problems.reject("violations", "casework.review.violationsRequired");
		}
		for (String code : codes) {
			violations.find(code).filter(Violation::active).ifPresentOrElse(found::add,
					() -> problems.reject("violations", "casework.review.unknownViolation", String.valueOf(code)));
		}
		String documentSha = storePdf(problems, "document", document);
		problems.throwIfAny();
		SanctionLevel level = recommendedLevel(found);
		List<String> distinct = found.stream().map(Violation::code).distinct().sorted().toList();
		return act(actor, id, CaseAction.REVIEW, (c, now) -> {
			Optional<CaseControls.PriorOffences> prior = priorOffences(c.snapshot());
			c.reviewProven(distinct, criminal, note(request.note()), documentSha,
					prior.isPresent() ? level.oneHeavier() : level, now, deadlines.of(Stage.FORWARDING, now));
			prior.ifPresent(p -> c.note(Transition.REPEAT_OFFENCE, p.count() + " sanksi sebelumnya, terberat " + p.heaviest()
					+ "; tingkat rekomendasi dinaikkan dari " + level + " (PP 94/2021)"));
		});
	}

	/** Sanctions the case's employee received for earlier acts, from the discipline register. */
	public Optional<CaseControls.PriorOffences> priorOffences(CaseSnapshot c) {
		if (!c.subject().resolved() || c.subject().nip() == null) {
			return Optional.empty();
		}
		return controls().priorOffences(c.subject().nip(), c.incidentDate());
	}

	CaseControls controls() {
		return controls.getIfAvailable(() -> CaseControls.ABSENT);
	}

	@Transactional
	public CaseSnapshot recommend(Actor actor, UUID id, CaseRequests.Recommendation request) {
		String sanctionCode = request == null ? null : blankToNull(request.sanction());
		return act(actor, id, CaseAction.RECOMMEND, (c, now) -> {
			if (sanctionCode != null) {
				Sanction sanction = sanction(sanctionCode, "sanction");
				if (sanction.level() != c.recommendedLevel()) {
					throw new InvalidInput.Collector()
						.reject("sanction", "casework.recommendation.wrongLevel", sanctionCode,
								levelInWords(c.recommendedLevel()))
						.refusal();
				}
			}
			c.forwardToStaffingAuthority(sanctionCode, note(request == null ? null : request.note()), now,
					deadlines.of(Stage.FOLLOW_UP, now));
		});
	}

	@Transactional
	public CaseSnapshot recordFollowUp(Actor actor, UUID id, CaseRequests.FollowUp request, Reports.Upload decree) {
		authorize(actor, id, CaseAction.FOLLOW_UP);
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (request == null) {
			problems.reject("sanction", "validation.required").throwIfAny();
		}
		Sanction sanction = activeSanction(request.sanction()).orElse(null);
		if (sanction == null) {
			problems.reject("sanction", "casework.unknownSanction", String.valueOf(request.sanction()));
		}
		String decreeNumber = blankToNull(request.decreeNumber());
		if (decreeNumber == null) {
			problems.reject("decreeNumber", "validation.required");
		}
		else if (decreeNumber.length() > 100) {
			problems.reject("decreeNumber", "validation.tooLongMax", 100);
		}
		LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
		if (request.decreeDate() == null) {
			problems.reject("decreeDate", "validation.required");
		}
		else if (request.decreeDate().isAfter(today)) {
			problems.reject("decreeDate", "casework.followUp.decreeInFuture");
		}
		String lighterReason = blankToNull(request.lighterReason());
		if (lighterReason != null && lighterReason.length() > 4000) {
			problems.reject("lighterReason", "validation.tooLongMax", 4000);
		}
		String decreeSha = storePdf(problems, "decree", decree);
		problems.throwIfAny();
		return act(actor, id, CaseAction.FOLLOW_UP, (c, now) -> {
			boolean inAccordance = inAccordance(sanction, c.recommendation());
			if (!inAccordance && lighterReason == null) {
				throw new InvalidInput.Collector().reject("lighterReason", "casework.followUp.lighterReasonRequired")
					.refusal();
			}
			c.recordFollowUp(new CaseSnapshot.FollowUp(sanction.code(), decreeNumber, request.decreeDate(), decreeSha,
					now, inAccordance, inAccordance ? null : FollowUpAudit.PENDING,
					inAccordance ? null : lighterReason), now);
		});
	}

	@Transactional
	public CaseSnapshot auditFollowUp(Actor actor, UUID id, CaseRequests.FollowUpAudit request) {
		authorize(actor, id, CaseAction.AUDIT_FOLLOW_UP);
		if (request == null || request.decision() == null) {
			throw new InvalidInput.Collector().reject("decision", "validation.required").refusal();
		}
		if (request.decision() == CaseRequests.AuditDecision.ACCEPT) {
			return act(actor, id, CaseAction.AUDIT_FOLLOW_UP, (c, now) -> c.acceptFollowUp(note(request.note()), now));
		}
		return act(actor, id, CaseAction.AUDIT_FOLLOW_UP, (c, now) -> c.sendBackFollowUp(
				required(request.note(), "note"), now, deadlines.of(Stage.FOLLOW_UP, now)));
	}

	@Transactional
	public CaseSnapshot cancel(Actor actor, UUID id, CaseRequests.Note request) {
		authorize(actor, id, CaseAction.CANCEL);
		String note = required(request == null ? null : request.note(), "note");
		return act(actor, id, CaseAction.CANCEL, (c, now) -> c.cancel(note, now));
	}

	@Transactional
	public CaseSnapshot separate(Actor actor, UUID id, CaseRequests.Note request) {
		authorize(actor, id, CaseAction.SEPARATE);
		String note = required(request == null ? null : request.note(), "note");
		return act(actor, id, CaseAction.SEPARATE, (c, now) -> {
			if (c.subject().resolved() && subjects.currentStatus(c.subject()) == EmployeeStatus.ACTIVE) {
				throw DomainException.conflict("casework.separate.stillActive", c.subject().nip());
			}
			c.separate(note, now);
		});
	}

	@Transactional
	public CaseSnapshot resolveIdentity(Actor actor, UUID id, CaseRequests.Identity request) {
		return act(actor, id, CaseAction.RESOLVE_IDENTITY, (c, now) -> {
			CaseSnapshot.Subject subject = subjects.resolve(request == null ? null : request.nip(),
					request == null ? null : request.nik(), c.incidentDate());
			if (!subject.resolved()) {
				// a NIK that finds nobody is audited too: trying NIKs here must leave a trace (ADR 0026)
				audit.recordRefusal("case.resolve_identity", c.complaintNumber(), "no employee for the "
						+ (request != null && blankToNull(request.nik()) != null ? "NIK given" : "NIP given"));
				throw DomainException.invalid("casework.identity.notFound");
			}
			c.resolveIdentity(subject, now);
		});
	}

	@Transactional
	public CaseSnapshot askReporter(Actor actor, UUID id, CaseRequests.Question request) {
		return act(actor, id, CaseAction.ASK_REPORTER, (c, now) -> {
			reports.askReporter(c.reportId(), actor, request == null ? null : request.question());
			c.note(Transition.QUESTION_TO_REPORTER, null);
		});
	}

	/**
	 * Takes the case into the actor's own queue. A case a colleague holds is not taken over: only the holder or
	 * a supervisor of the case releases it first (see {@link #release}).
	 */
	@Transactional
	public CaseSnapshot assignToSelf(Actor actor, UUID id) {
		return act(actor, id, CaseAction.ASSIGN, (c, now) -> {
			CaseSnapshot.Assignment held = c.assignment();
			if (held != null && !held.actor().equals(actor.name())) {
				throw DomainException.conflict("casework.assign.heldByColleague", held.name());
			}
			c.assign(actor.name(), actor.displayName(), now);
		});
	}

	/**
	 * Gives the case back to the shared queue. The holder releases their own; a colleague's assignment only a
	 * supervisor of the case releases ({@link #supervisesAssignments}). Every release is audited with who held the case.
	 */
	@Transactional
	public CaseSnapshot release(Actor actor, UUID id) {
		Case c = findCase(actor, id).orElseThrow(() -> notFound(id));
		CaseSnapshot.Assignment held = c.assignment();
		if (held == null) {
			return c.snapshot();
		}
		boolean own = held.actor().equals(actor.name());
		if (!own && !supervisesAssignments(actor)) {
			audit.recordRefusal("case.assignment_released", c.complaintNumber(),
					"held by " + held.actor() + ", roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "casework.release.notYours", held.name());
		}
		Instant now = clock.instant();
		c.unassign(now);
		// the holder may have lost the stage role since taking the case; a supervisor acts as administrator
		Role role = own ? CaseAction.ASSIGN.roleFor(actor, c.snapshot()).orElseGet(() -> new java.util.TreeSet<>(actor.roleSet()).first())
				: Role.ADMIN;
		save(c, acting(actor, role), now);
		audit.record("case.assignment_released", c.complaintNumber(), "held by " + held.actor() + " (" + held.name()
				+ ") since " + held.since() + (own ? ", released by the holder" : ", released by a supervisor"));
		return rows.find(id).orElseThrow().snapshot();
	}

	/**
	 * Whether the actor supervises the case's assignments: an administrator, who keeps the accounts and so
	 * hands on the cases of an officer who left or is away (ADR 0026).
	 */
	static boolean supervisesAssignments(Actor actor) {
		return actor.has(Role.ADMIN);
	}

	/** The case, if the actor may see it. */
	@Transactional(readOnly = true)
	public Optional<CaseSnapshot> find(Actor actor, UUID id) {
		return findCase(actor, id).map(Case::snapshot);
	}

	private Optional<Case> findCase(Actor actor, UUID id) {
		CaseScope scope = CaseScope.of(actor);
		return rows.find(id).filter(c -> scope.covers(c.snapshot()));
	}

	/**
	 * The case, for modules that act on casework's events rather than on behalf of a person (enforcement's
	 * control ladder). Never expose what this returns to a person without their scope.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseSnapshot> load(UUID id) {
		return rows.find(id).map(Case::snapshot);
	}

	/** A page of case ids in id order after {@code after} (null for the first), for read models catching up. */
	@Transactional(readOnly = true)
	public List<UUID> idsAfter(UUID after, int limit) {
		return rows.idsAfter(after, limit);
	}

	@Transactional(readOnly = true)
	public Optional<CaseSnapshot> findByComplaintNumber(Actor actor, String complaintNumber) {
		CaseScope scope = CaseScope.of(actor);
		return rows.findByComplaintNumber(complaintNumber).map(Case::snapshot).filter(scope::covers);
	}

	/**
	 * Writes a note to the case's history and the audit trail on behalf of the system (enforcement's control
	 * actions), without changing the case itself, so it never competes with an officer's edit.
	 */
	@Transactional
	public void annotate(UUID id, Transition transition, String note) {
		Case c = rows.find(id).orElseThrow(() -> notFound(id));
		c.note(transition, note);
		record(c, c.version(), CaseRows.ActingAs.SYSTEM, clock.instant());
	}

	/** The actions the actor may take on the case now. */
	public List<CaseAction> availableActions(Actor actor, CaseSnapshot c) {
		return CaseAction.available(actor, c);
	}

	private CaseSnapshot act(Actor actor, UUID id, CaseAction action, BiConsumer<Case, Instant> change) {
		Case c = findCase(actor, id).orElseThrow(() -> notFound(id));
		Role role = roleFor(actor, c, action);
		if (!action.availableIn(c.snapshot())) {
			throw DomainException.conflict("casework.transition.notNow", c.status().name());
		}
		Instant now = clock.instant();
		change.accept(c, now);
		save(c, acting(actor, role), now);
		return rows.find(id).orElseThrow().snapshot();
	}

	/**
	 * Refuses an actor who may not take the action on the case (404 outside their scope, 403 outside their role
	 * or region) before their request is read: a refused caller learns nothing from validation messages, and
	 * nothing they attached is stored.
	 */
	private void authorize(Actor actor, UUID id, CaseAction action) {
		roleFor(actor, findCase(actor, id).orElseThrow(() -> notFound(id)), action);
	}

	private Role roleFor(Actor actor, Case c, CaseAction action) {
		return action.roleFor(actor, c.snapshot()).orElseThrow(() -> {
			audit.recordRefusal("case." + action.name().toLowerCase(java.util.Locale.ROOT), c.complaintNumber(),
					"roles " + actor.describeRoles());
			return new DomainException("forbidden", 403, "casework.action.forbidden");
		});
	}

	void save(Case c, CaseRows.ActingAs who, Instant now) {
		rows.update(c);
		record(c, c.version() + 1, who, now);
	}

	/**
	 * Writes a case's new steps to the history and the audit trail, and announces the save in one
	 * {@link CaseChanged} when any of its transitions is one other modules hear of.
	 *
	 * @param savedVersion the version the case has in the database after this save
	 */
	void record(Case c, int savedVersion, CaseRows.ActingAs who, Instant now) {
		List<Case.Step> steps = c.steps();
		List<Transition> announced = new ArrayList<>();
		for (Case.Step step : steps) {
			rows.history(c, step, who, now);
			audit.record("case." + step.transition().name().toLowerCase(java.util.Locale.ROOT), c.complaintNumber(),
					step.from() + " -> " + step.to() + (step.note() == null ? "" : ": " + step.note()));
			if (step.transition().announced()) {
				announced.add(step.transition());
			}
		}
		if (!announced.isEmpty()) {
			events.publishEvent(new CaseChanged(c.id(), savedVersion, announced, steps.get(0).from(),
					c.snapshot(savedVersion), now));
		}
	}

	/** The heaviest level the proven violations call for; discipline outweighs ethics. */
	static SanctionLevel recommendedLevel(List<Violation> proven) {
		boolean discipline = proven.stream().anyMatch(v -> v.kind() == ViolationKind.DISCIPLINE);
		return proven.stream()
			.filter(v -> !discipline || v.kind() == ViolationKind.DISCIPLINE)
			.map(Violation::level)
			.max(Enum::compareTo)
			.orElseThrow();
	}

	/** The level as the review decided it, in words, resolved in the reader's language. */
	private static org.springframework.context.MessageSourceResolvable levelInWords(SanctionLevel level) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable("casework.level." + level.name());
	}

	/** In accordance: not lighter than the recommended level, nor than the sanction BKN named. */
	boolean inAccordance(Sanction imposed, CaseSnapshot.Recommendation recommendation) {
		if (imposed.level().isLighterThan(recommendation.level())) {
			return false;
		}
		if (recommendation.sanctionCode() == null) {
			return true;
		}
		return sanctions.find(recommendation.sanctionCode())
			.map(recommended -> imposed.severity() >= recommended.severity())
			.orElse(true);
	}

	private Sanction sanction(String code, String field) {
		return activeSanction(code).orElseThrow(() -> new InvalidInput.Collector()
			.reject(field, "casework.unknownSanction", String.valueOf(code))
			.refusal());
	}

	private Optional<Sanction> activeSanction(String code) {
		String trimmed = blankToNull(code);
		return trimmed == null ? Optional.empty() : sanctions.find(trimmed).filter(Sanction::active);
	}

	/**
	 * Stores an attached PDF (a decree, a review document) and returns its SHA-256, or refuses it under
	 * {@code field} with a message that lists the type accepted; null when nothing was attached.
	 */
	private String storePdf(InvalidInput.Collector problems, String field, Reports.Upload upload) {
		if (upload == null) {
			return null;
		}
		return problems.check(field, () -> {
			try (java.io.InputStream in = upload.content().getInputStream()) {
				return store.store(upload.name(), in, java.util.EnumSet.of(EvidenceKind.PDF), "casework.file.pdfOnly")
					.sha256();
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	private UUID otherCase(Actor actor, UUID self, String reference) {
		String ref = blankToNull(reference);
		if (ref == null) {
			throw new InvalidInput.Collector().reject("duplicateOf", "validation.required").refusal();
		}
		Optional<CaseSnapshot> other;
		try {
			other = find(actor, UUID.fromString(ref));
		}
		catch (IllegalArgumentException notAnId) {
			other = findByComplaintNumber(actor, ref.toUpperCase(java.util.Locale.ROOT));
		}
		UUID found = other.map(CaseSnapshot::id).orElseThrow(() -> DomainException.invalid("casework.duplicate.unknown", ref));
		if (found.equals(self)) {
			throw DomainException.invalid("casework.duplicate.self");
		}
		return found;
	}

	static CaseRows.ActingAs acting(Actor actor, Role role) {
		return new CaseRows.ActingAs(actor.name(), actor.displayName(), actor.agencyCode(), role.name());
	}

	private static DomainException notFound(UUID id) {
		return DomainException.notFound("casework.case.notFound", id.toString());
	}

	private static String note(String note) {
		String trimmed = blankToNull(note);
		if (trimmed != null && trimmed.length() > 4000) {
			throw new InvalidInput.Collector().reject("note", "validation.tooLongMax", 4000).refusal();
		}
		return trimmed;
	}

	private static String required(String text, String field) {
		String trimmed = note(text);
		if (trimmed == null) {
			throw new InvalidInput.Collector().reject(field, "validation.required").refusal();
		}
		return trimmed;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
