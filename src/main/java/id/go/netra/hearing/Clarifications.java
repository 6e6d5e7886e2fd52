package id.go.netra.hearing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseHearings;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.reporting.EvidenceKind;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Reports;

/**
 * The accused's answer: a statement and up to {@link #MAX_FILES} files (PDF or pictures), given once, through the
 * personal link or by the PPK or the task force for an employee who answered on paper. Accepted until the deadline
 * or the review, whichever comes first; the statement and the files are kept together or not at all.
 */
@Service
class Clarifications {

	static final int MAX_FILES = 5;
	static final int MAX_STATEMENT = 10_000;

	private final Hearings hearings;
	private final AccusedAccess access;
	private final EvidenceStore store;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Clarifications(Hearings hearings, AccusedAccess access, EvidenceStore store, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.hearings = hearings;
		this.access = access;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The employee's own answer, after proving who they are. */
	@Transactional
	Hearing byEmployee(String token, String statement, List<Reports.Upload> files) {
		AccusedAccess.Standing standing = access.open(token);
		Hearing h = standing.hearing();
		if (!access.verified(h)) {
			throw DomainException.invalid("hearing.clarification.notVerified");
		}
		record(h, statement, files, Hearing.GivenBy.EMPLOYEE, standing.employee().name());
		return hearings.find(h.caseId()).orElseThrow();
	}

	/** An answer the employee gave on paper, recorded by their PPK or the task force. */
	@Transactional
	Hearing onBehalf(Actor actor, UUID caseId, String statement, List<Reports.Upload> files) {
		if (!actor.has(Role.PPK) && !actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("HEARING_CLARIFIED", String.valueOf(caseId), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "hearing.clarification.forbidden");
		}
		Hearing h = hearings.find(caseId).filter(found -> mayActFor(actor, found))
			.orElseThrow(() -> DomainException.notFound("hearing.notFound"));
		record(h, statement, files, Hearing.GivenBy.PPK, actor.displayName());
		return hearings.find(caseId).orElseThrow();
	}

	/** The PPK of the employee's employer, or a task-force officer whose jurisdiction covers the case. */
	static boolean mayActFor(Actor actor, Hearing h) {
		if (actor.has(Role.PPK) && actor.agencyCode().equals(h.employerCode())) {
			return true;
		}
		return actor.jurisdiction(Role.TASK_FORCE).map(where -> where.covers(h.regionCode())).orElse(false);
	}

	private void record(Hearing h, String statement, List<Reports.Upload> files, Hearing.GivenBy via, String byName) {
		Instant now = clock.instant();
		if (h.clarified()) {
			throw DomainException.conflict("hearing.clarification.already");
		}
		if (h.reviewFound() != null) {
			throw DomainException.conflict("hearing.clarification.reviewed");
		}
		if (!now.isBefore(h.clarificationDueAt())) {
			throw DomainException.conflict("hearing.clarification.late");
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String text = statement == null ? "" : Texts.received(statement).strip();
		if (text.isEmpty()) {
			problems.reject("statement", "validation.required");
		}
		else if (text.length() > MAX_STATEMENT) {
			problems.reject("statement", "hearing.clarification.tooLong", MAX_STATEMENT);
		}
		List<Reports.Upload> given = files == null ? List.of() : files;
		if (given.size() > MAX_FILES) {
			problems.reject("files", "hearing.clarification.tooManyFiles", MAX_FILES);
		}
		problems.throwIfAny();
		List<CaseHearings.HearingFile> stored = given.stream().map(file -> problems.check("files", () -> store(file))).toList();
		problems.throwIfAny();
		if (!hearings.clarify(h.caseId(), text, via, byName, now)) {
			throw DomainException.conflict("hearing.clarification.already");
		}
		stored.forEach(file -> hearings.addFile(h.caseId(), file, now));
		events.publishEvent(new ClarificationGiven(h.caseId(), h.complaintNumber(), h.regionCode(), now));
		audit.record("HEARING_CLARIFIED", h.complaintNumber(),
				(via == Hearing.GivenBy.EMPLOYEE ? "oleh pegawai" : "dicatat oleh " + byName) + ", " + stored.size() + " berkas");
	}

	private CaseHearings.HearingFile store(Reports.Upload file) {
		try (InputStream in = file.content().getInputStream()) {
			EvidenceStore.StoredFile kept = store.store(file.name(), in, EnumSet.of(EvidenceKind.PDF, EvidenceKind.IMAGE),
					"hearing.file.type");
			return new CaseHearings.HearingFile(kept.sha256(), file.name(), kept.mediaType(), kept.size());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
