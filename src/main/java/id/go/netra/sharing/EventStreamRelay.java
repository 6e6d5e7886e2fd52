package id.go.netra.sharing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ProducerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the outbox to Kafka, on a thread of its own and outside any case transaction: each round claims the
 * oldest unpublished events ({@link EventStreamRows#claim}), sends them in order keyed by their case, and marks
 * those the broker acknowledged. An event sent but not marked (a crash, a lost claim) is sent again: at least
 * once. While the broker is away the rows wait in the outbox, the backlog grows in the metrics and the health,
 * and a warning is logged when it goes and every few minutes while it stays away.
 */
class EventStreamRelay implements SmartLifecycle {

	static final String EVENT = "netra-event";
	static final String SCHEMA_VERSION = "netra-event-version";
	static final String EVENT_ID = "netra-event-id";

	private static final Logger log = LoggerFactory.getLogger(EventStreamRelay.class);

	private static final Duration WARN_AGAIN = Duration.ofMinutes(5);

	/** How the relay stands: healthy, or failing since a moment for a reason. */
	record Standing(EventStreamRows.Backlog backlog, Instant failingSince, String failure) {
	}

	private final EventStreamRows rows;
	private final ProducerFactory<String, byte[]> producers;
	private final EventStreamSettings settings;
	private final Clock clock;
	private final AtomicLong backlogEvents = new AtomicLong();
	private final AtomicLong oldestAgeSeconds = new AtomicLong();
	private final Counter published;
	private final Counter failedRounds;
	private volatile Standing standing = new Standing(new EventStreamRows.Backlog(0, null), null, null);
	private volatile Instant warnedAt;
	private ScheduledExecutorService thread;
	private Producer<String, byte[]> producer;

	EventStreamRelay(EventStreamRows rows, ProducerFactory<String, byte[]> producers, EventStreamSettings settings,
			Clock clock, MeterRegistry meters) {
		this.rows = rows;
		this.producers = producers;
		this.settings = settings;
		this.clock = clock;
		Gauge.builder("netra.sharing.kafka.backlog", backlogEvents, AtomicLong::get)
			.description("Integration events in the outbox not yet published to Kafka")
			.baseUnit("events")
			.register(meters);
		Gauge.builder("netra.sharing.kafka.oldest.age", oldestAgeSeconds, AtomicLong::get)
			.description("Age of the oldest integration event not yet published to Kafka")
			.baseUnit("seconds")
			.register(meters);
		this.published = Counter.builder("netra.sharing.kafka.published")
			.description("Integration events the broker acknowledged")
			.baseUnit("events")
			.register(meters);
		this.failedRounds = Counter.builder("netra.sharing.kafka.failures")
			.description("Relay rounds that could not publish everything they claimed")
			.register(meters);
	}

	Standing standing() {
		return standing;
	}

	/** Counts the backlog, then rounds back to back while full batches come; the next poll does the rest. */
	void relay() {
		count();
		try {
			while (round() == settings.batchSize()) {
				// a full batch: more are waiting
			}
		}
		catch (RuntimeException e) {
			// the database away, the producer refused: the next round tries again, the thread must not die of it
			failing(e.toString());
		}
	}

	private void count() {
		try {
			EventStreamRows.Backlog backlog = rows.backlog();
			backlogEvents.set(backlog.events());
			oldestAgeSeconds.set(backlog.oldest() == null ? 0
					: Math.max(0, Duration.between(backlog.oldest(), clock.instant()).toSeconds()));
			standing = new Standing(backlog, standing.failingSince(), standing.failure());
		}
		catch (RuntimeException e) {
			log.debug("Kafka relay: backlog not counted: {}", e.toString());
		}
	}

	/** One batch; how many events it claimed. */
	int round() {
		UUID claim = UUID.randomUUID();
		Instant now = clock.instant();
		List<EventStreamRows.Row> batch = rows.claim(claim, now, now.plus(settings.claim()), settings.batchSize());
		if (batch.isEmpty()) {
			// nothing left, or another node is sending the oldest: only the first says the broker takes events
			if (standing.backlog().events() == 0) {
				recovered();
			}
			return 0;
		}
		try {
			List<UUID> acknowledged = send(batch);
			rows.published(claim, acknowledged, clock.instant());
			published.increment(acknowledged.size());
			if (acknowledged.size() == batch.size()) {
				recovered();
				return batch.size();
			}
			return 0;
		}
		finally {
			rows.release(claim);
		}
	}

	/**
	 * Sends the batch in order and returns the events acknowledged, leaving out every event of a case after one of
	 * that case that failed: sent again next round, they arrive after it (and twice, the receiver drops the copy).
	 */
	private List<UUID> send(List<EventStreamRows.Row> batch) {
		Producer<String, byte[]> kafka = producer();
		try {
			// blocks at most max.block.ms when no broker answers, before anything is sent
			kafka.partitionsFor(settings.topic());
		}
		catch (RuntimeException e) {
			failing("no broker answers for topic " + settings.topic() + " at " + settings.bootstrapServers() + ": "
					+ e.getMessage());
			return List.of();
		}
		List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
		for (EventStreamRows.Row row : batch) {
			sends.add(kafka.send(record(row)));
		}
		List<UUID> acknowledged = new ArrayList<>(batch.size());
		Set<String> failedKeys = new HashSet<>();
		String failure = null;
		for (int i = 0; i < batch.size(); i++) {
			EventStreamRows.Row row = batch.get(i);
			String key = row.caseId() == null ? row.id().toString() : row.caseId().toString();
			try {
				sends.get(i).get(settings.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
				if (!failedKeys.contains(key)) {
					acknowledged.add(row.id());
				}
			}
			catch (ExecutionException | TimeoutException e) {
				failedKeys.add(key);
				failure = "event " + row.id() + " not acknowledged: "
						+ (e.getCause() == null ? e.toString() : e.getCause().toString());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return acknowledged;
			}
		}
		if (failure != null) {
			failing(failure);
		}
		return acknowledged;
	}

	private ProducerRecord<String, byte[]> record(EventStreamRows.Row row) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(settings.topic(), null,
				row.caseId() == null ? null : row.caseId().toString(), row.payload().getBytes(StandardCharsets.UTF_8));
		record.headers()
			.add(new RecordHeader(EVENT, bytes(row.type())))
			.add(new RecordHeader(SCHEMA_VERSION, bytes(Integer.toString(row.version()))))
			.add(new RecordHeader(EVENT_ID, bytes(row.id().toString())))
			.add(new RecordHeader("content-type", bytes("application/json")));
		return record;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private synchronized Producer<String, byte[]> producer() {
		if (producer == null) {
			producer = producers.createProducer();
		}
		return producer;
	}

	private void failing(String why) {
		failedRounds.increment();
		Instant now = clock.instant();
		Instant since = standing.failingSince() == null ? now : standing.failingSince();
		standing = new Standing(standing.backlog(), since, why);
		if (warnedAt == null || Duration.between(warnedAt, now).compareTo(WARN_AGAIN) >= 0) {
			warnedAt = now;
			log.warn("Kafka relay failing since {} ({} events waiting in the outbox, kept and sent when it works "
					+ "again): {}", since, standing.backlog().events(), why);
		}
	}

	private void recovered() {
		if (standing.failingSince() != null) {
			log.info("Kafka relay publishing again after failing since {}", standing.failingSince());
			standing = new Standing(standing.backlog(), null, null);
			warnedAt = null;
		}
	}

	@Override
	public synchronized void start() {
		thread = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread relay = new Thread(task, "kafka-relay");
			relay.setDaemon(true);
			return relay;
		});
		thread.scheduleWithFixedDelay(this::relay, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (thread != null) {
			thread.shutdownNow();
			thread = null;
		}
		// the producer is the factory's, closed when the factory is destroyed
		producer = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return thread != null;
	}
}
