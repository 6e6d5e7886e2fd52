package id.go.netra.audit;

import java.time.LocalDate;

import id.go.netra.audit.AuditRecord.Outcome;

/** Filters for browsing the trail; null or blank means "any". Dates are inclusive, in Asia/Jakarta. */
public record AuditQuery(String actor, String action, String agencyCode, Outcome outcome, LocalDate from,
		LocalDate to, int page, int size) {

	public AuditQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 50 : Math.min(size, 500);
	}
}
