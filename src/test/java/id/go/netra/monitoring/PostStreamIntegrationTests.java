package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Posts published to a Kafka topic (an embedded KRaft broker) reach the real intake: stored once each with the
 * topic as their source, while a record that is no post, or a post the intake refuses, is skipped and the records
 * after it still come in.
 */
@SpringBootTest(properties = { "netra.demo.seed=always", "netra.demo.employees=0",
		"netra.data-dir=target/test-data/post-stream-${random.uuid}", "netra.monitoring.kafka.enabled=true",
		"netra.monitoring.kafka.topic=" + PostStreamIntegrationTests.TOPIC })
// no 3 s wait for more consumers before the group's first assignment: there is one
@EmbeddedKafka(partitions = 1, topics = PostStreamIntegrationTests.TOPIC,
		bootstrapServersProperty = "netra.monitoring.kafka.bootstrap-servers",
		brokerProperties = "group.initial.rebalance.delay.ms=0")
class PostStreamIntegrationTests {

	static final String TOPIC = "posts.uji";

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConcurrentMessageListenerContainer<byte[], byte[]> container;

	@Test
	void postsOnTheTopicComeInOnceEachAndABadRecordIsSkippedWithoutHoldingUpTheNext() throws Exception {
		String first = post("https://x.com/uji_stream/status/1", "Ayo dukung paslon 2, coblos!");
		// a field the post does not have (a crawler's extra) is ignored
		String second = post("https://x.com/uji_stream/status/2", "Jadwal pelayanan KTP hari Sabtu tetap buka.")
			.replace("\"media\": []", "\"media\": [], \"likes\": 12");
		String noUrl = "{\"platform\": \"x\", \"author\": \"@uji_stream\", \"text\": \"tanpa alamat\"}";

		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			for (String value : List.of(first, "{ bukan json", noUrl, "null", second, first)) {
				producer.send(new ProducerRecord<>(TOPIC, value)).get();
			}
		}

		await().atMost(Duration.ofSeconds(20))
			.until(() -> stored("https://x.com/uji_stream/status/2") == 1);
		assertThat(stored("https://x.com/uji_stream/status/1")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from monitored_post where url like 'https://x.com/uji_stream/%'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select channel || ' ' || source from monitored_post where url = ?")
			.param("https://x.com/uji_stream/status/2")
			.query(String.class)
			.single()).isEqualTo("STREAM kafka:" + TOPIC);
		// every record was consumed, the bad ones included: nothing is left to hold the partition
		await().atMost(Duration.ofSeconds(10)).until(() -> committed() == 6);
		assertThat(container.isRunning()).isTrue();
	}

	private long stored(String url) {
		return jdbc.sql("select count(*) from monitored_post where platform = 'x' and url = ?")
			.param(url)
			.query(Long.class)
			.single();
	}

	private long committed() throws Exception {
		try (var admin = org.apache.kafka.clients.admin.Admin
			.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
			var offsets = admin.listConsumerGroupOffsets("netra-monitoring").partitionsToOffsetAndMetadata().get();
			return offsets.values().stream().mapToLong(offset -> offset == null ? 0 : offset.offset()).sum();
		}
	}

	private static String post(String url, String text) {
		return """
				{"platform": "X", "url": "%s", "author": "@uji_stream", "postedAt": "2026-11-30T08:15:00+07:00",
				 "text": "%s", "media": []}""".formatted(url, text);
	}
}
