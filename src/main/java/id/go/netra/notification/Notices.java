package id.go.netra.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.Page;

/**
 * The stored notices. A notice is written once per case, kind, address and occasion ({@code dedupKey}): a
 * redelivered event finds its notices already there and adds none. Sending claims a notice with a conditional
 * update, so two nodes never mail the same one in the same round.
 */
@Repository
class Notices {

	/** A notice to store, before it has an id or a status. */
	record Draft(UUID caseId, String complaintNumber, NoticeKind kind, String dedupKey, String agencyCode,
			String recipientEmail, String subject, String body) {
	}

	private final JdbcClient jdbc;

	Notices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the notice unless the same one is stored already; true if it was new. */
	boolean add(Draft draft, Instant now) {
		return jdbc.sql("""
				insert into notice (case_id, complaint_number, kind, dedup_key, agency_code, recipient_email, subject,
				  body, status, attempts, next_attempt_at, created_at)
				values (:caseId, :number, :kind, :key, :agency, :email, :subject, :body, 'PENDING', 0, :now, :now)
				on conflict do nothing
				""")
			.param("caseId", draft.caseId())
			.param("number", draft.complaintNumber())
			.param("kind", draft.kind().name())
			.param("key", draft.dedupKey())
			.param("agency", draft.agencyCode())
			.param("email", draft.recipientEmail())
			.param("subject", draft.subject())
			.param("body", draft.body())
			.param("now", at(now))
			.update() == 1;
	}

	/** Pending notices whose next attempt is due, the longest waiting first. */
	List<Notice> due(Instant now, int limit) {
		return jdbc.sql("""
				select * from notice where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id limit :limit
				""").param("now", at(now)).param("limit", limit).query(Notices::notice).list();
	}

	/**
	 * Takes a due notice for one attempt and counts it, holding it until {@code leaseUntil} so that a node that
	 * dies while sending leaves it for another round; false if another node took it first.
	 */
	boolean claim(long id, Instant now, Instant leaseUntil) {
		return jdbc.sql("""
				update notice set attempts = attempts + 1, next_attempt_at = :lease
				where id = :id and status = 'PENDING' and next_attempt_at <= :now
				""").param("id", id).param("now", at(now)).param("lease", at(leaseUntil)).update() == 1;
	}

	void sent(long id, Instant now) {
		jdbc.sql("update notice set status = 'SENT', sent_at = :now, last_error = null where id = :id")
			.param("id", id)
			.param("now", at(now))
			.update();
	}

	/** Records a failed attempt: the notice is tried again at {@code nextAttempt}. */
	void retryAt(long id, Instant nextAttempt, String error) {
		jdbc.sql("update notice set next_attempt_at = :next, last_error = :error where id = :id")
			.param("id", id)
			.param("next", at(nextAttempt))
			.param("error", shortened(error))
			.update();
	}

	/** Records the last failed attempt: the notice stays FAILED, for an administrator to look into. */
	void failed(long id, String error) {
		jdbc.sql("update notice set status = 'FAILED', last_error = :error where id = :id")
			.param("id", id)
			.param("error", shortened(error))
			.update();
	}

	/** An agency's notices, newest first. */
	Page<Notice> ofAgency(String agencyCode, int page, int size) {
		long total = jdbc.sql("select count(*) from notice where agency_code = :agency")
			.param("agency", agencyCode)
			.query(Long.class)
			.single();
		List<Notice> items = jdbc.sql("""
				select * from notice where agency_code = :agency
				order by created_at desc, id desc limit :limit offset :offset
				""")
			.param("agency", agencyCode)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Notices::notice)
			.list();
		return new Page<>(items, page, size, total);
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getLong("id"), rs.getObject("case_id", UUID.class), rs.getString("complaint_number"),
				NoticeKind.valueOf(rs.getString("kind")), rs.getString("agency_code"), rs.getString("recipient_email"),
				rs.getString("subject"), rs.getString("body"), Notice.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "sent_at"));
	}

	private static String shortened(String error) {
		return error == null ? null : error.substring(0, Math.min(error.length(), 1000));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
