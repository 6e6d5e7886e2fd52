package id.go.netra.reporting;

import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases, once a case has been closed for the retention period (ADR 0029), what identifies its reporter and
 * marks its evidence erased; says which stored files no kept evidence names any more, for the caller to delete
 * through {@link EvidenceStore#forget(String)}. The report row stays: what was reported is part of the case record.
 */
@Component
public class ReportErasure {

	/**
	 * Every column of {@code report} that may identify the reporter or trace them: the one list to change when
	 * the reporter's identity is stored differently. Those the table does not have are skipped.
	 */
	static final List<String> IDENTITY_COLUMNS = List.of("reporter_name", "reporter_email", "reporter_phone",
			"reporter_identity", "source_address");

	private static final int CHUNK = 500;

	/** A stored file that no kept evidence names any more. */
	public record Orphan(String sha256, long size) {
	}

	/** What an erasure touched: the complaint numbers, how many named reporters, the files now orphaned. */
	public record Erased(List<String> complaintNumbers, int identities, List<Orphan> orphans) {
	}

	private final JdbcClient jdbc;
	private volatile List<String> present;

	ReportErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Within the caller's transaction: clears the identity of these reports' reporters (and their wish to be
	 * mailed), marks their evidence erased, and lists the stored files no evidence still kept names. Reports
	 * erased before are left as they are.
	 */
	public Erased erase(Collection<Long> reportIds, Instant at) {
		List<String> numbers = new ArrayList<>();
		int identities = 0;
		TreeMap<String, Long> candidates = new TreeMap<>();
		List<Long> ids = List.copyOf(reportIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			List<Object[]> due = jdbc
				.sql("select complaint_number, anonymous from report where id in (:ids) and identity_erased_at is null")
				.param("ids", chunk)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2) })
				.list();
			for (Object[] row : due) {
				numbers.add((String) row[0]);
				identities += Boolean.TRUE.equals(row[1]) ? 0 : 1;
			}
			// the shared copy and the sealed original (ADR 0024), each a file of its own
			jdbc.sql("select sha256, size_bytes, original_sha256, original_size_bytes from report_evidence"
					+ " where report_id in (:ids) and erased_at is null and sha256 is not null")
				.param("ids", chunk)
				.query((rs, n) -> {
					candidates.merge(rs.getString(1), rs.getLong(2), Math::max);
					String original = rs.getString(3);
					if (original != null && !original.equals(rs.getString(1))) {
						candidates.merge(original, rs.getLong(4), Math::max);
					}
					return n;
				})
				.list();
			jdbc.sql("update report set " + clearedIdentity()
					+ ", notify_on_stage_change = false, identity_erased_at = :at"
					+ " where id in (:ids) and identity_erased_at is null")
				.param("ids", chunk)
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.update();
			jdbc.sql("update report_evidence set erased_at = :at where report_id in (:ids) and erased_at is null")
				.param("ids", chunk)
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.update();
		}
		Set<String> stillKept = stillKept(candidates.keySet());
		List<Orphan> orphans = candidates.entrySet()
			.stream()
			.filter(file -> !stillKept.contains(file.getKey()))
			.map(file -> new Orphan(file.getKey(), file.getValue()))
			.toList();
		return new Erased(List.copyOf(numbers), identities, orphans);
	}

	/** Of these files, those that evidence not erased (of a case still kept) still names. */
	private Set<String> stillKept(Collection<String> sha256) {
		Set<String> kept = new java.util.TreeSet<>();
		List<String> all = List.copyOf(sha256);
		for (int from = 0; from < all.size(); from += CHUNK) {
			kept.addAll(jdbc.sql("select sha256 from report_evidence where sha256 in (:files) and erased_at is null"
					+ " union select original_sha256 from report_evidence where original_sha256 in (:files)"
					+ " and erased_at is null")
				.param("files", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(String.class)
				.list());
		}
		return kept;
	}

	private String clearedIdentity() {
		List<String> columns = present;
		if (columns == null) {
			columns = jdbc.sql("select * from report where 1 = 0").query(rs -> {
				ResultSetMetaData meta = rs.getMetaData();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
				}
				return IDENTITY_COLUMNS.stream().filter(names::contains).toList();
			});
			present = columns;
		}
		return String.join(", ", columns.stream().map(column -> column + " = null").toList());
	}
}
