package id.go.netra.platform.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The read replica ({@code netra.datasource.replica.*}, environment {@code NETRA_DATASOURCE_REPLICA_URL} and so on;
 * ADR 0054). Without a URL there is no replica and every read goes to the primary.
 *
 * @param url the JDBC URL of a PostgreSQL streaming standby of the primary ({@code spring.datasource.url}), such as
 *        {@code jdbc:postgresql://10.0.0.12:5432/netra}; empty for none
 * @param username the replica's role; empty for the primary's ({@code spring.datasource.username}), which a
 *        streaming standby has as well
 * @param password its password; empty for the primary's when the username is the primary's too
 * @param maximumPoolSize connections to the replica this node keeps at most
 * @param maxLag how far behind the primary the replica may be before reads go to the primary instead
 * @param checkInterval how often the node measures the replica's lag (and tries it again after a failure)
 * @param connectionTimeout how long a read waits for a connection to the replica before it goes to the primary
 * @param readTimeout how long a read waits for the replica's answer before it is given up and answered by the
 *        primary (the driver's socket timeout, whole seconds): a standby cut off without a reset (a network partition,
 *        a frozen host) would otherwise hold the request, and the watch, for as long as the operating system's
 *        keep-alive takes, which is hours
 */
@ConfigurationProperties("netra.datasource.replica")
record ReplicaSettings(String url, String username, String password, @DefaultValue("10") int maximumPoolSize,
		@DefaultValue("PT30S") Duration maxLag, @DefaultValue("PT5S") Duration checkInterval,
		@DefaultValue("PT2S") Duration connectionTimeout, @DefaultValue("PT30S") Duration readTimeout) {

	ReplicaSettings {
		if (StringUtils.hasText(url) && !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException(
					"netra.datasource.replica.url must name a PostgreSQL standby (jdbc:postgresql://...)");
		}
		if (maximumPoolSize < 1) {
			throw new IllegalArgumentException("netra.datasource.replica.maximum-pool-size must be at least 1");
		}
		if (!positive(maxLag) || !positive(checkInterval) || connectionTimeout.toMillis() < 250
				|| readTimeout.toSeconds() < 1) {
			throw new IllegalArgumentException("netra.datasource.replica.max-lag and .check-interval must be positive "
					+ "(such as PT30S and PT5S), .connection-timeout at least PT0.25S, .read-timeout at least PT1S");
		}
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}
}
