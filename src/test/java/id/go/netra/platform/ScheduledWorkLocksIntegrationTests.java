package id.go.netra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The lock provider of the scheduled work (ADR 0056) on a real database: on the PostgreSQL that CI names, else an
 * embedded H2 database, in a table of the test's own. A lock of 30 s or more is extended while its job runs; a
 * shorter one is taken as it is.
 */
class ScheduledWorkLocksIntegrationTests {

	private static final String TABLE = "shedlock_test_" + Math.abs(System.nanoTime() % 100_000);

	private DataSource dataSource;
	private JdbcTemplate jdbc;
	private ScheduledWorkLocks.KeptAlive locks;
	private ScheduledWorkLocks.KeptAlive otherNode;

	@BeforeEach
	void table() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		dataSource = url != null && url.startsWith("jdbc:postgresql:")
				? new DriverManagerDataSource(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
						System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))
				: new DriverManagerDataSource("jdbc:h2:mem:locks;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
		jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("create table " + TABLE + " (name varchar(64) not null primary key, lock_until timestamp not null,"
				+ " locked_at timestamp not null, locked_by varchar(255) not null)");
		locks = new ScheduledWorkLocks().lockProvider(dataSource, TABLE);
		otherNode = new ScheduledWorkLocks().lockProvider(dataSource, TABLE);
	}

	@AfterEach
	void drop() {
		locks.destroy();
		otherNode.destroy();
		jdbc.execute("drop table " + TABLE);
	}

	@Test
	void aLongJobKeepsItsLockWhileItRunsAndFreesItAtTheEnd() {
		Optional<SimpleLock> held = locks.lock(configuration("control-ladder", Duration.ofSeconds(30)));
		assertThat(held).isPresent();
		Instant first = lockUntil("control-ladder");

		// half-way through the 30 s, the holder extends the lock by another 30 s: the job may run for as long as
		// it needs, and the other nodes still skip it
		await().atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(500))
			.until(() -> lockUntil("control-ladder").isAfter(first.plusSeconds(10)));
		assertThat(otherNode.lock(configuration("control-ladder", Duration.ofSeconds(30)))).isEmpty();

		held.get().unlock();
		assertThat(otherNode.lock(configuration("control-ladder", Duration.ofSeconds(30)))).isPresent();
	}

	@Test
	void aShortLockIsTakenAsItIsAndHeldOnlyForItsTime() {
		Optional<SimpleLock> held = locks.lock(configuration("two-node-test", Duration.ofSeconds(2)));
		assertThat(held).isPresent();
		assertThat(otherNode.lock(configuration("two-node-test", Duration.ofSeconds(2)))).isEmpty();
		// not extended: a holder that died frees it after its two seconds
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
			.until(() -> otherNode.lock(configuration("two-node-test", Duration.ofSeconds(2))).isPresent());
	}

	private static LockConfiguration configuration(String name, Duration atMost) {
		return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
	}

	private Instant lockUntil(String name) {
		return jdbc.queryForObject("select lock_until from " + TABLE + " where name = ?", Timestamp.class, name)
			.toInstant();
	}
}
