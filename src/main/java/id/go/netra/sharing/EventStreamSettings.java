package id.go.netra.sharing;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The integration events on Apache Kafka ({@code netra.sharing.kafka.*}, ADR 0042). Off unless enabled: without
 * it Netra creates no Kafka producer and opens no connection, and the outbox keeps its rows for the day it is.
 *
 * @param enabled whether to relay the outbox to Kafka
 * @param bootstrapServers the brokers, {@code host:port,...}
 * @param topic the one topic of every event type (the type travels in a header), so each case's events share a
 *        partition and keep their order
 * @param pollInterval how often each node looks for events not yet published
 * @param batchSize events claimed and sent in one round
 * @param timeout how long a round waits for the broker: to learn the topic's partitions and for each send's
 *        acknowledgement; a claim lasts three times as long, then another node may send the rows again
 * @param properties further Kafka producer settings as Kafka names them ({@code security.protocol},
 *        {@code sasl.mechanism}, {@code sasl.jaas.config}, {@code ssl.truststore.location}, {@code linger.ms}...)
 */
@ConfigurationProperties("netra.sharing.kafka")
record EventStreamSettings(boolean enabled, @DefaultValue("localhost:9092") String bootstrapServers,
		@DefaultValue("netra.events.v1") String topic, @DefaultValue("PT1S") Duration pollInterval,
		@DefaultValue("500") int batchSize, @DefaultValue("PT30S") Duration timeout, Map<String, String> properties) {

	/** Kafka's own rule for topic names. */
	private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

	EventStreamSettings {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
		if (!TOPIC.matcher(topic).matches()) {
			throw new IllegalArgumentException("netra.sharing.kafka.topic must be a Kafka topic name (letters, "
					+ "digits, '.', '_', '-'), not '" + topic + "'");
		}
		if (bootstrapServers.isBlank()) {
			throw new IllegalArgumentException("netra.sharing.kafka.bootstrap-servers must not be empty");
		}
		if (batchSize < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException(
					"netra.sharing.kafka.batch-size and poll-interval must be positive");
		}
		if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException("netra.sharing.kafka.timeout must be between one second and ten minutes");
		}
	}

	/** How long a claim on a batch lasts: the partitions, the sends and the marking fit well inside it. */
	Duration claim() {
		return timeout.multipliedBy(3);
	}
}
