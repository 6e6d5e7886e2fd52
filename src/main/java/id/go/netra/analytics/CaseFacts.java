package id.go.netra.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseChanged;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.Casework;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * Keeps {@code case_fact} current: every change of a case rewrites its row from the snapshot the change carries,
 * in the same transaction as the change itself, so the read model never lags behind the case nor needs an event
 * delivered later (and a report costs no extra commit). A row keeps the case version it was written from and is
 * never overwritten from an older one; {@link FactBackfill} fills the rows of cases older than the read model.
 */
@Component
class CaseFacts {

	private final JdbcClient jdbc;
	private final Casework casework;
	private final Employers employers;
	private final CaseTally tally;

	CaseFacts(JdbcClient jdbc, Casework casework, Employers employers, CaseTally tally) {
		this.tally = tally;
		this.jdbc = jdbc;
		this.casework = casework;
		this.employers = employers;
	}

	/** Runs inside the transaction that saved the case: it commits, or rolls back, with it. */
	@EventListener
	void on(CaseChanged changed) {
		apply(changed.snapshot());
	}

	/** Writes the row of a case with no row yet, from the case as it stands (the backfill). */
	void refresh(UUID caseId) {
		casework.load(caseId).ifPresent(this::apply);
	}

	/**
	 * Writes the case's row from a snapshot, unless the row was written from this version or a newer one. The
	 * first writer inserts the row whole; a later one locks the row, checks its version and rewrites it.
	 */
	void apply(CaseSnapshot c) {
		CaseFact fact = factOf(c);
		if (insertIfAbsent(fact, c.version())) {
			insertDetails(fact);
			tally.move(List.of(), tally.itemsOf(fact));
			return;
		}
		int applied = jdbc.sql("select case_version from case_fact where case_id = :id for update")
			.param("id", c.id())
			.query(Integer.class)
			.single();
		if (applied >= c.version()) {
			return;
		}
		List<CaseTally.Item> before = tally.itemsOf(c.id());
		update(fact, c.version());
		jdbc.sql("delete from case_fact_region where case_id = :id").param("id", c.id()).update();
		jdbc.sql("delete from case_fact_violation where case_id = :id").param("id", c.id()).update();
		insertDetails(fact);
		tally.move(before, tally.itemsOf(fact));
	}

	/** The row of a case as it stands. */
	CaseFact factOf(CaseSnapshot c) {
		String employerCode = c.subject().employerCode();
		return CaseFact.of(c, employerCode == null ? null
				: employers.find(employerCode).map(Employer::kind).map(Enum::name).orElse(null));
	}

	/** Inserts the row, counted, unless the case has one; true if it was inserted. */
	private boolean insertIfAbsent(CaseFact f, int version) {
		return values(jdbc.sql("""
				insert into case_fact (case_id, complaint_number, source, status, is_open, overdue, identity_resolved,
				  employer_code, employer_kind, region_code, province_code, regency_code, work_region_code,
				  position_class, recommended_level, incident_date, filed_at, filed_on, forwarded_at, followed_up_at,
				  sanctioned_at, closed_at, days_to_follow_up, days_to_sanction, updated_at, tallied, case_version)
				values (:id, :number, :source, :status, :open, :overdue, :resolved, :employer, :employerKind, :region,
				  :province, :regency, :workRegion, :positionClass, :level, :incident, :filedAt, :filedOn, :forwardedAt,
				  :followedUpAt, :sanctionedAt, :closedAt, :daysToFollowUp, :daysToSanction, :updatedAt, true, :version)
				on conflict do nothing
				"""), f)
			.param("number", f.complaintNumber())
			.param("source", f.source())
			.param("filedAt", at(f.filedAt()))
			.param("filedOn", f.filedOn())
			.param("version", version)
			.update() == 1;
	}

	private void update(CaseFact f, int version) {
		values(jdbc.sql("""
				update case_fact set status = :status, is_open = :open, overdue = :overdue, identity_resolved = :resolved,
				  employer_code = :employer, employer_kind = :employerKind, region_code = :region,
				  province_code = :province, regency_code = :regency, work_region_code = :workRegion,
				  position_class = :positionClass, recommended_level = :level, incident_date = :incident,
				  forwarded_at = :forwardedAt, followed_up_at = :followedUpAt, sanctioned_at = :sanctionedAt,
				  closed_at = :closedAt, days_to_follow_up = :daysToFollowUp, days_to_sanction = :daysToSanction,
				  updated_at = :updatedAt, tallied = true, case_version = :version
				where case_id = :id
				"""), f)
			.param("version", version)
			.update();
	}

	/** The values a case's row changes with its case. */
	private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec statement, CaseFact f) {
		return statement.param("id", f.caseId())
			.param("status", f.status())
			.param("open", f.open())
			.param("overdue", f.overdue())
			.param("resolved", f.identityResolved())
			.param("employer", f.employerCode())
			.param("employerKind", f.employerKind())
			.param("region", f.regionCode())
			.param("province", f.provinceCode())
			.param("regency", f.regencyCode())
			.param("workRegion", f.workRegionCode())
			.param("positionClass", f.positionClass())
			.param("level", f.recommendedLevel())
			.param("incident", f.incidentDate())
			.param("forwardedAt", at(f.forwardedAt()))
			.param("followedUpAt", at(f.followedUpAt()))
			.param("sanctionedAt", at(f.sanctionedAt()))
			.param("closedAt", at(f.closedAt()))
			.param("daysToFollowUp", f.daysToFollowUp())
			.param("daysToSanction", f.daysToSanction())
			.param("updatedAt", at(f.updatedAt()));
	}

	/** The row's regions and violations, each set in one statement. */
	private void insertDetails(CaseFact f) {
		insertCodes("case_fact_region", "region_code", f.caseId(), f.regions());
		insertCodes("case_fact_violation", "violation_code", f.caseId(), f.violations());
	}

	private void insertCodes(String table, String column, UUID caseId, Collection<String> codes) {
		if (codes.isEmpty()) {
			return;
		}
		List<Object> values = new ArrayList<>();
		codes.forEach(code -> {
			values.add(caseId);
			values.add(code);
		});
		jdbc.sql("insert into " + table + " (case_id, " + column + ") values "
				+ String.join(", ", Collections.nCopies(codes.size(), "(?, ?)")))
			.params(values)
			.update();
	}

	/**
	 * The provinces and regencies or cities a case counts in: those of the act and of the employee's workplace,
	 * so that every regional jurisdiction that covers the case (see CaseScope) finds it under its own code.
	 */
	static Set<String> regionsOf(String... codes) {
		Set<String> regions = new TreeSet<>();
		for (String code : codes) {
			if (code != null && code.length() >= 2) {
				regions.add(code.substring(0, 2));
				if (code.length() >= 5) {
					regions.add(code.substring(0, 5));
				}
			}
		}
		return regions;
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
