package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ProducerFactory;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;

/**
 * Without {@code netra.sharing.kafka.enabled} there is no Kafka producer and no relay, the case work and the
 * outbox go on, and the outbox keeps every event unpublished for the day the stream is switched on. The claims
 * the relay takes are tried here on the real database, as two nodes would take them.
 */
@NetraIntegrationTest
class EventStreamDisabledIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offByDefaultNoProducerNoRelayAndTheEventsWaitInTheOutbox() {
		assertThat(context.getBeanNamesForType(ProducerFactory.class)).isEmpty();
		assertThat(context.getBeanNamesForType(EventStreamRelay.class)).isEmpty();
		assertThat(context.getBeanNamesForType(EventStreamHealth.class)).isEmpty();

		String number = new Officers(port).fileReport(Officers.publicReport(null, "Pegawai Tanpa Arus (sintetis)",
				"32.73", null)).path("complaintNumber").asString();

		assertThat(jdbc.sql("""
				select count(*) from sharing_outbox
				where complaint_number = ? and event_type = 'case.opened' and stream_published_at is null
				  and stream_position is not null
				""").param(number).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aNodeClaimsTheOldestEventsAloneUntilItsClaimExpiresAndAStaleClaimMarksNothing() {
		// given: an event waiting, as every event does here
		new Officers(port).fileReport(Officers.publicReport(null, "Pegawai Klaim (sintetis)", "32.73", null));
		EventStreamRows rows = new EventStreamRows(jdbc);
		Instant now = Instant.now();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		// when: one node claims them (all of them, in the order they were written), a second node gets nothing
		List<EventStreamRows.Row> claimed = rows.claim(first, now, now.plusSeconds(60), Integer.MAX_VALUE);
		try {
			assertThat(claimed).isNotEmpty();
			assertThat(claimed).extracting(EventStreamRows.Row::id).containsExactlyElementsOf(jdbc.sql(
					"select id from sharing_outbox where stream_published_at is null order by stream_position")
				.query(UUID.class).list());
			assertThat(rows.claim(second, now, now.plusSeconds(60), Integer.MAX_VALUE)).isEmpty();
			assertThat(rows.claim(second, now, now.plusSeconds(60), 1)).as("not even the oldest alone").isEmpty();

			// then: once the first claim has expired (the node died between sending and marking), the second
			// takes the same events over and sends them again: at least once
			Instant later = now.plus(Duration.ofSeconds(61));
			List<EventStreamRows.Row> takenOver = rows.claim(second, later, later.plusSeconds(60), Integer.MAX_VALUE);
			assertThat(takenOver).extracting(EventStreamRows.Row::id)
				.startsWith(claimed.stream().map(EventStreamRows.Row::id).toArray(UUID[]::new));

			// and the first node, back, marks nothing under its lost claim
			rows.published(first, List.of(claimed.get(0).id()), later);
			assertThat(jdbc.sql("select count(*) from sharing_outbox where id = ? and stream_published_at is null")
				.param(claimed.get(0).id()).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			rows.release(first);
			rows.release(second);
		}
		assertThat(jdbc.sql("select count(*) from sharing_outbox where stream_claim is not null").query(Long.class)
			.single()).isZero();
	}
}
