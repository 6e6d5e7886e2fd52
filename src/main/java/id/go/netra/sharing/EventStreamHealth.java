package id.go.netra.sharing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Kafka relay in {@code /actuator/health} as {@code eventStream}: down while the broker does not take the
 * events, with how many wait in the outbox. Not in the liveness or readiness probes: case work goes on without
 * Kafka, so a node must not be restarted or taken out of the load balancer for it.
 */
class EventStreamHealth implements HealthIndicator {

	private final EventStreamRelay relay;
	private final EventStreamSettings settings;

	EventStreamHealth(EventStreamRelay relay, EventStreamSettings settings) {
		this.relay = relay;
		this.settings = settings;
	}

	@Override
	public Health health() {
		EventStreamRelay.Standing standing = relay.standing();
		Health.Builder health = standing.failingSince() == null ? Health.up()
				: Health.down().withDetail("failingSince", standing.failingSince().toString())
					.withDetail("failure", standing.failure());
		health.withDetail("topic", settings.topic()).withDetail("backlog", standing.backlog().events());
		if (standing.backlog().oldest() != null) {
			health.withDetail("oldestWaiting", standing.backlog().oldest().toString());
		}
		return health.build();
	}
}
