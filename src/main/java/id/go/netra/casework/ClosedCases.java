package id.go.netra.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases that are over, for the retention schedule (ADR 0029): which closed before a given moment, and which stored
 * files belong to the case record itself (the PPK's decree, Bawaslu's review document) and so are never erased.
 */
@Component
public class ClosedCases {

	/** A closed case and the report it followed. */
	public record ClosedCase(UUID id, String complaintNumber, long reportId, Instant closedAt) {
	}

	private final JdbcClient jdbc;

	ClosedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cases in a closed status whose closing lies before {@code cutoff}, oldest closing first. */
	public List<ClosedCase> closedBefore(Instant cutoff) {
		return jdbc.sql("""
				select id, complaint_number, report_id, closed_at from case_file
				where closed_at < :cutoff and status in (:closed)
				order by closed_at, complaint_number""")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.param("closed", closedStatuses())
			.query((rs, n) -> new ClosedCase(rs.getObject("id", UUID.class), rs.getString("complaint_number"),
					rs.getLong("report_id"), rs.getObject("closed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Of these SHA-256 names, the files a case keeps as part of its record: a decree or a review document. */
	public Set<String> ofTheRecord(Collection<String> sha256) {
		if (sha256.isEmpty()) {
			return Set.of();
		}
		return new TreeSet<>(jdbc.sql("""
				select decree_sha256 from case_file where decree_sha256 in (:files)
				union
				select review_document_sha256 from case_file where review_document_sha256 in (:files)""")
			.param("files", sha256)
			.query(String.class)
			.list());
	}

	private static List<String> closedStatuses() {
		return java.util.Arrays.stream(CaseStatus.values()).filter(s -> !s.isOpen()).map(Enum::name).toList();
	}
}
