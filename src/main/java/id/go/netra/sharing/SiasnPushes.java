package id.go.netra.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SIASN push rows. As for webhook deliveries, every state change is a conditional update, so of several nodes
 * exactly one sends a given attempt; and a change waits while an earlier change of the same block is not yet
 * delivered, so SIASN never hears of a lifting before the block it lifts.
 */
@Repository
class SiasnPushes {

	/** A change claimed for an attempt; {@code retryFrom} is when its retry window began. */
	record Attempt(SiasnPort.Change change, int attempt, Instant retryFrom) {
	}

	private final JdbcClient jdbc;

	SiasnPushes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID id, UUID blockId, String change, String nip, String employerCode, String payload, Instant now) {
		jdbc.sql("""
				insert into siasn_push (id, block_id, kind, nip, employer_code, payload, status, attempts, created_at,
				  next_attempt_at)
				values (:id, :block, :change, :nip, :employer, :payload, 'PENDING', 0, :now, :now)
				""")
			.param("id", id)
			.param("block", blockId)
			.param("change", change)
			.param("nip", nip)
			.param("employer", employerCode)
			.param("payload", payload)
			.param("now", Outbox.offset(now))
			.update();
	}

	/** Changes whose attempt is due and whose block has no earlier change still undelivered; in order. */
	List<Attempt> due(Instant now, int limit) {
		return jdbc.sql("""
				select p.id, p.seq, p.block_id, p.kind, p.payload, p.attempts, p.retry_from
				from siasn_push p
				where p.status = 'PENDING' and p.next_attempt_at <= :now
				  and (p.claimed_until is null or p.claimed_until < :now)
				  and not exists (select 1 from siasn_push e
				                  where e.block_id = p.block_id and e.seq < p.seq and e.status <> 'DELIVERED')
				order by p.seq
				fetch first %d rows only
				""".formatted(limit))
			.param("now", Outbox.offset(now))
			.query((rs, row) -> new Attempt(new SiasnPort.Change(rs.getObject(1, UUID.class), rs.getLong(2),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)), rs.getInt(6), instant(rs, "retry_from")))
			.list();
	}

	/**
	 * Takes the attempt for this node until {@code until}; false when another node took it first. The first
	 * attempt starts the retry window, so a change held back behind an earlier one has its full window.
	 */
	boolean claim(Attempt attempt, Instant now, Instant until) {
		return jdbc.sql("""
				update siasn_push set attempts = attempts + 1, claimed_until = :until,
				  retry_from = coalesce(retry_from, :now)
				where id = :id and status = 'PENDING' and attempts = :attempts
				  and (claimed_until is null or claimed_until < :now)
				""")
			.param("until", Outbox.offset(until))
			.param("now", Outbox.offset(now))
			.param("id", attempt.change().id())
			.param("attempts", attempt.attempt())
			.update() == 1;
	}

	/** The outcome of an attempt: delivered, or failed and tried again at {@code next} (dead when null). */
	void outcome(UUID id, SiasnPort.Outcome outcome, Instant now, Instant next) {
		String status = outcome.delivered() ? "DELIVERED" : next == null ? "DEAD" : "PENDING";
		jdbc.sql("""
				update siasn_push set status = :state, claimed_until = null, last_attempt_at = :now,
				  last_channel = :channel, last_http_status = :http, last_failure = :failure, last_answer = :answer,
				  next_attempt_at = :next, finished_at = :finished
				where id = :id and status = 'PENDING'
				""")
			.param("state", status)
			.param("now", Outbox.offset(now))
			.param("channel", outcome.channel())
			.param("http", outcome.httpStatus())
			.param("failure", outcome.failure())
			.param("answer", outcome.answer())
			.param("next", Outbox.offset(next == null ? now : next))
			.param("finished", "PENDING".equals(status) ? null : Outbox.offset(now))
			.param("id", id)
			.update();
	}

	/** The latest changes, newest first; only those in {@code status} when given. */
	List<SiasnPush> latest(String status, int limit) {
		return jdbc.sql("""
				select * from siasn_push where (cast(:status as varchar(10)) is null or status = :status)
				order by seq desc fetch first %d rows only
				""".formatted(limit))
			.param("status", status)
			.query(SiasnPushes::map)
			.list();
	}

	/**
	 * Sends the change again as soon as a node is free, with a new retry window (also one delivered: SIASN
	 * deduplicates on its id); false when there is no such change or it is being sent right now.
	 */
	boolean sendAgain(UUID id, Instant now) {
		return jdbc.sql("""
				update siasn_push set status = 'PENDING', next_attempt_at = :now, retry_from = null, finished_at = null
				where id = :id and (claimed_until is null or claimed_until < :now)
				""")
			.param("now", Outbox.offset(now))
			.param("id", id)
			.update() == 1;
	}

	private static SiasnPush map(ResultSet rs, int row) throws SQLException {
		int http = rs.getInt("last_http_status");
		Integer httpStatus = rs.wasNull() ? null : http;
		return new SiasnPush(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("block_id", UUID.class),
				rs.getString("kind"), rs.getString("nip"), rs.getString("employer_code"), rs.getString("status"),
				rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), rs.getString("last_channel"), httpStatus, rs.getString("last_failure"),
				rs.getString("last_answer"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
