package id.go.netra.sharing;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Kafka relay of the outbox, only with {@code netra.sharing.kafka.enabled=true}; otherwise this configuration
 * is skipped whole, and Netra creates no Kafka producer and opens no connection (ADR 0042).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "netra.sharing.kafka.enabled", havingValue = "true")
class EventStreamConfiguration {

	@Bean
	ProducerFactory<String, byte[]> eventStreamProducers(EventStreamSettings settings) {
		Map<String, Object> producer = new HashMap<>(settings.properties());
		producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
		producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		producer.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "netra-events");
		// every replica in sync has it before it counts as sent; retries keep the order within a partition
		producer.put(ProducerConfig.ACKS_CONFIG, "all");
		producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		// a round waits at most this long for the broker; delivery.timeout.ms must cover linger + one request
		int timeout = Math.toIntExact(settings.timeout().toMillis());
		producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
		producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
		producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
		producer.put(ProducerConfig.LINGER_MS_CONFIG, Math.min(5, timeout / 4));
		// while the broker is away the client logs each failed connection: every 10 s at most, not every second
		producer.putIfAbsent(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000);
		return new DefaultKafkaProducerFactory<>(producer);
	}

	@Bean
	EventStreamRelay eventStreamRelay(JdbcClient jdbc, ProducerFactory<String, byte[]> eventStreamProducers,
			EventStreamSettings settings, Clock clock, MeterRegistry meters) {
		return new EventStreamRelay(new EventStreamRows(jdbc), eventStreamProducers, settings, clock, meters);
	}

	@Bean
	EventStreamHealth eventStreamHealthIndicator(EventStreamRelay eventStreamRelay, EventStreamSettings settings) {
		return new EventStreamHealth(eventStreamRelay, settings);
	}
}
