package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.go.netra.casework.Officers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox relayed to a real Kafka broker (an embedded KRaft broker in this JVM). The application starts while
 * no broker listens at its address: a case is opened, its event waits in the outbox, the relay says it is failing
 * and counts the backlog. Then the broker starts at that address, the case goes through verification, review,
 * BKN's recommendation, the control ladder (second-long rungs), the PPK's sanction and closing, and a consumer
 * reads every event of that case once, in the order the outbox wrote them, on one partition, keyed by the case,
 * with the type, schema version and event id in headers and the webhook body as value. Then a second node's relay
 * joins, and with both relaying, reports coming in are each published once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/event-stream-${random.uuid}", "netra.deadlines.follow-up=PT2S",
				"netra.deadlines.poll-interval=PT0.2S", "netra.enforcement.poll-interval=PT0.2S",
				"netra.enforcement.ladder.warning=PT0S", "netra.enforcement.ladder.reprimand=PT2S",
				"netra.enforcement.ladder.block=PT2S", "netra.sharing.kafka.enabled=true",
				"netra.sharing.kafka.topic=" + EventStreamIntegrationTests.TOPIC,
				"netra.sharing.kafka.poll-interval=PT0.2S", "netra.sharing.kafka.timeout=PT2S" })
// its relay would go on claiming the outbox (shared on PostgreSQL) after the broker is gone: closed with the class
@DirtiesContext
// the first test starts the broker it finds missing; the second relays with it
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventStreamIntegrationTests {

	static final String TOPIC = "netra.events.uji";

	/** Where the relay looks for its broker: nothing listens there until the test opens it. */
	private static final BrokerGate GATE = new BrokerGate();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static EmbeddedKafkaKraftBroker broker;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventStreamHealth health;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Clock clock;

	@DynamicPropertySource
	static void brokerNotYetThere(DynamicPropertyRegistry properties) {
		properties.add("netra.sharing.kafka.bootstrap-servers", GATE::address);
	}

	@AfterAll
	static void stopBroker() {
		GATE.close();
		if (broker != null) {
			broker.destroy();
		}
	}

	@Test
	@Order(1)
	void aCaseEventsWaitForTheBrokerThenArriveOnceEachInOrderKeyedByTheCase() throws Exception {
		// given: no broker yet; a citizen reports on a PNS of PEMDA-32, and the report becomes a case
		Officers officers = new Officers(port);
		String nip = officers.employ(4961, "PEMDA-32", "32.73", "Pegawai Arus (sintetis)").get(0);
		String number = officers.fileReport(Officers.publicReport(nip, "Pegawai Arus (sintetis)", "32.73", null))
			.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();

		// then: the case work went on; its event waits in the outbox, and the relay says why
		await("the relay notices the broker is away").atMost(Duration.ofSeconds(30))
			.until(() -> health.health().getStatus().equals(Status.DOWN) && waiting(id) > 0);
		assertThat(jdbc.sql("select count(*) from sharing_outbox where case_id = ? and stream_published_at is not null")
			.param(UUID.fromString(id)).query(Long.class).single()).isZero();
		assertThat(health.health().getDetails()).containsKeys("failingSince", "failure", "backlog");
		await("the backlog in the metrics").atMost(Duration.ofSeconds(10))
			.until(() -> meters.get("netra.sharing.kafka.backlog").gauge().value() >= 1);
		assertThat(meters.get("netra.sharing.kafka.failures").counter().count()).isPositive();

		// when: the broker comes, and the case goes on to its end
		broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		broker.afterPropertiesSet();
		String[] address = broker.getBrokersAsString().split(",")[0].split(":");
		GATE.open(address[0], Integer.parseInt(address[1]));
		await("the waiting event published").atMost(Duration.ofSeconds(60)).until(() -> waiting(id) == 0);
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"]}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		await("the ladder climbed to the block").atMost(Duration.ofSeconds(40))
			.until(() -> outbox(id).containsValue("control.blocked"));
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/10-BKD/2026", "decreeDate": "%s"}"""
			.formatted(LocalDate.now().minusDays(10)));
		await("closed and the block lifted").atMost(Duration.ofSeconds(30))
			.until(() -> outbox(id).values().containsAll(List.of("case.closed", "control.unblocked")));
		await("all published").atMost(Duration.ofSeconds(30)).until(() -> waiting(id) == 0);

		// then: a consumer reads the case's events as the outbox wrote them
		Map<String, String> written = outbox(id);
		assertThat(written.values()).containsSubsequence("case.opened", "case.changed", "control.warning",
				"control.reprimand", "control.blocked").contains("control.unblocked", "case.closed");
		List<ConsumerRecord<String, String>> read = readCase(id, written.size());
		List<String> eventIds = read.stream().map(r -> header(r, EventStreamRelay.EVENT_ID)).distinct().toList();
		assertThat(eventIds).as("each event once, in the outbox's order").containsExactlyElementsOf(written.keySet());
		assertThat(read).extracting(ConsumerRecord::partition).as("one partition for the case").containsOnly(
				read.get(0).partition());
		long previousVersion = -1;
		for (ConsumerRecord<String, String> record : read) {
			JsonNode body = JSON.readTree(record.value());
			assertThat(record.key()).isEqualTo(id);
			assertThat(header(record, EventStreamRelay.EVENT)).isEqualTo(body.path("type").asString())
				.isEqualTo(written.get(body.path("id").asString()));
			assertThat(header(record, EventStreamRelay.SCHEMA_VERSION)).isEqualTo("1");
			assertThat(header(record, EventStreamRelay.EVENT_ID)).isEqualTo(body.path("id").asString());
			assertThat(record.value()).as("the webhook body").isEqualTo(payload(body.path("id").asString()));
			if (body.path("case").has("version")) {
				assertThat(body.path("case").path("version").asLong()).isGreaterThan(previousVersion);
				previousVersion = body.path("case").path("version").asLong();
			}
		}
		await("healthy again").atMost(Duration.ofSeconds(10))
			.until(() -> health.health().getStatus().equals(Status.UP));
	}

	@Test
	@Order(2)
	void twoNodesRelayingAtOnceSendEachEventOnce() throws Exception {
		// given: a second node's relay beside this one, on the same outbox, taking small batches often
		EventStreamSettings small = new EventStreamSettings(true, GATE.address(), TOPIC, Duration.ofMillis(50), 2,
				Duration.ofSeconds(2), Map.of());
		SimpleMeterRegistry secondNodeMeters = new SimpleMeterRegistry();
		EventStreamRelay secondNode = new EventStreamRelay(new EventStreamRows(jdbc),
				new EventStreamConfiguration().eventStreamProducers(small), small, clock, secondNodeMeters);
		secondNode.start();
		try {
			// when: twenty reports come in while both relay
			Officers officers = new Officers(port);
			List<String> cases = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String number = officers.fileReport(Officers.publicReport(null, "Pegawai Dua Simpul " + i
						+ " (sintetis)", "32.73", null)).path("complaintNumber").asString();
				cases.add(officers.caseOf(number).path("id").asString());
			}
			await("all published").atMost(Duration.ofSeconds(30))
				.until(() -> cases.stream().mapToLong(this::waiting).sum() == 0);

			// then: each case's opening is on the topic exactly once
			List<ConsumerRecord<String, String>> read = read(cases::contains, cases.size());
			assertThat(read).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(cases);
			assertThat(read).extracting(r -> header(r, EventStreamRelay.EVENT)).containsOnly("case.opened");
			assertThat(secondNodeMeters.get("netra.sharing.kafka.published").counter().count())
				.as("the second node did relay").isPositive();
		}
		finally {
			secondNode.stop();
		}
	}

	/** The case's events as the outbox holds them, id to type, in publishing order. */
	private Map<String, String> outbox(String caseId) {
		Map<String, String> events = new LinkedHashMap<>();
		jdbc.sql("select id, event_type from sharing_outbox where case_id = ? order by stream_position")
			.param(UUID.fromString(caseId))
			.query((rs, row) -> events.put(rs.getString(1), rs.getString(2)))
			.list();
		return events;
	}

	private long waiting(String caseId) {
		return jdbc.sql("select count(*) from sharing_outbox where case_id = ? and stream_published_at is null")
			.param(UUID.fromString(caseId)).query(Long.class).single();
	}

	private String payload(String eventId) {
		return jdbc.sql("select payload from sharing_outbox where id = ?").param(UUID.fromString(eventId))
			.query(String.class).single();
	}

	private static List<ConsumerRecord<String, String>> readCase(String caseId, int events) {
		return read(caseId::equals, events);
	}

	/**
	 * The records of the keys wanted, read from the start of the topic until {@code events} distinct events came,
	 * then for 2 s more: a copy sent late would be among them.
	 */
	private static List<ConsumerRecord<String, String>> read(Predicate<String> wanted, int events) {
		List<ConsumerRecord<String, String>> read = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
				ConsumerConfig.GROUP_ID_CONFIG, "uji-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(TOPIC));
			await("the case's events read").atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> {
					if (wanted.test(record.key())) {
						read.add(record);
					}
				});
				return read.stream().map(r -> header(r, EventStreamRelay.EVENT_ID)).distinct().count() >= events;
			});
			long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
			while (System.nanoTime() < until) {
				consumer.poll(Duration.ofMillis(200)).forEach(record -> {
					if (wanted.test(record.key())) {
						read.add(record);
					}
				});
			}
		}
		return read;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}
}
