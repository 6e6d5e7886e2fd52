package id.go.netra.monitoring;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Posts from a Kafka topic ({@code netra.monitoring.kafka.*}), for national volumes where crawlers publish to a
 * broker instead of calling the API. Off unless enabled: without it Netra creates no Kafka client at all.
 *
 * @param enabled whether to consume the topic
 * @param bootstrapServers the brokers, {@code host:port,...}
 * @param topic the topic; each record's value is one post as JSON (README, "Monitoring social media and news")
 * @param groupId the consumer group: every Netra node in the same group shares the partitions
 * @param concurrency consumers per node (at most the topic's partitions are busy)
 * @param properties further Kafka consumer settings as Kafka names them ({@code security.protocol},
 * {@code sasl.mechanism}, {@code sasl.jaas.config}, {@code ssl.truststore.location}...)
 */
@ConfigurationProperties("netra.monitoring.kafka")
record PostStreamSettings(boolean enabled, @DefaultValue("localhost:9092") String bootstrapServers,
		@DefaultValue("netra.monitoring.posts") String topic, @DefaultValue("netra-monitoring") String groupId,
		@DefaultValue("1") int concurrency, Map<String, String> properties) {

	/** Kafka's own rule for topic names, shorter so "kafka:" and the name fit a post's source (200). */
	private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,190}");

	PostStreamSettings {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
		if (!TOPIC.matcher(topic).matches()) {
			throw new IllegalArgumentException("netra.monitoring.kafka.topic must be a Kafka topic name (letters, "
					+ "digits, '.', '_', '-', at most 190), not '" + topic + "'");
		}
		if (bootstrapServers.isBlank() || groupId.isBlank()) {
			throw new IllegalArgumentException(
					"netra.monitoring.kafka.bootstrap-servers and .group-id must not be empty");
		}
		if (concurrency < 1) {
			throw new IllegalArgumentException("netra.monitoring.kafka.concurrency must be at least 1");
		}
	}

	/** What a post's source says: the topic it came from. */
	String source() {
		return "kafka:" + topic;
	}
}
