package id.go.netra.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.netra.DomainException;
import id.go.netra.catalog.SanctionLevel;

/** The SQL of the case tables: load and save the aggregate with optimistic locking, and its history. */
@Component
class CaseRows {

	/** One line of the history as stored. */
	record HistoryRow(long id, Transition transition, CaseStatus from, CaseStatus to, String actor, String actorName,
			String agencyCode, String role, Instant at, String note) {
	}

	/** Who performs a transition: a person, an agency system, or Netra itself (deadline watch). */
	record ActingAs(String actor, String name, String agencyCode, String role) {

		static final ActingAs SYSTEM = new ActingAs("system", "Netra", null, null);
	}

	private final JdbcClient jdbc;

	CaseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Case> find(UUID id) {
		return jdbc.sql("select * from case_file where id = :id").param("id", id).query(this::mapCase).optional();
	}

	Optional<Case> findByComplaintNumber(String number) {
		return jdbc.sql("select * from case_file where complaint_number = :number")
			.param("number", number)
			.query(this::mapCase)
			.optional();
	}

	void insert(Case c) {
		jdbc.sql("""
				insert into case_file (id, complaint_number, report_id, source, status, stage_started_at, deadline_at,
				  identity_resolved, employee_id, nip, nik, employee_name, employer_code, position_class, position_title,
				  work_region_code, reported_name, reported_employer, incident_date, region_code, summary, filed_at,
				  updated_at, version, changed_at)
				values (:id, :number, :report, :source, :status, :stageStart, :deadline, :resolved, :employeeId, :nip,
				  :nik, :employeeName, :employer, :positionClass, :positionTitle, :workRegion, :reportedName,
				  :reportedEmployer, :incidentDate, :region, :summary, :filedAt, :updatedAt, 0, current_timestamp)
				""")
			.param("id", c.id())
			.param("number", c.complaintNumber())
			.param("report", c.reportId())
			.param("source", c.source())
			.param("status", c.status().name())
			.param("stageStart", at(c.stageStartedAt()))
			.param("deadline", at(c.deadlineAt()))
			.param("resolved", c.subject().resolved())
			.param("employeeId", c.subject().employeeId())
			.param("nip", c.subject().nip())
			.param("nik", c.subject().nik())
			.param("employeeName", c.subject().name())
			.param("employer", c.subject().employerCode())
			.param("positionClass", c.subject().positionClass())
			.param("positionTitle", c.subject().positionTitle())
			.param("workRegion", c.subject().workRegionCode())
			.param("reportedName", c.reportedName())
			.param("reportedEmployer", c.reportedEmployer())
			.param("incidentDate", c.incidentDate())
			.param("region", c.regionCode())
			.param("summary", c.summary())
			.param("filedAt", at(c.filedAt()))
			.param("updatedAt", at(c.updatedAt()))
			.update();
	}

	/**
	 * Saves a changed case; refuses with 409 when someone else changed it since it was loaded. The change feed
	 * numbers it at the next sync (change_seq left null, ADR 0043).
	 */
	void update(Case c) {
		int updated = jdbc.sql("""
				update case_file set status = :status, stage_started_at = :stageStart, deadline_at = :deadline,
				  overdue = :overdue, overdue_since = :overdueSince, reminded = :reminded,
				  identity_resolved = :resolved, employee_id = :employeeId, nip = :nip, nik = :nik,
				  employee_name = :employeeName, employer_code = :employer, position_class = :positionClass,
				  position_title = :positionTitle, work_region_code = :workRegion,
				  criminal = :criminal, review_outcome = :reviewOutcome, review_note = :reviewNote,
				  review_document_sha256 = :reviewDocument,
				  recommended_level = :level, recommended_sanction = :recommendedSanction,
				  recommendation_note = :recommendationNote, recommended_at = :recommendedAt,
				  follow_up_sanction = :sanction, decree_number = :decreeNumber, decree_date = :decreeDate,
				  decree_sha256 = :decreeSha, follow_up_at = :followUpAt, follow_up_in_accordance = :inAccordance,
				  follow_up_audit = :audit, follow_up_lighter_reason = :lighterReason, closing_reason = :closingReason, closing_note = :closingNote,
				  duplicate_of = :duplicateOf, assignee = :assignee, assignee_name = :assigneeName,
				  assigned_at = :assignedAt, updated_at = :updatedAt, closed_at = :closedAt, version = version + 1,
				  change_seq = null, changed_at = current_timestamp
				where id = :id and version = :version
				""")
			.params(values(c))
			.update();
		if (updated != 1) {
			throw DomainException.conflict("casework.concurrentChange");
		}
		if (c.review() != null) {
			jdbc.sql("delete from case_violation where case_id = :id").param("id", c.id()).update();
			for (String code : c.review().violations()) {
				jdbc.sql("insert into case_violation (case_id, violation_code) values (:id, :code)")
					.param("id", c.id())
					.param("code", code)
					.update();
			}
		}
	}

