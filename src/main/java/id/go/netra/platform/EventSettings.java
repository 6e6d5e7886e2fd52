package id.go.netra.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed event publications are handed over again ({@code netra.events.*}; see {@link FailedEventRetry}).
 *
 * @param retryInterval how long the retry rests between two rounds
 * @param retryMinAge how old a failed publication must be before it is handed over again, so one that a listener
 * is still working on is left alone
 */
@ConfigurationProperties("netra.events")
record EventSettings(@DefaultValue("PT30S") Duration retryInterval, @DefaultValue("PT10S") Duration retryMinAge) {

	EventSettings {
		if (retryInterval.isNegative() || retryInterval.isZero()) {
			throw new IllegalArgumentException("netra.events.retry-interval must be positive, such as PT30S");
		}
		if (retryMinAge.isNegative()) {
			throw new IllegalArgumentException("netra.events.retry-min-age must not be negative, such as PT10S");
		}
	}
}
