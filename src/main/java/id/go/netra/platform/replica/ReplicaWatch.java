package id.go.netra.platform.replica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the read replica every {@code netra.datasource.replica.check-interval} (5 s) on a thread of its own, so a
 * replica that does not answer holds up none of the scheduled work: is it reachable, is it a standby, and how far
 * behind the primary ({@link ReplicaLag})? The answer goes to {@link ReplicaState}; a replica that failed under a
 * read is thus tried again at the next check.
 */
class ReplicaWatch implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplicaWatch.class);
	private static final int QUERY_TIMEOUT_SECONDS = 5;

	private record Standby(boolean recovering, String replayed) {
	}

	private final JdbcTemplate primary;
	private final JdbcTemplate replica;
	private final ReplicaState state;
	private final ReplicaSettings settings;
	private final Clock clock;
	private final ReplicaLag lag = new ReplicaLag();
	private volatile ScheduledExecutorService checks;

	ReplicaWatch(DataSource primary, DataSource replica, ReplicaState state, ReplicaSettings settings, Clock clock) {
		this.primary = timed(primary);
		this.replica = timed(replica);
		this.state = state;
		this.settings = settings;
		this.clock = clock;
	}

	void check() {
		long position;
		try {
			position = ReplicaLag.position(primary.queryForObject("select pg_current_wal_lsn()::text", String.class));
		}
		catch (DataAccessException e) {
			// the primary's own trouble shows in the db health and in every request; the replica is not to blame
			log.debug("The primary's WAL position could not be read: {}", e.toString());
			return;
		}
		lag.primaryAt(clock.instant(), position);
		Standby standby;
		try {
			standby = replica.queryForObject(
					"select pg_is_in_recovery() as recovering, pg_last_wal_replay_lsn()::text as replayed",
					(rs, row) -> new Standby(rs.getBoolean("recovering"), rs.getString("replayed")));
		}
		catch (DataAccessException e) {
			state.notInUse("cannot be reached: " + ReplicaRouting.describe(e));
			return;
		}
		if (standby == null || !standby.recovering()) {
			state.notInUse("is not a standby (pg_is_in_recovery() is false): it may have been promoted");
			return;
		}
		if (standby.replayed() == null) {
			state.notInUse("has replayed no WAL from the primary yet");
			return;
		}
		Instant now = clock.instant();
		Duration behind = lag.behind(now, ReplicaLag.position(standby.replayed()));
		if (behind == null) {
			Duration atLeast = lag.behindAtLeast(now);
			if (atLeast.compareTo(settings.maxLag()) > 0) {
				state.notInUse("is more than " + atLeast.withNanos(0) + " behind the primary (max-lag "
						+ settings.maxLag() + ")");
			}
			// otherwise it is catching up with the first position noted: the next check tells
		}
		else if (behind.compareTo(settings.maxLag()) > 0) {
			state.notInUse("is " + behind.withNanos(0) + " behind the primary (max-lag " + settings.maxLag() + ")");
		}
		else {
			state.inUse(behind);
		}
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (RuntimeException e) {
			log.warn("The read replica could not be checked: {}", e.toString());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, "read-replica-watch");
			thread.setDaemon(true);
			return thread;
		});
		long interval = settings.checkInterval().toMillis();
		executor.scheduleWithFixedDelay(this::checkQuietly, 0, interval, TimeUnit.MILLISECONDS);
		checks = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = checks;
		checks = null;
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return checks != null;
	}

	private static JdbcTemplate timed(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
		return template;
	}
}