	void history(Case c, Case.Step step, ActingAs who, Instant at) {
		jdbc.sql("""
				insert into case_history (case_id, transition, from_status, to_status, actor, actor_name, agency_code,
				  role, occurred_at, note)
				values (:id, :transition, :from, :to, :actor, :name, :agency, :role, :at, :note)
				""")
			.param("id", c.id())
			.param("transition", step.transition().name())
			.param("from", step.from() == null ? null : step.from().name())
			.param("to", step.to().name())
			.param("actor", who.actor())
			.param("name", who.name())
			.param("agency", who.agencyCode())
			.param("role", who.role())
			.param("at", at(at))
			.param("note", step.note() == null ? null
					: step.note().length() > 4000 ? step.note().substring(0, 4000) : step.note())
			.update();
	}

	List<HistoryRow> history(UUID caseId) {
		return jdbc.sql("select * from case_history where case_id = :id order by occurred_at, id")
			.param("id", caseId)
			.query((rs, n) -> new HistoryRow(rs.getLong("id"), Transition.valueOf(rs.getString("transition")),
					rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
					CaseStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("actor_name"),
					rs.getString("agency_code"), rs.getString("role"), instant(rs, "occurred_at"), rs.getString("note")))
			.list();
	}

	/** Marks a case reminded once: true only for the caller (of all nodes) whose update changed the row. */
	boolean claimReminder(UUID id, Instant deadline) {
		return jdbc.sql("""
				update case_file set reminded = true
				where id = :id and reminded = false and deadline_at = :deadline
				""").param("id", id).param("deadline", at(deadline)).update() == 1;
	}

	record Due(UUID id, Instant deadline, Instant stageStart) {
	}

	/** Open cases whose deadline has passed and are not yet marked; the audit of a lighter sanction pauses the clock. */
	List<Due> overdue(Instant now, int limit) {
		return jdbc.sql("""
				select id, deadline_at, stage_started_at from case_file
				where overdue = false and deadline_at < :now
				  and (follow_up_audit is null or follow_up_audit <> :pending)
				order by deadline_at limit :limit
				""").param("pending", FollowUpAudit.PENDING.name()).param("now", at(now)).param("limit", limit).query(CaseRows::due).list();
	}

	List<Due> unreminded(Instant horizon, int limit) {
		return jdbc.sql("""
				select id, deadline_at, stage_started_at from case_file
				where reminded = false and overdue = false and deadline_at is not null and deadline_at < :horizon
				  and (follow_up_audit is null or follow_up_audit <> :pending)
				order by deadline_at limit :limit
				""").param("pending", FollowUpAudit.PENDING.name()).param("horizon", at(horizon)).param("limit", limit).query(CaseRows::due).list();
	}

	private static Due due(ResultSet rs, int n) throws SQLException {
		return new Due(rs.getObject("id", UUID.class), instant(rs, "deadline_at"), instant(rs, "stage_started_at"));
	}

	List<String> violations(UUID caseId) {
		return jdbc.sql("select violation_code from case_violation where case_id = :id order by violation_code")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

	private Map<String, Object> values(Case c) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("id", c.id());
		v.put("version", c.version());
		v.put("status", c.status().name());
		v.put("stageStart", at(c.stageStartedAt()));
		v.put("deadline", at(c.deadlineAt()));
		v.put("overdue", c.overdue());
		v.put("overdueSince", at(c.overdueSince()));
		v.put("reminded", c.reminded());
		CaseSnapshot.Subject s = c.subject();
		v.put("resolved", s.resolved());
		v.put("employeeId", s.employeeId());
		v.put("nip", s.nip());
		v.put("nik", s.nik());
		v.put("employeeName", s.name());
		v.put("employer", s.employerCode());
		v.put("positionClass", s.positionClass());
		v.put("positionTitle", s.positionTitle());
		v.put("workRegion", s.workRegionCode());
		CaseSnapshot.Review r = c.review();
		v.put("criminal", r != null && r.criminal());
		v.put("reviewOutcome", r == null ? null : r.outcome());
		v.put("reviewNote", r == null ? null : r.note());
		v.put("reviewDocument", r == null ? null : r.documentSha256());
		v.put("level", c.recommendedLevel() == null ? null : c.recommendedLevel().name());
		CaseSnapshot.Recommendation rec = c.recommendation();
		v.put("recommendedSanction", rec == null ? null : rec.sanctionCode());
		v.put("recommendationNote", rec == null ? null : rec.note());
		v.put("recommendedAt", rec == null ? null : at(rec.issuedAt()));
		CaseSnapshot.FollowUp f = c.followUp();
		v.put("sanction", f == null ? null : f.sanctionCode());
		v.put("decreeNumber", f == null ? null : f.decreeNumber());
		v.put("decreeDate", f == null ? null : f.decreeDate());
		v.put("decreeSha", f == null ? null : f.decreeSha256());
		v.put("followUpAt", f == null ? null : at(f.recordedAt()));
		v.put("inAccordance", f == null ? null : f.inAccordance());
		v.put("audit", f == null || f.audit() == null ? null : f.audit().name());
		v.put("lighterReason", f == null ? null : f.lighterReason());
		CaseSnapshot.Closing closing = c.closing();
		v.put("closingReason", closing == null ? null : closing.reason());
		v.put("closingNote", closing == null ? null : closing.note());
		v.put("duplicateOf", closing == null ? null : closing.duplicateOf());
		CaseSnapshot.Assignment a = c.assignment();
		v.put("assignee", a == null ? null : a.actor());
		v.put("assigneeName", a == null ? null : a.name());
		v.put("assignedAt", a == null ? null : at(a.since()));
		v.put("updatedAt", at(c.updatedAt()));
		v.put("closedAt", at(c.closedAt()));
		return v;
	}

