package id.go.netra.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.CaseStatus;
import id.go.netra.catalog.BusinessCalendar;

/**
 * A case's row of the read model {@code case_fact} with its regions ({@code case_fact_region}) and proven
 * violations ({@code case_fact_violation}): what {@link CaseFacts} writes and {@link CaseTally} counts, derived in
 * one place from the case as it stands.
 */
record CaseFact(UUID caseId, String complaintNumber, String source, String status, boolean open, boolean overdue,
		boolean identityResolved, String employerCode, String employerKind, String regionCode, String provinceCode,
		String regencyCode, String workRegionCode, String positionClass, String recommendedLevel,
		LocalDate incidentDate, Instant filedAt, LocalDate filedOn, Instant forwardedAt, Instant followedUpAt,
		Instant sanctionedAt, Instant closedAt, Double daysToFollowUp, Double daysToSanction, Instant updatedAt,
		Set<String> regions, List<String> violations) {

	/** The row of a case; {@code employerKind} is the kind of the employee's employer, if known. */
	static CaseFact of(CaseSnapshot c, String employerKind) {
		CaseSnapshot.Subject s = c.subject();
		String region = c.regionCode();
		Instant sanctioned = c.sanctioned() ? c.closedAt() : null;
		Instant forwarded = c.recommendation() == null ? null : c.recommendation().issuedAt();
		Instant followedUp = c.followUp() == null ? null : c.followUp().recordedAt();
		return new CaseFact(c.id(), c.complaintNumber(), c.source(), c.status().name(), c.status().isOpen(),
				c.overdue(), s.resolved(), s.employerCode(), employerKind, region,
				region == null ? null : region.substring(0, Math.min(2, region.length())),
				region == null || region.length() < 5 ? null : region.substring(0, 5), s.workRegionCode(),
				s.positionClass(), c.recommendedLevel() == null ? null : c.recommendedLevel().name(), c.incidentDate(),
				c.filedAt(), c.filedAt().atZone(BusinessCalendar.ZONE).toLocalDate(), forwarded, followedUp, sanctioned,
				c.closedAt(), days(forwarded, followedUp), days(forwarded, sanctioned), c.updatedAt(),
				CaseFacts.regionsOf(region, s.workRegionCode()),
				c.review() == null ? List.of() : List.copyOf(c.review().violations()));
	}

	/** A row as stored, without its regions and violations (see {@link #withDetails}). */
	static CaseFact read(ResultSet rs) throws SQLException {
		return new CaseFact(rs.getObject("case_id", UUID.class), rs.getString("complaint_number"),
				rs.getString("source"), rs.getString("status"), rs.getBoolean("is_open"), rs.getBoolean("overdue"),
				rs.getBoolean("identity_resolved"), rs.getString("employer_code"), rs.getString("employer_kind"),
				rs.getString("region_code"), rs.getString("province_code"), rs.getString("regency_code"),
				rs.getString("work_region_code"), rs.getString("position_class"), rs.getString("recommended_level"),
				rs.getObject("incident_date", LocalDate.class), instant(rs, "filed_at"),
				rs.getObject("filed_on", LocalDate.class), instant(rs, "forwarded_at"), instant(rs, "followed_up_at"),
				instant(rs, "sanctioned_at"), instant(rs, "closed_at"), number(rs, "days_to_follow_up"),
				number(rs, "days_to_sanction"), instant(rs, "updated_at"), Set.of(), List.of());
	}

	/** The same row with its regions and violations. */
	CaseFact withDetails(Set<String> regions, List<String> violations) {
		return new CaseFact(caseId, complaintNumber, source, status, open, overdue, identityResolved, employerCode,
				employerKind, regionCode, provinceCode, regencyCode, workRegionCode, positionClass, recommendedLevel,
				incidentDate, filedAt, filedOn, forwardedAt, followedUpAt, sanctionedAt, closedAt, daysToFollowUp,
				daysToSanction, updatedAt, regions, violations);
	}

	/** Days from one moment to another, to the tenth; null when either is missing. */
	static Double days(Instant from, Instant to) {
		return from == null || to == null ? null
				: Math.round(java.time.Duration.between(from, to).toMinutes() / 144.0) / 10.0;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		return value == null ? null : ((Number) value).doubleValue();
	}
}
