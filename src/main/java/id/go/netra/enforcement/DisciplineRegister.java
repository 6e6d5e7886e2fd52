package id.go.netra.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.ChangeCursor;
import id.go.netra.ChangeFeeds;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseControls;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.SanctionLevel;
import id.go.netra.catalog.Sanctions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.EmployeeDiscipline;
import id.go.netra.personnel.Nip;

/**
 * The national discipline register (I'DIS): every sanction a PPK imposed on a neutrality case, with its decree,
 * when it takes effect and until when it runs, and the election the act belonged to, so an employee's history
 * reads across elections and a repeat offender is recognised on the next case.
 */
@Service
public class DisciplineRegister implements EmployeeDiscipline {

	/** An employee's sanctions across elections, oldest first. */
	public record History(String nip, String employeeName, int sanctions, boolean repeatOffender,
			List<DisciplineEntry> entries) {
	}

	private final DisciplineRows rows;
	private final Sanctions sanctions;
	private final ElectionCalendar elections;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ChangeFeeds feeds;

	DisciplineRegister(DisciplineRows rows, Sanctions sanctions, ElectionCalendar elections, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, ChangeFeeds feeds) {
		this.rows = rows;
		this.sanctions = sanctions;
		this.elections = elections;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.feeds = feeds;
	}

	/** Enters the sanction the PPK imposed on a case, once it is settled; once per case. */
	void enter(CaseSnapshot c) {
		CaseSnapshot.FollowUp followUp = c.followUp();
		String nip = c.subject().nip();
		Sanction sanction = sanctions.find(followUp.sanctionCode()).orElseThrow();
		LocalDate due = followUp.decreeDate().plusDays(DisciplineEntry.DELIVERY_DAYS);
		LocalDate effective = DisciplineEntry.effectiveOn(due);
		LocalDate incident = c.incidentDate();
		boolean repeat = !rows.decidedBefore(nip, incident == null ? followUp.decreeDate() : incident).isEmpty();
		DisciplineEntry entry = new DisciplineEntry(UUID.randomUUID(), c.id(), c.complaintNumber(), nip, c.subject().name(),
				c.subject().employerCode(), c.review() == null ? List.of() : c.review().violations(), incident,
				incident == null ? null : electionOf(incident).map(Election::code).orElse(null), sanction.code(),
				sanction.kind(), sanction.level(), followUp.decreeNumber(), followUp.decreeDate(), due, null, effective,
				true, sanction.durationMonths(), DisciplineEntry.endsOn(effective, sanction.durationMonths()), repeat,
				clock.instant(), 0, DisciplineEntry.Source.NETRA, sanction.legalBasis(), DisciplineEntry.Standing.IN_FORCE, null);
		if (!rows.insertOnce(entry)) {
			return;
		}
		audit.record("enforcement.discipline.entered", nip,
				c.complaintNumber() + ": " + sanction.code() + ", " + followUp.decreeNumber());
		events.publishEvent(SanctionRecorded.of(entry));
	}