	Case mapCase(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		CaseSnapshot.Subject subject = new CaseSnapshot.Subject(rs.getBoolean("identity_resolved"), (Long) rs.getObject("employee_id", Long.class),
				rs.getString("nip"), rs.getString("nik"), rs.getString("employee_name"), rs.getString("employer_code"),
				rs.getString("position_class"), rs.getString("position_title"), rs.getString("work_region_code"));
		String outcome = rs.getString("review_outcome");
		CaseSnapshot.Review review = outcome == null ? null
				: new CaseSnapshot.Review(outcome, violations(id), rs.getBoolean("criminal"), rs.getString("review_note"),
						rs.getString("review_document_sha256"));
		String level = rs.getString("recommended_level");
		Instant recommendedAt = instant(rs, "recommended_at");
		CaseSnapshot.Recommendation recommendation = recommendedAt == null ? null
				: new CaseSnapshot.Recommendation(level == null ? null : SanctionLevel.valueOf(level),
						rs.getString("recommended_sanction"), rs.getString("recommendation_note"), recommendedAt);
		Instant followUpAt = instant(rs, "follow_up_at");
		CaseSnapshot.FollowUp followUp = followUpAt == null ? null
				: new CaseSnapshot.FollowUp(rs.getString("follow_up_sanction"), rs.getString("decree_number"),
						rs.getObject("decree_date", LocalDate.class), rs.getString("decree_sha256"), followUpAt,
						rs.getBoolean("follow_up_in_accordance"), audit(rs.getString("follow_up_audit")),
						rs.getString("follow_up_lighter_reason"));
		String closingReason = rs.getString("closing_reason");
		CaseSnapshot.Closing closing = closingReason == null ? null
				: new CaseSnapshot.Closing(closingReason, rs.getString("closing_note"), rs.getObject("duplicate_of", UUID.class));
		String assignee = rs.getString("assignee");
		CaseSnapshot.Assignment assignment = assignee == null ? null
				: new CaseSnapshot.Assignment(assignee, rs.getString("assignee_name"), instant(rs, "assigned_at"));
		return new Case(id, rs.getString("complaint_number"), rs.getLong("report_id"), rs.getString("source"),
				rs.getString("reported_name"), rs.getString("reported_employer"),
				rs.getObject("incident_date", LocalDate.class), rs.getString("region_code"), rs.getString("summary"),
				instant(rs, "filed_at"), rs.getInt("version"), CaseStatus.valueOf(rs.getString("status")),
				instant(rs, "stage_started_at"), instant(rs, "deadline_at"), rs.getBoolean("overdue"),
				instant(rs, "overdue_since"), rs.getBoolean("reminded"), subject, review,
				level == null ? null : SanctionLevel.valueOf(level), recommendation, followUp, closing, assignment,
				instant(rs, "updated_at"), instant(rs, "closed_at"));
	}

	private static FollowUpAudit audit(String stored) {
		return stored == null ? null : FollowUpAudit.valueOf(stored);
	}

	List<UUID> idsAfter(UUID after, int limit) {
		return jdbc.sql("select id from case_file" + (after == null ? "" : " where id > :after")
				+ " order by id fetch first :limit rows only")
			.params(after == null ? Map.of("limit", limit) : Map.of("after", after, "limit", limit))
			.query(UUID.class)
			.list();
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
