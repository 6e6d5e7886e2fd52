package id.go.netra.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits on the public endpoints ({@code netra.public-limits.*}; see {@link PublicLimits}, ADR 0011).
 *
 * @param enabled whether the limits apply at all (a load test behind its own limiter may switch them off)
 * @param submissionsPerMinute requests that store something (reports, answers) per client address and minute
 * @param readsPerMinute other public requests per client address and minute
 * @param maxInFlight public requests the node serves at once; one more is refused at once
 */
@ConfigurationProperties("netra.public-limits")
record PublicLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30") double submissionsPerMinute,
		@DefaultValue("600") double readsPerMinute, @DefaultValue("64") int maxInFlight) {

	PublicLimitSettings {
		if (!(submissionsPerMinute > 0) || !(readsPerMinute > 0) || maxInFlight < 1) {
			throw new IllegalArgumentException("netra.public-limits.submissions-per-minute, .reads-per-minute and "
					+ ".max-in-flight must be positive");
		}
	}
}
