package id.go.netra.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits on the public endpoints ({@code netra.public-limits.*}; see {@link PublicLimits}, ADR 0011 and 0051).
 *
 * @param enabled whether the limits apply at all (a load test behind its own limiter may switch them off)
 * @param submissionsPerMinute requests that store something (reports, answers) per client address and minute
 * @param readsPerMinute other public requests per client address and minute
 * @param maxInFlight public requests the node serves at once; one more is refused at once
 * @param shared on PostgreSQL, whether the per-address limits hold for all nodes together (buckets in the
 *        database) rather than for each node
 * @param readLease reads a node takes from a shared bucket at once and then serves from memory, so that a read
 *        costs a database call only once in this many (submissions are taken one by one)
 * @param storeTimeout how long a node waits for the shared buckets before it limits on its own
 * @param storeRetry how long a node that could not reach the shared buckets limits on its own before it tries
 *        them again
 */
@ConfigurationProperties("netra.public-limits")
record PublicLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30") double submissionsPerMinute,
		@DefaultValue("600") double readsPerMinute, @DefaultValue("64") int maxInFlight,
		@DefaultValue("true") boolean shared, @DefaultValue("20") int readLease,
		@DefaultValue("PT1S") Duration storeTimeout, @DefaultValue("PT5S") Duration storeRetry) {

	PublicLimitSettings {
		if (!(submissionsPerMinute > 0) || !(readsPerMinute > 0) || maxInFlight < 1 || readLease < 1) {
			throw new IllegalArgumentException("netra.public-limits.submissions-per-minute, .reads-per-minute, "
					+ ".max-in-flight and .read-lease must be positive");
		}
	}

	/** Limits of one node on its own, as in tests. */
	static PublicLimitSettings local(boolean enabled, double submissionsPerMinute, double readsPerMinute,
			int maxInFlight) {
		return new PublicLimitSettings(enabled, submissionsPerMinute, readsPerMinute, maxInFlight, false, 20,
				Duration.ofSeconds(1), Duration.ofSeconds(5));
	}
}
