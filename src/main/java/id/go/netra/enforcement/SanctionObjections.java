package id.go.netra.enforcement;

import static id.go.netra.enforcement.BlockRows.at;
import static id.go.netra.enforcement.BlockRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.SanctionKind;
import id.go.netra.catalog.Sanctions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Objections against a sanction in the register (PP 94/2021, upaya administratif). The employee's PPK files one on
 * the employee's behalf (or BKN does), naming the day it was filed: the route and its time limits come from
 * {@link ObjectionRoutes}, counted in working days from the day the employee received the decree (the day the
 * register records, else the latest it can be); one filed late is recorded as late, never silently accepted. The
 * deciding body's outcome, recorded with its decree, upholds, changes or annuls the register entry.
 */
@Service
public class SanctionObjections {

	/** {@code body}, when given, names the deciding body the filer means: SUPERIOR or BPASN. */
	public record Filing(LocalDate filedOn, String grounds, String body) {
	}

	/** {@code sanction} is the catalogue code of the new sanction for CHANGED; {@code version} guards the record. */
	public record Decision(SanctionObjection.Outcome outcome, String decreeNumber, LocalDate decreeDate,
			String sanction, Integer version) {
	}

	static final int MIN_GROUNDS = 20;
	static final int MAX_GROUNDS = 8000;

	private final JdbcClient jdbc;
	private final DisciplineRows register;
	private final ObjectionRoutes routes;
	private final Sanctions sanctions;
	private final BusinessCalendar calendar;
	private final AuditTrail audit;
	private final Clock clock;

