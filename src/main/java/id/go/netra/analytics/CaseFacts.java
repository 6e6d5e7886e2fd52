package id.go.netra.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.Case;
import id.go.netra.casework.CaseOverdue;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.CaseTransitioned;
import id.go.netra.casework.Casework;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * Keeps {@code case_fact} current: every transition of a case rewrites its row from the case as it now stands
 * (so events arriving in any order converge on the same row), and {@link FactBackfill} fills the rows of cases
 * older than the read model.
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

	@ApplicationModuleListener
	void on(CaseTransitioned moved) {
		refresh(moved.caseId());
	}

	@ApplicationModuleListener
	void on(CaseOverdue overdue) {
		refresh(overdue.caseId());
	}

	/**
	 * Rewrites the case's row from the case as it stands now. The events of one case are handled concurrently,
	 * so the row is created if missing and locked first, and the case read only then: whichever listener writes
	 * last writes the latest state.
	 */
	void refresh(UUID caseId) {
		Optional<Case> seen = casework.load(caseId);
		if (seen.isEmpty()) {
			return;
		}
		Case first = seen.get();
		jdbc.sql("""
				insert into case_fact (case_id, complaint_number, source, status, is_open, identity_resolved, filed_at,
				  filed_on, updated_at)
				values (:id, :number, :source, :status, :open, :resolved, :filedAt, :filedOn, :updatedAt)
				on conflict do nothing
				""")
			.param("id", first.id())
			.param("number", first.complaintNumber())
			.param("source", first.source())
			.param("status", first.status().name())
			.param("open", first.status().isOpen())
			.param("resolved", first.subject().resolved())
			.param("filedAt", at(first.filedAt()))
			.param("filedOn", first.filedAt().atZone(BusinessCalendar.ZONE).toLocalDate())
			.param("updatedAt", at(first.updatedAt()))
			.update();
		jdbc.sql("select case_id from case_fact where case_id = :id for update").param("id", caseId).query(UUID.class)
			.single();
		List<CaseTally.Item> before = tally.itemsOf(caseId);
		casework.load(caseId).ifPresent(this::write);
		tally.move(before, tally.itemsOf(caseId));
	}

	private void write(Case c) {
		Case.Subject s = c.subject();
		String region = c.regionCode();
		String employerKind = s.employerCode() == null ? null
				: employers.find(s.employerCode()).map(Employer::kind).map(Enum::name).orElse(null);
		Instant sanctioned = c.status() == CaseStatus.SANCTIONED ? c.closedAt() : null;
		Instant forwarded = c.recommendation() == null ? null : c.recommendation().issuedAt();
		Instant followedUp = c.followUp() == null ? null : c.followUp().recordedAt();
		jdbc.sql("""
				update case_fact set status = :status, is_open = :open, overdue = :overdue, identity_resolved = :resolved,
				  employer_code = :employer, employer_kind = :employerKind, region_code = :region,
				  province_code = :province, regency_code = :regency, work_region_code = :workRegion,
				  position_class = :positionClass, recommended_level = :level, incident_date = :incident,
				  forwarded_at = :forwardedAt, followed_up_at = :followedUpAt, sanctioned_at = :sanctionedAt,
				  closed_at = :closedAt, days_to_follow_up = :daysToFollowUp, days_to_sanction = :daysToSanction,
				  updated_at = :updatedAt, tallied = true
				where case_id = :id
				""")
			.param("id", c.id())
			.param("status", c.status().name())
			.param("open", c.status().isOpen())
			.param("overdue", c.overdue())
			.param("resolved", s.resolved())
			.param("employer", s.employerCode())
			.param("employerKind", employerKind)
			.param("region", region)
			.param("province", region == null ? null : region.substring(0, Math.min(2, region.length())))
			.param("regency", region == null || region.length() < 5 ? null : region.substring(0, 5))
			.param("workRegion", s.workRegionCode())
			.param("positionClass", s.positionClass())
			.param("level", c.recommendedLevel() == null ? null : c.recommendedLevel().name())
			.param("incident", c.incidentDate())
			.param("forwardedAt", at(forwarded))
			.param("followedUpAt", at(followedUp))
			.param("sanctionedAt", at(sanctioned))
			.param("closedAt", at(c.closedAt()))
			.param("daysToFollowUp", days(forwarded, followedUp))
			.param("daysToSanction", days(forwarded, sanctioned))
			.param("updatedAt", at(c.updatedAt()))
			.update();
		jdbc.sql("delete from case_fact_region where case_id = :id").param("id", c.id()).update();
		for (String code : regionsOf(region, s.workRegionCode())) {
			jdbc.sql("insert into case_fact_region (case_id, region_code) values (:id, :code)")
				.param("id", c.id())
				.param("code", code)
				.update();
		}
		jdbc.sql("delete from case_fact_violation where case_id = :id").param("id", c.id()).update();
		if (c.review() != null) {
			for (String code : c.review().violations()) {
				jdbc.sql("insert into case_fact_violation (case_id, violation_code) values (:id, :code)")
					.param("id", c.id())
					.param("code", code)
					.update();
			}
		}
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

	/** Days from one moment to another, to the tenth; null when either is missing. */
	static Double days(Instant from, Instant to) {
		return from == null || to == null ? null
				: Math.round(java.time.Duration.between(from, to).toMinutes() / 144.0) / 10.0;
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
