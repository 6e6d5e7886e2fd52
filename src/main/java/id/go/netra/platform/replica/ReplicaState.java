package id.go.netra.platform.replica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether replica reads go to the replica now, and why not, as {@code readReplica} in {@code /actuator/health}:
 * UP while they do, DOWN while they go to the primary. Not in the liveness or readiness probes: a node serves
 * everything from the primary without its replica, so it must not be restarted or taken out of the balancer for
 * it. Each change is logged once, not each read that it affects.
 */
class ReplicaState implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ReplicaState.class);

	/** {@code inUse} null until the first check has answered. */
	private record Standing(Boolean inUse, String reason, Duration lag, Instant since) {
	}

	private final Clock clock;
	private final String replica;
	private final Duration maxLag;
	private volatile Standing standing;

	ReplicaState(ReplicaSettings settings, Clock clock) {
		this.clock = clock;
		this.replica = withoutParameters(settings.url());
		this.maxLag = settings.maxLag();
		this.standing = new Standing(null, "not checked yet", null, clock.instant());
	}

	/** Whether a replica read may take a connection to the replica now. */
	boolean inUse() {
		return Boolean.TRUE.equals(standing.inUse());
	}

	/** The check found the replica reachable, a standby, and at most {@code lag} behind. */
	synchronized void inUse(Duration lag) {
		Standing was = standing;
		Duration atMost = lag.truncatedTo(ChronoUnit.MILLIS);
		boolean change = !Boolean.TRUE.equals(was.inUse());
		standing = new Standing(true, null, atMost, change ? clock.instant() : was.since());
		if (change) {
			log.info("Replica reads go to the read replica {} (at most {} behind the primary)", replica, atMost);
		}
	}

	/** Replica reads go to the primary, for this reason, until a check finds the replica fit again. */
	synchronized void notInUse(String reason) {
		Standing was = standing;
		boolean change = !Boolean.FALSE.equals(was.inUse());
		standing = new Standing(false, reason, null, change ? clock.instant() : was.since());
		if (change) {
			log.warn("Replica reads go to the primary: the read replica {} {}", replica, reason);
		}
	}

	@Override
	public Health health() {
		Standing now = standing;
		Health.Builder health = Boolean.TRUE.equals(now.inUse()) ? Health.up().withDetail("reads", "replica").withDetail("lagAtMost",
				now.lag().toString()) : Health.down().withDetail("reads", "primary").withDetail("reason", now.reason());
		return health.withDetail("since", now.since().toString()).withDetail("maxLag", maxLag.toString()).build();
	}

	/** The URL without its parameters, which may hold a password. */
	private static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}
}