	/** The PPK (or BKN) records when the employee received the decree: the effective date follows from it. */
	@Transactional
	public DisciplineEntry recordDelivery(Actor actor, UUID id, LocalDate deliveredOn) {
		DisciplineEntry entry = rows.find(id)
			.filter(e -> EnforcementScope.of(actor).covers(e.employerCode()))
			.orElseThrow(() -> DomainException.notFound("enforcement.discipline.notFound", id));
		if (!actor.has(Role.PPK) && !actor.has(Role.AUDITOR) && !actor.has(Role.CIVIL_SERVICE_AGENCY)) {
			audit.recordRefusal("enforcement.discipline.delivery", entry.nip(), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "enforcement.discipline.deliveryForbidden");
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
		if (deliveredOn == null) {
			problems.reject("deliveredOn", "validation.required");
		}
		else if (deliveredOn.isBefore(entry.decreeDate())) {
			problems.reject("deliveredOn", "enforcement.discipline.deliveredBeforeDecree", entry.decreeDate());
		}
		else if (deliveredOn.isAfter(today)) {
			problems.reject("deliveredOn", "enforcement.discipline.deliveredInFuture");
		}
		problems.throwIfAny();
		LocalDate effective = DisciplineEntry.effectiveOn(deliveredOn);
		if (!rows.recordDelivery(id, entry.version(), deliveredOn, effective,
				DisciplineEntry.endsOn(effective, entry.durationMonths()))) {
			throw DomainException.conflict("enforcement.discipline.changed");
		}
		audit.record("enforcement.discipline.delivered", entry.nip(), entry.complaintNumber() + ": " + deliveredOn);
		return rows.find(id).orElseThrow();
	}

	/** One entry of the register, as the actor may see it (the id in a sanction.recorded event). */
	@Transactional(readOnly = true)
	public DisciplineEntry find(Actor actor, UUID id) {
		EnforcementScope scope = EnforcementScope.of(actor);
		return rows.find(id)
			.filter(e -> scope.covers(e.employerCode()))
			.orElseThrow(() -> DomainException.notFound("enforcement.discipline.notFound", id));
	}

	/** An employee's sanctions across elections, as the actor may see them. */
	@Transactional(readOnly = true)
	public History history(Actor actor, String nip) {
		EnforcementScope scope = EnforcementScope.of(actor);
		Nip checked = Nip.of(nip == null ? "" : nip.replace(" ", ""));
		List<DisciplineEntry> entries = rows
			.search(new DisciplineRows.Filter(checked.value(), scope.narrow(null), null, null), 0, 1000)
			.stream()
			.sorted(Comparator.comparing(DisciplineEntry::decreeDate))
			.toList();
		String name = entries.isEmpty() ? null : entries.get(entries.size() - 1).employeeName();
		return new History(checked.value(), name, entries.size(), entries.size() > 1, entries);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Sanctioned> sanctionsOf(Actor actor, String nip) {
		if (EnforcementScope.ofAny(actor).isEmpty()) {
			// a regional body, refused the national register, still opens the employee page in its region
			return List.of();
		}
		return history(actor, nip).entries()
			.stream()
			.map(e -> new Sanctioned(e.sanctionCode(), e.complaintNumber(), e.decreeNumber(), e.decreeDate(),
					e.effectiveOn(), e.endsOn()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Page<DisciplineEntry> search(Actor actor, String employerCode, SanctionLevel level, String electionCode,
			int page, int size) {
		DisciplineRows.Filter filter = new DisciplineRows.Filter(null, EnforcementScope.of(actor).narrow(employerCode),
				level, electionCode == null || electionCode.isBlank() ? null : electionCode.trim());
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNumber = Math.max(page, 0);
		return new Page<>(rows.search(filter, pageNumber * pageSize, pageSize), pageNumber, pageSize,
				rows.count(filter));
	}

	/**
	 * The register's entries in the actor's scope changed after {@code from}, in the order the changes became
	 * visible, each change once (ADR 0043). The feed is numbered first, in a transaction of its own.
	 */
	public Page<DisciplineEntry> changes(Actor actor, ChangeCursor from, int size) {
		String employer = EnforcementScope.of(actor).narrow(null);
		return feeds.changes(DisciplineRows.FEED, from, size, (after, since) -> rows.countChanges(employer, after, since),
				(after, since, limit) -> rows.changes(employer, after, since, limit));
	}

	Optional<DisciplineEntry> forCase(UUID caseId) {
		return rows.forCase(caseId);
	}

	/** Sanctions decided before the given day: casework raises the recommended level of a repeat offence. */
	Optional<CaseControls.PriorOffences> priorOffences(String nip, LocalDate before) {
		List<DisciplineEntry> prior = rows.decidedBefore(nip, before);
		if (prior.isEmpty()) {
			return Optional.empty();
		}
		SanctionLevel heaviest = prior.stream().map(DisciplineEntry::sanctionLevel).max(Enum::compareTo).orElseThrow();
		return Optional.of(new CaseControls.PriorOffences(prior.size(), heaviest,
				prior.get(prior.size() - 1).decreeDate()));
	}

	/** The election whose stages were under way on the day (the first of several overlapping ones). */
	private Optional<Election> electionOf(LocalDate day) {
		return elections.elections()
			.stream()
			.filter(e -> !e.phases().isEmpty() && !day.isBefore(e.phases().get(0).start())
					&& !day.isAfter(e.phases().get(e.phases().size() - 1).end()))
			.findFirst();
	}
}
