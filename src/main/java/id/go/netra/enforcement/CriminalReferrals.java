package id.go.netra.enforcement;

import static id.go.netra.enforcement.BlockRows.at;
import static id.go.netra.enforcement.BlockRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Criminal referrals to Gakkumdu: opened when Bawaslu's review marks a case as an election crime; Bawaslu
 * records each stage in order. Seen by Bawaslu in whose jurisdiction the act happened and by national bodies;
 * never by the PPK.
 */
@Service
public class CriminalReferrals {

	/** Bawaslu records how a stage ended; {@code version} guards against two people recording at once. */
	public record StageRequest(CriminalReferral.Stage stage, CriminalReferral.Outcome outcome, String note,
			Integer version) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CriminalReferrals(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the referral of a case reviewed as criminal; once per case: true when this call opened it. */
	boolean open(CaseSnapshot c) {
		Instant now = clock.instant();
		int inserted = jdbc.sql("""
				insert into criminal_referral (id, case_id, complaint_number, region_code, stage, stage_at, opened_at)
				values (:id, :caseId, :complaintNumber, :region, 'REFERRED', :now, :now)
				on conflict do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("caseId", c.id())
			.param("complaintNumber", c.complaintNumber())
			.param("region", c.regionCode())
			.param("now", at(now))
			.update();
		if (inserted == 1) {
			audit.record("enforcement.referral.opened", c.complaintNumber(), "Gakkumdu");
			jdbc.sql("select id from criminal_referral where case_id = :caseId")
				.param("caseId", c.id())
				.query(UUID.class)
				.optional()
				.flatMap(this::load)
				.ifPresent(referral -> events.publishEvent(ReferralChanged.of(referral)));
		}
		return inserted == 1;
	}

	@Transactional
	public CriminalReferral record(Actor actor, UUID id, StageRequest request) {
		CriminalReferral referral = find(actor, id);
		if (!actor.jurisdiction(Role.ELECTION_SUPERVISOR).map(j -> j.covers(referral.regionCode())).orElse(false)) {
			audit.recordRefusal("enforcement.referral.stage", referral.complaintNumber(), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "enforcement.referral.supervisorOnly");
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (request == null || request.stage() == null) {
			problems.reject("stage", "validation.required").throwIfAny();
		}
		if (request.outcome() == null) {
			problems.reject("outcome", "validation.required");
		}
		String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
		if (note != null && note.length() > 4000) {
			problems.reject("note", "validation.tooLongMax", 4000);
		}
		problems.throwIfAny();
		if (!referral.open()) {
			throw DomainException.conflict("enforcement.referral.closed");
		}
		CriminalReferral.Stage expected = referral.stage().next();
		if (request.stage() != expected) {
			throw DomainException.conflict("enforcement.referral.outOfOrder", expected, request.stage());
		}
		boolean verdict = request.stage() == CriminalReferral.Stage.VERDICT;
		boolean verdictOutcome = request.outcome() == CriminalReferral.Outcome.GUILTY
				|| request.outcome() == CriminalReferral.Outcome.ACQUITTED;
		if (verdict != verdictOutcome) {
			throw new InvalidInput.Collector()
				.reject("outcome", verdict ? "enforcement.referral.verdictOutcome" : "enforcement.referral.stageOutcome")
				.refusal();
		}
		boolean closes = verdict || request.outcome() == CriminalReferral.Outcome.STOPPED;
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update criminal_referral set stage = :stage, stage_at = :now, outcome = :outcome,
				  closed_at = :closedAt, version = version + 1
				where id = :id and version = :version
				""")
			.param("stage", request.stage().name())
			.param("now", at(now))
			.param("outcome", request.outcome().name())
			.param("closedAt", closes ? at(now) : null)
			.param("id", id)
			.param("version", request.version() == null ? referral.version() : request.version())
			.update();
		if (updated != 1) {
			throw DomainException.conflict("enforcement.referral.changed");
		}
		jdbc.sql("""
				insert into criminal_referral_stage (id, referral_id, stage, outcome, note, recorded_at, recorded_by,
				  recorded_by_name, agency_code)
				values (:id, :referral, :stage, :outcome, :note, :now, :by, :name, :agency)
				""")
			.param("id", UUID.randomUUID())
			.param("referral", id)
			.param("stage", request.stage().name())
			.param("outcome", request.outcome().name())
			.param("note", note)
			.param("now", at(now))
			.param("by", actor.name())
			.param("name", actor.displayName())
			.param("agency", actor.agencyCode())
			.update();
		audit.record("enforcement.referral.stage", referral.complaintNumber(),
				request.stage() + " " + request.outcome() + (note == null ? "" : ": " + note));
		CriminalReferral recorded = load(id).orElseThrow();
		events.publishEvent(ReferralChanged.of(recorded));
		return recorded;
	}

	@Transactional(readOnly = true)
	public CriminalReferral find(Actor actor, UUID id) {
		return load(id).filter(r -> visible(actor, r))
			.orElseThrow(() -> DomainException.notFound("enforcement.referral.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<CriminalReferral> search(Actor actor, Boolean open) {
		if (actor.roles().keySet().stream().allMatch(role -> role == Role.PPK)) {
			throw new DomainException("forbidden", 403, "enforcement.scope.forbidden");
		}
		return jdbc.sql("select id from criminal_referral" + (open == null ? ""
				: open ? " where closed_at is null" : " where closed_at is not null") + " order by opened_at desc")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::load)
			.flatMap(Optional::stream)
			.filter(r -> visible(actor, r))
			.toList();
	}

	Optional<CriminalReferral> forCase(UUID caseId) {
		return jdbc.sql("select id from criminal_referral where case_id = :caseId")
			.param("caseId", caseId)
			.query(UUID.class)
			.optional()
			.flatMap(this::load);
	}

	/** Bawaslu where the act happened, and any body holding a role other than PPK nationally. */
	private static boolean visible(Actor actor, CriminalReferral r) {
		return actor.roles()
			.entrySet()
			.stream()
			.filter(grant -> grant.getKey() != Role.PPK)
			.map(java.util.Map.Entry::getValue)
			.anyMatch(where -> where.national() || where.covers(r.regionCode()));
	}

	private Optional<CriminalReferral> load(UUID id) {
		List<CriminalReferral.StageRecord> stages = jdbc
			.sql("select * from criminal_referral_stage where referral_id = :id order by recorded_at")
			.param("id", id)
			.query((rs, row) -> new CriminalReferral.StageRecord(CriminalReferral.Stage.valueOf(rs.getString("stage")),
					CriminalReferral.Outcome.valueOf(rs.getString("outcome")), rs.getString("note"),
					instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getString("recorded_by_name"),
					rs.getString("agency_code")))
			.list();
		return jdbc.sql("select * from criminal_referral where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs, stages))
			.optional();
	}

	private static CriminalReferral map(ResultSet rs, List<CriminalReferral.StageRecord> stages) throws SQLException {
		String outcome = rs.getString("outcome");
		return new CriminalReferral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("complaint_number"), rs.getString("region_code"),
				CriminalReferral.Stage.valueOf(rs.getString("stage")), instant(rs, "stage_at"),
				outcome == null ? null : CriminalReferral.Outcome.valueOf(outcome), instant(rs, "opened_at"),
				instant(rs, "closed_at"), rs.getInt("version"), stages);
	}
}
