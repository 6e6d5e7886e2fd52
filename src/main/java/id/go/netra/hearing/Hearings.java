package id.go.netra.hearing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.casework.CaseHearings;

/**
 * The stored hearings. A hearing is opened once per case (a redelivered event adds nothing); the notice is claimed
 * for one attempt with a conditional update, so two nodes never mail it twice in one round.
 */
@Repository
class Hearings {

	private final JdbcClient jdbc;

	Hearings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens the case's hearing unless it is open already; true if it was new. A notice to be mailed is first tried
	 * at {@code firstNoticeAttempt}.
	 */
	boolean open(Hearing h, Instant firstNoticeAttempt) {
		return jdbc.sql("""
				insert into hearing (case_id, complaint_number, employee_nip, employer_code, incident_date, region_code,
				  opened_at, clarification_due_at, channel, recipient_email, notice_status, notice_next_attempt_at)
				values (:caseId, :number, :nip, :employer, :incident, :region, :opened, :due, :channel, :email, :status,
				  :firstAttempt)
				on conflict do nothing""")
			.param("caseId", h.caseId())
			.param("number", h.complaintNumber())
			.param("nip", h.nip())
			.param("employer", h.employerCode())
			.param("incident", h.incidentDate())
			.param("region", h.regionCode())
			.param("opened", at(h.openedAt()))
			.param("firstAttempt", at(firstNoticeAttempt))
			.param("due", at(h.clarificationDueAt()))
			.param("channel", h.channel().name())
			.param("email", h.email())
			.param("status", h.noticeStatus().name())
			.update() == 1;
	}

	Optional<Hearing> find(UUID caseId) {
		return jdbc.sql("select * from hearing where case_id = :id").param("id", caseId).query(Hearings::hearing).optional();
	}

	Optional<Hearing> byLink(String linkSha256) {
		return jdbc.sql("select * from hearing where link_sha256 = :sha")
			.param("sha", linkSha256)
			.query(Hearings::hearing)
			.optional();
	}

