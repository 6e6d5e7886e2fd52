package id.go.netra.monitoring;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka consumer behind {@link PostStream}, only with {@code netra.monitoring.kafka.enabled=true}; otherwise
 * this configuration is skipped whole, and Netra creates no Kafka client and opens no connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "netra.monitoring.kafka.enabled", havingValue = "true")
class PostStreamConfiguration {

	/** Between two tries of a poll that failed for a reason not its records' (the database down). */
	private static final long RETRY_MILLIS = 5_000;

	@Bean
	ConcurrentMessageListenerContainer<byte[], byte[]> postStreamContainer(PostStreamSettings settings,
			MonitoringSettings monitoring, PostIntake intake, JsonMapper json) {
		Map<String, Object> consumer = new HashMap<>(settings.properties());
		consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
		consumer.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
		consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		// the container commits after each poll went through the intake
		consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		// a new group starts at the beginning: posts published before Netra first listened are not lost
		consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(500, monitoring.maxPostsPerCall()));
		ContainerProperties properties = new ContainerProperties(settings.topic());
		properties.setMessageListener(new PostStream(intake, json, settings.source(), monitoring.maxPostsPerCall()));
		ConcurrentMessageListenerContainer<byte[], byte[]> container = new ConcurrentMessageListenerContainer<>(
				new DefaultKafkaConsumerFactory<>(consumer), properties);
		container.setConcurrency(settings.concurrency());
		// bad records are skipped by PostStream itself; anything thrown is not theirs, so retry without end
		container.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(RETRY_MILLIS,
				FixedBackOff.UNLIMITED_ATTEMPTS)));
		return container;
	}
}
