package id.go.netra.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The classifier in use, and its versions. A model is trained on the examples (reviewers' decisions and imports)
 * up to a sequence number with the lexicon of a version; training is deterministic, so each node rebuilds the
 * version recorded in the database rather than shipping weights around. After a single decision the model learns
 * again in the background, a moment later, once for a burst of decisions; an import waits for the new version.
 */
@Service
public class Classifier implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Classifier.class);

	/** A score and the version of the model that gave it. */
	public record Scored(Score score, int modelVersion) {
	}

	/** One version of the model: when it was trained, on how many examples, with which lexicon, and why. */
	public record ModelVersion(int version, Instant trainedAt, int exampleCount, long lexiconVersion, String reason,
			long trainingMillis) {
	}

	private record InUse(int version, long examplesToSeq, long lexiconVersion, PartisanModel model) {
	}

	private final JdbcClient jdbc;
	private final Lexicons lexicons;
	private final Clock clock;
	private final MonitoringSettings settings;
	private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "classifier-training");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean retrainScheduled = new AtomicBoolean();
	private volatile InUse inUse;

	Classifier(JdbcClient jdbc, Lexicons lexicons, Clock clock, MonitoringSettings settings) {
		this.jdbc = jdbc;
		this.lexicons = lexicons;
		this.clock = clock;
		this.settings = settings;
	}

	public Scored score(String text) {
		InUse model = model();
		return new Scored(model.model().score(text), model.version());
	}

	/** The version in use on this node. */
	public int version() {
		return model().version();
	}

	public List<ModelVersion> versions() {
		return jdbc.sql("""
				select version, trained_at, example_count, lexicon_version, reason, training_millis
				from monitoring_model order by version desc
				""")
			.query((rs, n) -> new ModelVersion(rs.getInt("version"),
					rs.getObject("trained_at", OffsetDateTime.class).toInstant(), rs.getInt("example_count"),
					rs.getLong("lexicon_version"), rs.getString("reason"), rs.getLong("training_millis")))
			.list();
	}

	/**
	 * Learns from every example and lexicon entry there is now, unless the model in use already did; answers the
	 * version in use afterwards.
	 */
	public synchronized int learnNow(String reason) {
		InUse current = model();
		long lastSeq = lastExampleSeq();
		long lexiconVersion = lexicons.version();
		if (current.examplesToSeq() == lastSeq && current.lexiconVersion() == lexiconVersion) {
			return current.version();
		}
		inUse = trainNewVersion(reason, lastSeq, lexiconVersion);
		return inUse.version();
	}

	/** Learns again a moment from now, in the background; a burst of decisions makes one new version. */
	public void learnSoon() {
		if (retrainScheduled.compareAndSet(false, true)) {
			background.schedule(() -> {
				retrainScheduled.set(false);
				try {
					learnNow("DECISIONS");
				}
				catch (RuntimeException e) {
					log.warn("The classifier could not learn from the latest decisions; it will try again with the next",
							e);
				}
			}, settings.learningDelay().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Builds the model in use right after start, in the background, so the first post does not wait for it. */
	@EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void warmUp() {
		background.execute(() -> {
			try {
				model();
			}
			catch (RuntimeException e) {
				log.warn("The classifier could not be built at start; the first post will try again", e);
			}
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(Lexicons.Changed changed) {
		learnSoon();
	}

	/** Another node may have trained a newer version: this node rebuilds it so both score alike. */
	@Scheduled(fixedDelayString = "${netra.monitoring.model-check:PT10S}", initialDelayString = "PT10S")
	void followNewerVersions() {
		InUse current = inUse;
		if (current == null) {
			return;
		}
		latest().filter(row -> row.version() > current.version()).ifPresent(row -> {
			synchronized (this) {
				if (inUse.version() < row.version()) {
					inUse = rebuild(row);
				}
			}
		});
	}

	private InUse model() {
		InUse current = inUse;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (inUse == null) {
				inUse = latest().map(this::rebuild)
					.orElseGet(() -> trainNewVersion("START", lastExampleSeq(), lexicons.version()));
			}
			return inUse;
		}
	}

	private record Row(int version, long examplesToSeq, long lexiconVersion) {
	}

	private Optional<Row> latest() {
		return jdbc.sql("""
				select version, examples_to_seq, lexicon_version from monitoring_model
				order by version desc fetch first 1 rows only
				""")
			.query((rs, n) -> new Row(rs.getInt("version"), rs.getLong("examples_to_seq"), rs.getLong("lexicon_version")))
			.optional();
	}

	private InUse rebuild(Row row) {
		Lexicon lexicon = lexicons.current();
		if (lexicon.version() != row.lexiconVersion()) {
			// the lexicon changed since: the recorded version cannot be rebuilt, a new one takes its place
			return trainNewVersion("LEXICON", lastExampleSeq(), lexicon.version());
		}
		return new InUse(row.version(), row.examplesToSeq(), row.lexiconVersion(),
				train(lexicon, examples(row.examplesToSeq())));
	}

	private InUse trainNewVersion(String reason, long toSeq, long lexiconVersion) {
		Lexicon lexicon = lexicons.current();
		List<Example> examples = examples(toSeq);
		long started = System.nanoTime();
		PartisanModel model = train(lexicon, examples);
		long millis = (System.nanoTime() - started) / 1_000_000;
		for (int attempt = 0;; attempt++) {
			int version = jdbc.sql("select coalesce(max(version), 0) + 1 from monitoring_model").query(Integer.class)
				.single();
			try {
				jdbc.sql("""
						insert into monitoring_model (version, trained_at, examples_to_seq, example_count, lexicon_version,
						  reason, training_millis)
						values (:version, :at, :toSeq, :count, :lexicon, :reason, :millis)
						""")
					.param("version", version)
					.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
					.param("toSeq", toSeq)
					.param("count", examples.size())
					.param("lexicon", lexicon.version())
					.param("reason", reason)
					.param("millis", millis)
					.update();
				log.info("Classifier version {} in use: {} examples, lexicon version {}, trained in {} ms", version,
						examples.size(), lexicon.version(), millis);
				return new InUse(version, toSeq, lexicon.version(), model);
			}
			catch (DuplicateKeyException e) {
				if (attempt >= 5) {
					throw e;
				}
				// another node recorded that version number a moment ago: take the next one
			}
		}
	}

	private static PartisanModel train(Lexicon lexicon, List<Example> examples) {
		return examples.isEmpty() ? PartisanModel.cold(lexicon) : PartisanModel.train(lexicon, examples);
	}

	private List<Example> examples(long toSeq) {
		return jdbc.sql("select example_id, text, label from monitoring_example where seq <= :toSeq order by seq")
			.param("toSeq", toSeq)
			.query((rs, n) -> new Example(rs.getString("example_id"), rs.getString("text"),
					Label.valueOf(rs.getString("label"))))
			.list();
	}

	private long lastExampleSeq() {
		return jdbc.sql("select coalesce(max(seq), 0) from monitoring_example").query(Long.class).single();
	}

	@Override
	public void destroy() {
		background.shutdownNow();
	}
}
