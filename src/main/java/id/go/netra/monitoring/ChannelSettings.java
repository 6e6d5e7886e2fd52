package id.go.netra.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The news feeds and the signed push ({@code netra.monitoring.*}); operational choices, no legal source.
 *
 * @param feedPollCheck how often the poller looks for feeds that are due (each feed has its own interval)
 * @param feedTimeout the longest one feed request may take, connection included; a slower feed fails this poll
 * @param feedMaxBytes the largest feed document read (a news feed is tens of kilobytes)
 * @param feedMinInterval the shortest polling interval an administrator may set
 * @param pushMaxAge how old a signed push's timestamp may be (either way, for clocks apart): older is a replay
 * @param pushMaxBytes the largest signed push body read (the body is held in memory to check its signature)
 */
@ConfigurationProperties("netra.monitoring")
record ChannelSettings(@DefaultValue("PT30S") Duration feedPollCheck, @DefaultValue("PT20S") Duration feedTimeout,
		@DefaultValue("5242880") int feedMaxBytes, @DefaultValue("PT1M") Duration feedMinInterval,
		@DefaultValue("PT5M") Duration pushMaxAge, @DefaultValue("10485760") int pushMaxBytes) {

	ChannelSettings {
		if (feedPollCheck.isNegative() || feedPollCheck.isZero() || feedTimeout.isNegative() || feedTimeout.isZero()
				|| feedMaxBytes < 1 || feedMinInterval.isNegative() || pushMaxAge.isNegative() || pushMaxAge.isZero() || pushMaxBytes < 1) {
			throw new IllegalArgumentException("netra.monitoring.feed-poll-check, .feed-timeout, .feed-max-bytes and"
					+ " .push-max-age, .push-max-bytes must be positive, .feed-min-interval not negative");
		}
	}
}