	/** Notices to mail whose next attempt is due. */
	List<UUID> dueNotices(Instant now, int limit) {
		return jdbc.sql("""
				select case_id from hearing where notice_status = 'PENDING' and notice_next_attempt_at <= :now
				order by notice_next_attempt_at limit :limit""")
			.param("now", at(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Takes a due notice for one attempt, held until {@code leaseUntil}; false if another node took it. */
	boolean claimNotice(UUID caseId, Instant now, Instant leaseUntil) {
		return jdbc.sql("""
				update hearing set notice_attempts = notice_attempts + 1, notice_next_attempt_at = :lease
				where case_id = :id and notice_status = 'PENDING' and notice_next_attempt_at <= :now""")
			.param("id", caseId)
			.param("now", at(now))
			.param("lease", at(leaseUntil))
			.update() == 1;
	}

	int noticeAttempts(UUID caseId) {
		return jdbc.sql("select notice_attempts from hearing where case_id = :id").param("id", caseId).query(Integer.class).single();
	}

	/**
	 * The notice went out now with a new link: the deadline counts from now. {@code codeSha256} and
	 * {@code codeUntil}: a code printed in a delivered notice (null for a mailed one, whose codes are mailed on request).
	 */
	void noticeSent(UUID caseId, Hearing.NoticeStatus status, String linkSha256, String codeSha256, Instant codeUntil,
			Instant now, Instant clarificationDue) {
		jdbc.sql("""
				update hearing set notice_status = :status, notice_sent_at = coalesce(notice_sent_at, :now),
				  link_sha256 = :link, code_sha256 = :code, code_expires_at = :codeUntil, code_attempts = 0,
				  failed_checks = 0, verified_at = null, notice_last_error = null,
				  clarification_due_at = case when notice_sent_at is null then :due else clarification_due_at end
				where case_id = :id""")
			.param("id", caseId)
			.param("status", status.name())
			.param("link", linkSha256)
			.param("code", codeSha256)
			.param("codeUntil", codeUntil == null ? null : at(codeUntil))
			.param("now", at(now))
			.param("due", at(clarificationDue))
			.update();
	}

	/** The attempt failed: try again at {@code next}, or hand the notice to the PPK when {@code toPpk}. */
	void noticeFailed(UUID caseId, String error, Instant next, boolean toPpk) {
		jdbc.sql("""
				update hearing set notice_last_error = :error, notice_next_attempt_at = :next,
				  notice_status = case when :toPpk then 'AWAITING_DELIVERY' else notice_status end,
				  channel = case when :toPpk then 'PPK_DELIVERY' else channel end
				where case_id = :id""")
			.param("id", caseId)
			.param("error", error)
			.param("next", at(next))
			.param("toPpk", toPpk)
			.update();
	}

	/** The case closed before its notice went out: the notice is not sent. */
	void withdrawNotice(UUID caseId) {
		jdbc.sql("""
				update hearing set notice_status = 'WITHDRAWN'
				where case_id = :id and notice_status in ('PENDING', 'AWAITING_DELIVERY')""")
			.param("id", caseId)
			.update();
	}

	/** The hearings of an employer whose notice waits for the PPK to deliver it, oldest first. */
	List<Hearing> awaitingDelivery(String employerCode) {
		return jdbc.sql("""
				select * from hearing where employer_code = :employer and notice_status = 'AWAITING_DELIVERY'
				  and review_found is null order by opened_at""")
			.param("employer", employerCode)
			.query(Hearings::hearing)
			.list();
	}

	long countAwaitingDelivery(String employerCode) {
		return jdbc.sql("""
				select count(*) from hearing where employer_code = :employer and notice_status = 'AWAITING_DELIVERY'
				  and review_found is null""")
			.param("employer", employerCode)
			.query(Long.class)
			.single();
	}

	void failedCheck(UUID caseId) {
		jdbc.sql("update hearing set failed_checks = failed_checks + 1 where case_id = :id").param("id", caseId).update();
	}

	/** A fresh mailed code replaces any earlier one. */
	void newCode(UUID caseId, String codeSha256, Instant until) {
		jdbc.sql("""
				update hearing set code_sha256 = :code, code_expires_at = :until, code_attempts = 0, verified_at = null
				where case_id = :id""")
			.param("id", caseId)
			.param("code", codeSha256)
			.param("until", at(until))
			.update();
	}

	record Code(String sha256, Instant until, int attempts, Instant verifiedAt) {
	}

	Code code(UUID caseId) {
		return jdbc.sql("select code_sha256, code_expires_at, code_attempts, verified_at from hearing where case_id = :id")
			.param("id", caseId)
			.query((rs, n) -> new Code(rs.getString(1), instant(rs, 2), rs.getInt(3), instant(rs, 4)))
			.single();
	}

	void wrongCode(UUID caseId) {
		jdbc.sql("update hearing set code_attempts = code_attempts + 1 where case_id = :id").param("id", caseId).update();
	}

	void verified(UUID caseId, Instant now) {
		jdbc.sql("update hearing set verified_at = :now, code_attempts = 0 where case_id = :id")
			.param("id", caseId)
			.param("now", at(now))
			.update();
	}

	/** Records the answer once: false if one was recorded already or the review came first. */
	boolean clarify(UUID caseId, String statement, Hearing.GivenBy via, String byName, Instant now) {
		return jdbc.sql("""
				update hearing set statement = :statement, clarified_at = :now, clarified_via = :via,
				  clarified_by_name = :name, verified_at = null
				where case_id = :id and clarified_at is null and review_found is null""")
			.param("id", caseId)
			.param("statement", statement)
			.param("now", at(now))
			.param("via", via.name())
			.param("name", byName)
			.update() == 1;
	}

	void addFile(UUID caseId, CaseHearings.HearingFile file, Instant now) {
		jdbc.sql("""
				insert into hearing_file (case_id, sha256, name, media_type, size_bytes, added_at)
				values (:id, :sha, :name, :type, :size, :now) on conflict do nothing""")
			.param("id", caseId)
			.param("sha", file.sha256())
			.param("name", file.name())
			.param("type", file.mediaType())
			.param("size", file.size())
			.param("now", at(now))
			.update();
	}

	List<CaseHearings.HearingFile> files(UUID caseId) {
		return jdbc.sql("select sha256, name, media_type, size_bytes from hearing_file where case_id = :id order by added_at, name")
			.param("id", caseId)
			.query((rs, n) -> new CaseHearings.HearingFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/**
	 * The allegation in the task force's words, replacing an earlier one, while the employee has not answered and
	 * the review has not come: false when one of them came first.
	 */
	boolean writeAllegation(UUID caseId, String text, String byName, Instant now) {
		return jdbc.sql("""
				update hearing set allegation = :text, allegation_written_at = :now, allegation_written_by_name = :name
				where case_id = :id and clarified_at is null and review_found is null""")
			.param("id", caseId)
			.param("text", text)
			.param("now", at(now))
			.param("name", byName)
			.update() == 1;
	}

	/** A notice held for the allegation and never tried yet goes out at the next round. */
	void releaseHeldNotice(UUID caseId, Instant now) {
		jdbc.sql("""
				update hearing set notice_next_attempt_at = :now
				where case_id = :id and notice_status = 'PENDING' and notice_attempts = 0 and notice_next_attempt_at > :now""")
			.param("id", caseId)
			.param("now", at(now))
			.update();
	}

	/**
	 * The notice goes out again, with a new link (the earlier one stops working, as at every attempt): a mailed
	 * notice is mailed at the next round, a printed one waits for the PPK to print it again. False when there is
	 * nothing to repeat (the notice has not gone out yet, or was withdrawn).
	 */
	boolean repeatNotice(UUID caseId, Instant now) {
		return jdbc.sql("""
				update hearing set
				  notice_status = case when notice_status = 'SENT' then 'PENDING' else 'AWAITING_DELIVERY' end,
				  notice_attempts = 0, notice_next_attempt_at = :now
				where case_id = :id and notice_status in ('SENT', 'DELIVERED')""")
			.param("id", caseId)
			.param("now", at(now))
			.update() == 1;
	}

	/** What the review found, recorded once. */
	void reviewed(UUID caseId, Hearing.ReviewFound found, Instant at) {
		jdbc.sql("update hearing set review_found = :found, reviewed_at = :at where case_id = :id and review_found is null")
			.param("id", caseId)
			.param("found", found.name())
			.param("at", at(at))
			.update();
	}

	private static Hearing hearing(ResultSet rs, int row) throws SQLException {
		String via = rs.getString("clarified_via");
		String found = rs.getString("review_found");
		String allegation = rs.getString("allegation");
		return new Hearing(rs.getObject("case_id", UUID.class), rs.getString("complaint_number"),
				rs.getString("employee_nip"), rs.getString("employer_code"), rs.getObject("incident_date", LocalDate.class),
				rs.getString("region_code"), instant(rs, "opened_at"), instant(rs, "clarification_due_at"),
				Hearing.Channel.valueOf(rs.getString("channel")), rs.getString("recipient_email"),
				Hearing.NoticeStatus.valueOf(rs.getString("notice_status")), instant(rs, "notice_sent_at"),
				rs.getInt("failed_checks"), rs.getString("statement"), instant(rs, "clarified_at"),
				via == null ? null : Hearing.GivenBy.valueOf(via), rs.getString("clarified_by_name"),
				found == null ? null : Hearing.ReviewFound.valueOf(found), instant(rs, "reviewed_at"),
				allegation == null ? null : new Hearing.Allegation(allegation, instant(rs, "allegation_written_at"),
						rs.getString("allegation_written_by_name")));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
