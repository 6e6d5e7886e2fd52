package id.go.netra.sharing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as the Kafka relay sees it: rows not yet published, in the order they were written. A node claims
 * the oldest ones as a whole or not at all, so while one node sends a batch no other sends a later event of the
 * same case before it.
 */
class EventStreamRows {

	/** One event to publish; {@code caseId} is null for an event about no case. */
	record Row(UUID id, String type, int version, UUID caseId, String payload) {
	}

	/** Events not yet published, and when the oldest of them happened (null when there is none). */
	record Backlog(long events, Instant oldest) {
	}

	private final JdbcClient jdbc;

	EventStreamRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the oldest {@code limit} unpublished events for {@code claim} until {@code until}, oldest first; empty
	 * when there are none or when another node holds any of them (it is relaying: this node waits its turn).
	 */
	List<Row> claim(UUID claim, Instant now, Instant until, int limit) {
		List<Row> oldest = jdbc.sql("""
				select id, event_type, event_version, case_id, payload from sharing_outbox
				where stream_published_at is null order by stream_position fetch first %d rows only
				""".formatted(limit))
			.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
					rs.getObject(4, UUID.class), rs.getString(5)))
			.list();
		if (oldest.isEmpty()) {
			return oldest;
		}
		int claimed = jdbc.sql("""
				update sharing_outbox set stream_claim = :claim, stream_claimed_until = :until
				where id in (:ids) and stream_published_at is null
				  and (stream_claimed_until is null or stream_claimed_until < :now)
				""")
			.param("claim", claim)
			.param("until", Outbox.offset(until))
			.param("ids", oldest.stream().map(Row::id).toList())
			.param("now", Outbox.offset(now))
			.update();
		if (claimed < oldest.size()) {
			release(claim);
			return List.of();
		}
		return oldest;
	}

	/** The events the broker acknowledged, still under this claim (a claim expired and taken over marks nothing). */
	void published(UUID claim, Collection<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update sharing_outbox set stream_published_at = :now, stream_claim = null, stream_claimed_until = null
				where stream_claim = :claim and id in (:ids)
				""")
			.param("now", Outbox.offset(now))
			.param("claim", claim)
			.param("ids", ids)
			.update();
	}

	/** Lets go of what this claim still holds: the next round, on any node, sends it again. */
	void release(UUID claim) {
		jdbc.sql("update sharing_outbox set stream_claim = null, stream_claimed_until = null where stream_claim = :claim")
			.param("claim", claim)
			.update();
	}

	Backlog backlog() {
		return jdbc.sql("select count(*), min(occurred_at) from sharing_outbox where stream_published_at is null")
			.query((rs, row) -> {
				OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
				return new Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
			})
			.single();
	}
}
