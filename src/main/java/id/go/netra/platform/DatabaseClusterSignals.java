package id.go.netra.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.ClusterSignal;
import id.go.netra.ClusterSignals;

/**
 * {@link ClusterSignals} through the database every node shares (ADR 0050). On PostgreSQL a signal is a
 * {@code NOTIFY} on channel {@code netra_cluster}, which the server delivers when the sender's transaction commits;
 * each node keeps one connection that LISTENs, and after losing it announces {@link ClusterSignal#EVERYTHING}, as
 * signals may have been missed meanwhile. On H2 a signal is a row of {@code cluster_signal}, polled every
 * {@code netra.cluster.signal-poll-interval} (250 ms).
 */
@Component
class DatabaseClusterSignals implements ClusterSignals, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseClusterSignals.class);
	private static final String CHANNEL = "netra_cluster";
	private static final Duration KEPT = Duration.ofMinutes(1);

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final boolean postgres;
	private volatile boolean running;
	private volatile Thread listener;
	private long lastSeen;
	private int polls;

	DatabaseClusterSignals(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock)
			throws MetaDataAccessException {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	@Override
	public void send(String topic, String subject) {
		if (postgres) {
			jdbc.sql("select pg_notify(:channel, :payload)")
				.param("channel", CHANNEL)
				.param("payload", topic + "\n" + subject)
				.query((rs, row) -> null)
				.list();
		}
		else {
			jdbc.sql("insert into cluster_signal (topic, subject, sent_at) values (:topic, :subject, :now)")
				.param("topic", topic)
				.param("subject", subject)
				.param("now", OffsetDateTime.now(clock))
				.update();
		}
	}

	/** H2: the rows after the last one seen, in order; now and then the old ones are deleted. */
	@Scheduled(fixedDelayString = "${netra.cluster.signal-poll-interval:PT0.25S}", initialDelayString = "PT0.25S")
	void poll() {
		if (postgres || !running) {
			return;
		}
		try {
			jdbc.sql("select id, topic, subject from cluster_signal where id > :last order by id")
				.param("last", lastSeen)
				.query((rs, row) -> {
					lastSeen = rs.getLong("id");
					return new ClusterSignal(rs.getString("topic"), rs.getString("subject"));
				})
				.list()
				.forEach(events::publishEvent);
			if (++polls % 240 == 0) {
				jdbc.sql("delete from cluster_signal where sent_at < :before")
					.param("before", OffsetDateTime.now(clock).minus(KEPT))
					.update();
			}
		}
		catch (RuntimeException e) {
			log.warn("Cluster signals could not be read this time: {}", e.toString());
		}
	}

	/** PostgreSQL: one connection LISTENs; notifications are handed on as they come. */
	private void listen() {
		boolean missed = false;
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				if (missed) {
					log.info("Listening to cluster signals again; forgetting what may have changed meanwhile");
					events.publishEvent(new ClusterSignal(ClusterSignal.EVERYTHING, ""));
				}
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] received = notifications.getNotifications(500);
					if (received != null) {
						for (PGNotification notification : received) {
							String[] parts = notification.getParameter().split("\n", 2);
							events.publishEvent(new ClusterSignal(parts[0], parts.length > 1 ? parts[1] : ""));
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					missed = true;
					log.warn("Lost the connection that listens to cluster signals, trying again: {}", e.toString());
					pause();
				}
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	@Override
	public void start() {
		if (!postgres) {
			// Where this node starts reading: here, not at the first poll, which runs on the shared scheduler
			// thread and may come late under load; a signal sent in between would have been skipped for good.
			lastSeen = jdbc.sql("select coalesce(max(id), 0) from cluster_signal").query(Long.class).single();
		}
		running = true;
		if (postgres) {
			Thread thread = new Thread(this::listen, "cluster-signals");
			thread.setDaemon(true);
			listener = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = listener;
		if (thread != null) {
			try {
				thread.join(2000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
