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
 * The delivery rows. Every state change is a conditional update, so of several nodes exactly one sends a given
 * attempt and records its outcome.
 */
@Repository
class Deliveries {

	/** An attempt claimed by this node: what to send where. */
	record Attempt(UUID id, UUID subscriptionId, String url, String event, String payload, int attempt,
			Instant retryFrom, Instant claimedUntil) {
	}

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Pending deliveries whose attempt is due, of subscriptions not paused; oldest first. */
	List<Attempt> due(Instant now, int limit) {
		return jdbc.sql("""
				select d.id, d.subscription_id, s.url, d.event_type, o.payload, d.attempts, d.retry_from, d.claimed_until
				from webhook_delivery d
				join webhook_subscription s on s.id = d.subscription_id
				join sharing_outbox o on o.id = d.outbox_id
				where d.status = 'PENDING' and s.paused = false and d.next_attempt_at <= :now
				  and (d.claimed_until is null or d.claimed_until < :now)
				order by d.next_attempt_at, d.created_at
				fetch first %d rows only
				""".formatted(limit))
			.param("now", Outbox.offset(now))
			.query((rs, row) -> new Attempt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getInt(6), instant(rs, 7), instant(rs, 8)))
			.list();
	}

	/**
	 * Takes the attempt for this node until {@code until}; false when another node took it first (it changed the
	 * attempt count or holds an unexpired claim). The attempt count is raised here, so a crash mid-send counts.
	 */
	boolean claim(Attempt attempt, Instant now, Instant until) {
		return jdbc.sql("""
				update webhook_delivery set attempts = attempts + 1, claimed_until = :until
				where id = :id and status = 'PENDING' and attempts = :attempts
				  and (claimed_until is null or claimed_until < :now)
				""")
			.param("until", Outbox.offset(until))
			.param("id", attempt.id())
			.param("attempts", attempt.attempt())
			.param("now", Outbox.offset(now))
			.update() == 1;
	}

	void delivered(UUID id, int httpStatus, String answer, Instant now) {
		jdbc.sql("""
				update webhook_delivery set status = 'DELIVERED', claimed_until = null, last_attempt_at = :now,
				  last_http_status = :status, last_answer = :answer, last_failure = null, finished_at = :now
				where id = :id and status = 'PENDING'
				""")
			.param("now", Outbox.offset(now))
			.param("status", httpStatus)
			.param("answer", answer)
			.param("id", id)
			.update();
	}

	/** A failed attempt: tried again at {@code next}, or dead-lettered when {@code next} is null. */
	void failed(UUID id, Integer httpStatus, String answer, String failure, Instant now, Instant next) {
		jdbc.sql("""
				update webhook_delivery set status = :state, claimed_until = null, last_attempt_at = :now,
				  last_http_status = :status, last_answer = :answer, last_failure = :failure, next_attempt_at = :next,
				  finished_at = :finished
				where id = :id and status = 'PENDING'
				""")
			.param("state", next == null ? "DEAD" : "PENDING")
			.param("now", Outbox.offset(now))
			.param("status", httpStatus)
			.param("answer", answer)
			.param("failure", failure)
			.param("next", Outbox.offset(next == null ? now : next))
			.param("finished", next == null ? Outbox.offset(now) : null)
			.param("id", id)
			.update();
	}

	List<Delivery> of(UUID subscriptionId, int limit) {
		return jdbc.sql("""
				select d.*, o.id as event_id from webhook_delivery d join sharing_outbox o on o.id = d.outbox_id
				where d.subscription_id = :id order by d.created_at desc, d.id fetch first %d rows only
				""".formatted(limit))
			.param("id", subscriptionId)
			.query(Deliveries::map)
			.list();
	}

	java.util.Optional<UUID> subscriptionOf(UUID deliveryId) {
		return jdbc.sql("select subscription_id from webhook_delivery where id = :id").param("id", deliveryId)
			.query(UUID.class).optional();
	}

	/**
	 * Sends the delivery again as soon as a node is free, with a new retry window; false when the subscription
	 * has no such delivery or it is being sent right now.
	 */
	boolean sendAgain(UUID subscriptionId, UUID id, Instant now) {
		return jdbc.sql("""
				update webhook_delivery set status = 'PENDING', next_attempt_at = :now, retry_from = :now,
				  finished_at = null
				where id = :id and subscription_id = :subscription and (claimed_until is null or claimed_until < :now)
				""")
			.param("now", Outbox.offset(now))
			.param("id", id)
			.param("subscription", subscriptionId)
			.update() == 1;
	}

	private static Delivery map(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("last_http_status");
		Integer httpStatus = rs.wasNull() ? null : status;
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("status"),
				rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), httpStatus, rs.getString("last_answer"),
				instant(rs, "finished_at"), rs.getString("last_failure"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
