package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.Staleness;

/**
 * The staleness check must leave alone publications that merely wait in the listener queue, as they do under a
 * surge, and fail only those no node started for a long time (their node died), for the retry to hand on.
 */
@NetraIntegrationTest
class EventPublicationIntegrationTests {

	static final String LISTENER = "id.go.netra.EventPublicationIntegrationTests.queued(java.lang.String)";

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	Staleness staleness;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeRows() {
		jdbc.sql("delete from event_publication where listener_id = :l").param("l", LISTENER).update();
	}

	@Test
	void aQueuedPublicationIsNotMarkedFailedUntilItsNodeCannotHaveStartedIt() {
		assertThat(staleness.getStaleness(EventPublication.Status.PUBLISHED)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
		UUID queued = publishedAgo(Duration.ofMinutes(2));
		UUID abandoned = publishedAgo(staleness.getStaleness(EventPublication.Status.PUBLISHED).plusMinutes(1));

		registry.markStalePublicationsFailed(staleness);

		assertThat(status(queued)).isEqualTo("PUBLISHED");
		assertThat(status(abandoned)).isEqualTo("FAILED");
	}

	private UUID publishedAgo(Duration age) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				values (:id, :listener, 'java.lang.String', '"queued"', :at, 'PUBLISHED', 0)""")
			.param("id", id)
			.param("listener", LISTENER)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minus(age))
			.update();
		return id;
	}

	private String status(UUID id) {
		return jdbc.sql("select status from event_publication where id = :id").param("id", id).query(String.class).single();
	}
}
