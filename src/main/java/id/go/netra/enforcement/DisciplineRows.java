package id.go.netra.enforcement;

import static id.go.netra.enforcement.BlockRows.at;
import static id.go.netra.enforcement.BlockRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.ChangeFeeds;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.SanctionKind;
import id.go.netra.catalog.SanctionLevel;

/** The {@code discipline_entry} table. */
@Repository
class DisciplineRows {

	record Filter(String nip, String employerCode, SanctionLevel level, String electionCode) {
	}

	private final JdbcClient jdbc;

	DisciplineRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Enters a sanction once (a case's once; a second call for the same case changes nothing): true when inserted. */
	boolean insertOnce(DisciplineEntry e) {
		return jdbc.sql("""
				insert into discipline_entry (id, case_id, complaint_number, nip, employee_name, employer_code,
				  violations, incident_date, election_code, sanction_code, sanction_kind, sanction_level, decree_number,
				  decree_date, delivery_due_on, delivered_on, effective_on, effective_estimated, duration_months,
				  ends_on, repeat_offence, recorded_at, source, legal_basis)
				values (:id, :caseId, :complaintNumber, :nip, :name, :employer, :violations, :incidentDate, :election,
				  :sanction, :kind, :level, :decreeNumber, :decreeDate, :deliveryDue, :delivered, :effective,
				  :estimated, :duration, :ends, :repeat, :recordedAt, :source, :legalBasis)
				on conflict do nothing
				""")
			.param("id", e.id())
			.param("caseId", e.caseId())
			.param("complaintNumber", e.complaintNumber())
			.param("nip", e.nip())
			.param("name", e.employeeName())
			.param("employer", e.employerCode())
			.param("violations", String.join(",", e.violations()))
			.param("incidentDate", e.incidentDate())
			.param("election", e.electionCode())
			.param("sanction", e.sanctionCode())
			.param("kind", e.sanctionKind().name())
			.param("level", e.sanctionLevel().name())
			.param("decreeNumber", e.decreeNumber())
			.param("decreeDate", e.decreeDate())
			.param("deliveryDue", e.deliveryDueOn())
			.param("delivered", e.deliveredOn())
			.param("effective", e.effectiveOn())
			.param("estimated", e.effectiveEstimated())
			.param("duration", e.durationMonths())
			.param("ends", e.endsOn())
			.param("repeat", e.repeatOffence())
			.param("recordedAt", at(e.recordedAt()))
			.param("source", e.source().name())
			.param("legalBasis", e.legalBasis())
			.update() == 1;
	}

	/** Whether the register already holds this decree for this employee (how an imported sanction is known again). */
	boolean holds(String nip, String decreeNumber) {
		return jdbc.sql("select count(*) from discipline_entry where nip = :nip and decree_number = :decree")
			.param("nip", nip)
			.param("decree", decreeNumber)
			.query(Long.class)
			.single() > 0;
	}

	boolean recordDelivery(UUID id, int version, LocalDate deliveredOn, LocalDate effectiveOn, LocalDate endsOn) {
		return jdbc.sql("""
				update discipline_entry set delivered_on = :delivered, effective_on = :effective,
				  effective_estimated = false, ends_on = :ends, version = version + 1, change_seq = null,
				  changed_at = current_timestamp
				where id = :id and version = :version
				""")
			.param("delivered", deliveredOn)
			.param("effective", effectiveOn)
			.param("ends", endsOn)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	Optional<DisciplineEntry> find(UUID id) {
		return jdbc.sql("select * from discipline_entry where id = :id").param("id", id).query(DisciplineRows::map)
			.optional();
	}

	Optional<DisciplineEntry> forCase(UUID caseId) {
		return jdbc.sql("select * from discipline_entry where case_id = :caseId")
			.param("caseId", caseId)
			.query(DisciplineRows::map)
			.optional();
	}

	/** An employee's sanctions decided before a day: what makes a new act a repeat offence. */
	List<DisciplineEntry> decidedBefore(String nip, LocalDate day) {
		return jdbc.sql("""
				select * from discipline_entry where nip = :nip and decree_date < :day and standing <> 'ANNULLED'
				order by decree_date""")
			.param("nip", nip)
			.param("day", day)
			.query(DisciplineRows::map)
			.list();
	}

	/** The decision on an objection changed the sanction: the new one in the entry, the imposed one kept. */
	boolean change(UUID id, int version, Sanction to, LocalDate endsOn) {
		return jdbc.sql("""
				update discipline_entry set original_sanction_code = coalesce(original_sanction_code, sanction_code),
				  sanction_code = :code, sanction_kind = :kind, sanction_level = :level, duration_months = :duration,
				  ends_on = :ends, standing = 'CHANGED', version = version + 1, change_seq = null,
				  changed_at = current_timestamp
				where id = :id and version = :version""")
			.param("code", to.code())
			.param("kind", to.kind().name())
			.param("level", to.level().name())
			.param("duration", to.durationMonths())
			.param("ends", endsOn)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** The decision on an objection annulled the sanction. */
	boolean annul(UUID id, int version) {
		return jdbc.sql("""
				update discipline_entry set standing = 'ANNULLED', version = version + 1, change_seq = null,
				  changed_at = current_timestamp
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	List<DisciplineEntry> search(Filter filter, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("select * from discipline_entry where " + where
				+ " order by decree_date desc, id offset :offset rows fetch next :limit rows only")
			.params(params)
			.query(DisciplineRows::map)
			.list();
	}

	/** The change feed's table and name (ADR 0043). */
	static final String FEED = "discipline_entry";

	/** Entries changed after the change numbered {@code after} and at or after {@code since}, in change order. */
	List<ChangeFeeds.Numbered<DisciplineEntry>> changes(String employerCode, long after, Instant since, int limit) {
		Map<String, Object> params = changeParams(employerCode, after, since);
		params.put("limit", limit);
		return jdbc.sql("select * from discipline_entry where " + changed(employerCode)
				+ " order by change_seq fetch first :limit rows only")
			.params(params)
			.query((rs, n) -> new ChangeFeeds.Numbered<>(rs.getLong("change_seq"), map(rs, n)))
			.list();
	}

	long countChanges(String employerCode, long after, Instant since) {
		return jdbc.sql("select count(*) from discipline_entry where " + changed(employerCode))
			.params(changeParams(employerCode, after, since))
			.query(Long.class)
			.single();
	}

	private static String changed(String employerCode) {
		return (employerCode == null ? "" : "employer_code = :employer and ")
				+ "change_seq > :after and changed_at >= :since";
	}

	private static Map<String, Object> changeParams(String employerCode, long after, Instant since) {
		Map<String, Object> params = new HashMap<>();
		params.put("employer", employerCode);
		params.put("after", after);
		params.put("since", at(since));
		return params;
	}

	long count(Filter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from discipline_entry where " + where(filter, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("1 = 1");
		if (filter.nip() != null) {
			where.append(" and nip = :nip");
			params.put("nip", filter.nip());
		}
		if (filter.employerCode() != null) {
			where.append(" and employer_code = :employer");
			params.put("employer", filter.employerCode());
		}
		if (filter.level() != null) {
			where.append(" and sanction_level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.electionCode() != null) {
			where.append(" and election_code = :election");
			params.put("election", filter.electionCode());
		}
		return where.toString();
	}

	private static DisciplineEntry map(ResultSet rs, int row) throws SQLException {
		Object duration = rs.getObject("duration_months");
		return new DisciplineEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("complaint_number"), rs.getString("nip"), rs.getString("employee_name"),
				rs.getString("employer_code"), violations(rs.getString("violations")),
				rs.getObject("incident_date", LocalDate.class), rs.getString("election_code"),
				rs.getString("sanction_code"), SanctionKind.valueOf(rs.getString("sanction_kind")),
				SanctionLevel.valueOf(rs.getString("sanction_level")), rs.getString("decree_number"),
				rs.getObject("decree_date", LocalDate.class), rs.getObject("delivery_due_on", LocalDate.class),
				rs.getObject("delivered_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class),
				rs.getBoolean("effective_estimated"), duration == null ? null : ((Number) duration).intValue(),
				rs.getObject("ends_on", LocalDate.class), rs.getBoolean("repeat_offence"), instant(rs, "recorded_at"),
				rs.getInt("version"), DisciplineEntry.Source.valueOf(rs.getString("source")), rs.getString("legal_basis"),
				DisciplineEntry.Standing.valueOf(rs.getString("standing")), rs.getString("original_sanction_code"));
	}

	private static List<String> violations(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}
}
