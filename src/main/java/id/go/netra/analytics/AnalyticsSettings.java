package id.go.netra.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of analytics ({@code netra.analytics.*}).
 *
 * @param publicCache how long the public statistics are served from memory before they are computed again (zero:
 * every request computes them)
 */
@ConfigurationProperties("netra.analytics")
record AnalyticsSettings(@DefaultValue("PT60S") Duration publicCache) {

	AnalyticsSettings {
		if (publicCache.isNegative()) {
			throw new IllegalArgumentException("netra.analytics.public-cache must not be negative, such as PT60S");
		}
	}
}