	SanctionObjections(JdbcClient jdbc, DisciplineRows register, ObjectionRoutes routes, Sanctions sanctions,
			BusinessCalendar calendar, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.register = register;
		this.routes = routes;
		this.sanctions = sanctions;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public SanctionObjection file(Actor actor, UUID caseId, Filing filing) {
		requireFiler(actor, "enforcement.objection.file", "case " + caseId);
		DisciplineEntry entry = register.forCase(caseId)
			.filter(e -> EnforcementScope.ofAny(actor).map(scope -> scope.covers(e.employerCode())).orElse(false))
			.orElseThrow(() -> DomainException.notFound("enforcement.objection.noSanction"));
		return file(entry, filing, actor.name(), actor.displayName(), actor.agencyCode());
	}

	/**
	 * The employee's own objection, through the personal link of the hearing module (who has proven who they are):
	 * recorded as filed by the employee, under their employer.
	 */
	@Transactional
	public SanctionObjection fileByEmployee(UUID caseId, String nip, String employeeName, Filing filing) {
		DisciplineEntry entry = register.forCase(caseId)
			.filter(e -> nip.equals(e.nip()))
			.orElseThrow(() -> DomainException.notFound("enforcement.objection.noSanction"));
		return file(entry, filing, "pegawai:" + nip, employeeName, entry.employerCode());
	}

	/** The objection in force against the case's sanction, or the newest decided one; for the employee's page. */
	public Optional<SanctionObjection> latestForCase(UUID caseId) {
		return jdbc.sql("select * from sanction_objection where case_id = :id order by filed_at desc")
			.param("id", caseId)
			.query(this::map)
			.stream()
			.findFirst();
	}

	/** The sanction of the case as the register holds it, for the employee's page: name code and decree. */
	public Optional<DisciplineEntry> sanctionOf(UUID caseId) {
		return register.forCase(caseId);
	}

	private SanctionObjection file(DisciplineEntry entry, Filing filing, String by, String byName, String agency) {
		Sanction sanction = sanctions.find(entry.sanctionCode()).orElseThrow();
		ObjectionRoutes.Route route = routes.forSanction(sanction)
			.orElseThrow(() -> DomainException.invalid("enforcement.objection.noRoute", sanction.name()));
		InvalidInput.Collector problems = new InvalidInput.Collector();
		LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
		LocalDate filedOn = filing == null ? null : filing.filedOn();
		if (filedOn == null) {
			problems.reject("filedOn", "validation.required");
		}
		else if (filedOn.isAfter(today)) {
			problems.reject("filedOn", "enforcement.objection.filedInFuture");
		}
		else if (filedOn.isBefore(entry.decreeDate())) {
			problems.reject("filedOn", "enforcement.objection.filedBeforeDecree", entry.decreeDate());
		}
		String grounds = text(filing == null ? null : filing.grounds(), "grounds", problems);
		if (filing != null && !Texts.isBlank(filing.body())
				&& !filing.body().trim().toUpperCase(Locale.ROOT).equals(route.route().name())) {
			problems.reject("body", "enforcement.objection.wrongBody." + route.route());
		}
		problems.throwIfAny();
		if (entry.standing() != DisciplineEntry.Standing.IN_FORCE) {
			throw DomainException.conflict("enforcement.objection.notInForce");
		}
		if (open(entry.id()).isPresent()) {
			throw DomainException.conflict("enforcement.objection.alreadyOpen");
		}

		LocalDate received = entry.deliveredOn() != null ? entry.deliveredOn() : entry.deliveryDueOn();
		LocalDate fileBy = calendar.plusWorkingDays(received, route.fileWithinWorkingDays());
		boolean inTime = !filedOn.isAfter(fileBy);
		LocalDate decisionDue = calendar.plusWorkingDays(filedOn, route.decideWithinWorkingDays());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into sanction_objection (id, entry_id, case_id, complaint_number, employer_code, route,
				  received_on, file_by, filed_on, in_time, grounds, decision_due_on, filed_at, filed_by, filed_by_name,
				  filed_by_agency, version)
				values (:id, :entry, :caseId, :number, :employer, :route, :received, :fileBy, :filedOn, :inTime,
				  :grounds, :due, :now, :by, :name, :agency, 0)
				""")
			.param("id", id)
			.param("entry", entry.id())
			.param("caseId", entry.caseId())
			.param("number", entry.complaintNumber())
			.param("employer", entry.employerCode())
			.param("route", route.route().name())
			.param("received", received)
			.param("fileBy", fileBy)
			.param("filedOn", filedOn)
			.param("inTime", inTime)
			.param("grounds", grounds)
			.param("due", decisionDue)
			.param("now", at(clock.instant()))
			.param("by", by)
			.param("name", byName)
			.param("agency", agency)
			.update();
		audit.record("enforcement.objection.filed", entry.nip(), entry.complaintNumber() + ": " + route.route()
				+ (inTime ? ", dalam tenggat" : ", lewat tenggat " + fileBy));
		return load(id).orElseThrow();
	}

	@Transactional
	public SanctionObjection decide(Actor actor, UUID id, Decision decision) {
		requireFiler(actor, "enforcement.objection.decide", "objection " + id);
		SanctionObjection objection = load(id)
			.filter(o -> EnforcementScope.ofAny(actor).map(scope -> scope.covers(o.employerCode())).orElse(false))
			.orElseThrow(() -> DomainException.notFound("enforcement.objection.notFound"));
		DisciplineEntry entry = register.find(objection.entryId()).orElseThrow();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
		SanctionObjection.Outcome outcome = decision == null ? null : decision.outcome();
		if (outcome == null) {
			problems.reject("outcome", "enforcement.objection.outcomeRequired");
		}
		String decree = decision == null || Texts.isBlank(decision.decreeNumber()) ? null
				: decision.decreeNumber().trim();
		if (decree == null) {
			problems.reject("decreeNumber", "validation.required");
		}
		else if (decree.length() > 100) {
			problems.reject("decreeNumber", "validation.tooLongMax", 100);
		}
		LocalDate decreeDate = decision == null ? null : decision.decreeDate();
		if (decreeDate == null) {
			problems.reject("decreeDate", "validation.required");
		}
		else if (decreeDate.isAfter(today)) {
			problems.reject("decreeDate", "enforcement.objection.decidedInFuture");
		}
		else if (decreeDate.isBefore(objection.filedOn())) {
			problems.reject("decreeDate", "enforcement.objection.decidedBeforeFiling", objection.filedOn());
		}
		Sanction changedTo = null;
		if (outcome == SanctionObjection.Outcome.CHANGED) {
			String code = decision.sanction() == null ? "" : decision.sanction().trim().toUpperCase(Locale.ROOT);
			changedTo = sanctions.find(code).filter(Sanction::active).orElse(null);
			if (code.isEmpty()) {
				problems.reject("sanction", "enforcement.objection.sanctionRequired");
			}
			else if (changedTo == null || changedTo.kind() != SanctionKind.DISCIPLINE) {
				problems.reject("sanction", "enforcement.objection.sanctionUnknown", code);
			}
			else if (changedTo.code().equals(entry.sanctionCode())) {
				problems.reject("sanction", "enforcement.objection.sanctionSame");
			}
		}
		problems.throwIfAny();
		if (objection.decided()) {
			throw DomainException.conflict("enforcement.objection.alreadyDecided");
		}

		boolean applied = switch (outcome) {
			case UPHELD -> true;
			case CHANGED -> register.change(entry.id(), entry.version(), changedTo,
					DisciplineEntry.endsOn(entry.effectiveOn(), changedTo.durationMonths()));
			case ANNULLED -> register.annul(entry.id(), entry.version());
		};
		int updated = jdbc.sql("""
				update sanction_objection set outcome = :outcome, decree_number = :decree, decree_date = :decreeDate,
				  changed_to = :changedTo, decided_at = :now, decided_by = :by, decided_by_name = :name,
				  version = version + 1
				where id = :id and version = :version and outcome is null
				""")
			.param("outcome", outcome.name())
			.param("decree", decree)
			.param("decreeDate", decreeDate)
			.param("changedTo", changedTo == null ? null : changedTo.code())
			.param("now", at(clock.instant()))
			.param("by", actor.name())
			.param("name", actor.displayName())
			.param("id", id)
			.param("version", decision.version() == null ? objection.version() : decision.version())
			.update();
		if (!applied || updated != 1) {
			throw DomainException.conflict("enforcement.objection.changed");
		}
		audit.record("enforcement.objection.decided", entry.nip(), entry.complaintNumber() + ": " + outcome
				+ (changedTo == null ? "" : " " + entry.sanctionCode() + " -> " + changedTo.code()) + ", " + decree);
		return load(id).orElseThrow();
	}

	/** A case's objections, newest first, as the actor may see the register. */
	@Transactional(readOnly = true)
	public List<SanctionObjection> forCase(Actor actor, UUID caseId) {
		EnforcementScope scope = EnforcementScope.of(actor);
		return jdbc.sql("select * from sanction_objection where case_id = :caseId order by filed_at desc")
			.param("caseId", caseId)
			.query(this::map)
			.list()
			.stream()
			.filter(o -> scope.covers(o.employerCode()))
			.toList();
	}

	private Optional<SanctionObjection> open(UUID entryId) {
		return jdbc.sql("select * from sanction_objection where entry_id = :entry and outcome is null")
			.param("entry", entryId)
			.query(this::map)
			.optional();
	}

	private Optional<SanctionObjection> load(UUID id) {
		return jdbc.sql("select * from sanction_objection where id = :id").param("id", id).query(this::map).optional();
	}

	private void requireFiler(Actor actor, String action, String target) {
		if (!actor.has(Role.PPK) && !actor.has(Role.CIVIL_SERVICE_AGENCY)) {
			audit.recordRefusal(action, target, "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "enforcement.objection.forbidden");
		}
	}

	private static String text(String given, String field, InvalidInput.Collector problems) {
		String text = given == null ? "" : Texts.received(given).trim();
		if (text.isEmpty()) {
			problems.reject(field, "validation.required");
		}
		else if (text.length() < MIN_GROUNDS) {
			problems.reject(field, "enforcement.objection.groundsTooShort", MIN_GROUNDS);
		}
		else if (text.length() > MAX_GROUNDS) {
			problems.reject(field, "validation.tooLongMax", MAX_GROUNDS);
		}
		return text;
	}

	private SanctionObjection map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		ObjectionRoutes.Body body = ObjectionRoutes.Body.valueOf(rs.getString("route"));
		return new SanctionObjection(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getString("complaint_number"), rs.getString("employer_code"),
				body.name(), routes.legalBasis(body), rs.getObject("received_on", LocalDate.class),
				rs.getObject("file_by", LocalDate.class), rs.getObject("filed_on", LocalDate.class),
				rs.getBoolean("in_time"), rs.getString("grounds"), rs.getObject("decision_due_on", LocalDate.class),
				instant(rs, "filed_at"), rs.getString("filed_by_name"), rs.getString("filed_by_agency"),
				outcome == null ? null : SanctionObjection.Outcome.valueOf(outcome), rs.getString("decree_number"),
				rs.getObject("decree_date", LocalDate.class), rs.getString("changed_to"), instant(rs, "decided_at"),
				rs.getString("decided_by_name"), rs.getInt("version"));
	}
}
