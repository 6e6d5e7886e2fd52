package id.go.netra.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The SQL of the report tables. */
final class ReportRows {

	private static final String COLUMNS = """
			id, complaint_number, kind, filed_by, filed_by_agency, reported_nip, reported_nik, reported_name,
			reported_employer, reported_position, incident_date, region_code, description,
			case when reporter_identity is null then false else true end as named, filed_at, lapor_number""";

	private final JdbcClient jdbc;

	ReportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Report> find(ComplaintNumber number) {
		return jdbc.sql("select " + COLUMNS + " from report where complaint_number = :number")
			.param("number", number.value())
			.query(ReportRows::report)
			.optional();
	}

	Optional<Report> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from report where id = :id").param("id", id).query(ReportRows::report).optional();
	}

	/** The sealed identity of a named public reporter who asked to hear of stage changes. */
	Optional<Sealed> stageNoticeIdentity(ComplaintNumber number) {
		return jdbc.sql("""
				select id, reporter_identity from report
				where complaint_number = :number and channel = 'PUBLIC' and anonymous = false
				  and notify_on_stage_change = true and reporter_identity is not null
				""").param("number", number.value()).query(ReportRows::sealed).optional();
	}

	/** The sealed identity of a report's reporter; empty when the report names nobody. */
	Optional<Sealed> identity(long reportId) {
		return jdbc.sql("select id, reporter_identity from report where id = :id and reporter_identity is not null")
			.param("id", reportId)
			.query(ReportRows::sealed)
			.optional();
	}

	/** A report's sealed identity, as the row holds it. */
	record Sealed(long reportId, String identity) {
	}

	private static Sealed sealed(ResultSet rs, int n) throws SQLException {
		return new Sealed(rs.getLong("id"), rs.getString("reporter_identity"));
	}

	Optional<String> receiptHash(ComplaintNumber number) {
		return jdbc.sql("select receipt_hash from report where complaint_number = :number")
			.param("number", number.value())
			.query(String.class)
			.optional();
	}

	List<Report.Evidence> evidence(long reportId) {
		return jdbc.sql("""
				select id, kind, sha256, media_type, size_bytes, original_name, url, added_by, added_at, original_sha256,
				  original_size_bytes
				from report_evidence where report_id = :id order by id
				""").param("id", reportId).query((rs, n) -> new Report.Evidence(rs.getLong("id"),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getString("sha256"), rs.getString("media_type"),
				(Long) rs.getObject("size_bytes", Long.class), rs.getString("original_name"), rs.getString("url"),
				rs.getString("added_by"), instant(rs, "added_at"), rs.getString("original_sha256"),
				(Long) rs.getObject("original_size_bytes", Long.class))).list();
	}

	List<Report.Message> messages(long reportId) {
		return jdbc.sql("""
				select id, author, actor, agency_code, body, created_at, read_at from report_message
				where report_id = :id order by created_at, id
				""").param("id", reportId).query((rs, n) -> new Report.Message(rs.getLong("id"),
				Report.Author.valueOf(rs.getString("author")), rs.getString("actor"), rs.getString("agency_code"),
				rs.getString("body"), instant(rs, "created_at"), instant(rs, "read_at"))).list();
	}

	/** Of these reports, those with a reporter's answer nobody of the task force has opened yet. */
	Set<Long> withUnreadReplies(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select distinct report_id from report_message
				where report_id in (:ids) and author = 'REPORTER' and read_at is null
				""").param("ids", reportIds).query(Long.class).list());
	}

	/** Marks the reporter's answers to this report read. */
	void markRepliesRead(long reportId, Instant at) {
		jdbc.sql("""
				update report_message set read_at = :at
				where report_id = :id and author = 'REPORTER' and read_at is null
				""").param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", reportId).update();
	}

	Report.Message addMessage(long reportId, Report.Author author, String actor, String agency, String body,
			Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into report_message (report_id, author, actor, agency_code, body, created_at)
				values (:report, :author, :actor, :agency, :body, :at)
				""")
			.param("report", reportId)
			.param("author", author.name())
			.param("actor", actor)
			.param("agency", agency)
			.param("body", body)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return new Report.Message(keys.getKeyAs(Number.class).longValue(), author, actor, agency, body, at, null);
	}

	void addFile(long reportId, EvidenceStore.StoredFile file, String originalName, String addedBy, Instant at) {
		String name = originalName == null ? null
				: originalName.length() > 255 ? originalName.substring(originalName.length() - 255) : originalName;
		jdbc.sql("""
				insert into report_evidence (report_id, kind, sha256, media_type, size_bytes, original_name, added_by, added_at,
				  original_sha256, original_size_bytes)
				values (:report, :kind, :sha, :type, :size, :name, :by, :at, :originalSha, :originalSize)
				""")
			.param("originalSha", file.originalSha256())
			.param("originalSize", file.originalSize())
			.param("report", reportId)
			.param("kind", file.kind().name())
			.param("sha", file.sha256())
			.param("type", file.mediaType())
			.param("size", file.size())
			.param("name", name)
			.param("by", addedBy)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	void addLink(long reportId, String url, String addedBy, Instant at) {
		jdbc.sql("""
				insert into report_evidence (report_id, kind, url, added_by, added_at)
				values (:report, 'LINK', :url, :by, :at)
				""")
			.param("report", reportId)
			.param("url", url)
			.param("by", addedBy)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	Optional<Long> byLaporNumber(String laporNumber) {
		return jdbc.sql("select id from report where lapor_number = :number").param("number", laporNumber)
			.query(Long.class).optional();
	}

	Optional<String> laporDirection(long reportId) {
		return jdbc.sql("select lapor_direction from report where id = :id and lapor_direction is not null")
			.param("id", reportId).query(String.class).optional();
	}

	void setLaporNumber(long reportId, String laporNumber, String direction, Instant at) {
		jdbc.sql("update report set lapor_number = :number, lapor_direction = :direction, lapor_at = :at where id = :id")
			.param("number", laporNumber)
			.param("direction", direction)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("id", reportId)
			.update();
	}

	private static Report report(ResultSet rs, int n) throws SQLException {
		return new Report(rs.getLong("id"), new ComplaintNumber(rs.getString("complaint_number")),
				ReportKind.valueOf(rs.getString("kind")), rs.getString("filed_by"), rs.getString("filed_by_agency"),
				new ReportSubmission.Reported(rs.getString("reported_nip"), rs.getString("reported_nik"),
						rs.getString("reported_name"), rs.getString("reported_employer"),
						rs.getString("reported_position")),
				rs.getObject("incident_date", LocalDate.class), rs.getString("region_code"), rs.getString("description"),
				rs.getBoolean("named"), instant(rs, "filed_at"), rs.getString("lapor_number"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
