package id.go.netra.sharing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook deliveries ({@code netra.webhooks.*}).
 *
 * @param allowedHosts hosts (names or addresses, as written in the URL) a subscription may target although they
 *        resolve to a private, loopback or link-local address; empty in production
 * @param retryWindow how long a delivery is retried before it is dead-lettered
 * @param firstRetry the wait before the second attempt; each later wait doubles, up to {@code longestWait}, and
 *        is drawn at random between half and all of it (jitter, so receivers back online are not stampeded)
 * @param timeout how long one attempt may take, connecting and answering
 * @param pollInterval how often each node looks for due deliveries
 * @param perSubscription attempts in flight at once for one subscription on one node
 * @param threads attempts in flight at once on one node
 */
@ConfigurationProperties("netra.webhooks")
record WebhookSettings(@DefaultValue List<String> allowedHosts, @DefaultValue("PT24H") Duration retryWindow,
		@DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT1H") Duration longestWait,
		@DefaultValue("PT10S") Duration timeout, @DefaultValue("PT5S") Duration pollInterval,
		@DefaultValue("2") int perSubscription, @DefaultValue("8") int threads) {

	WebhookSettings {
		allowedHosts = List.copyOf(allowedHosts);
		if (firstRetry.isNegative() || firstRetry.isZero() || longestWait.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException("netra.webhooks.first-retry must be positive and at most longest-wait");
		}
		if (perSubscription < 1 || threads < 1) {
			throw new IllegalArgumentException("netra.webhooks.per-subscription and threads must be at least 1");
		}
	}
}
