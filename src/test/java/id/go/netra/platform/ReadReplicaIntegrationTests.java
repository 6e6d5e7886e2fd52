package id.go.netra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.NetraNode;
import id.go.netra.ReplicaReads;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * A node with a read replica (ADR 0054), on a PostgreSQL primary and streaming standby the test starts itself
 * ({@link StreamingPostgres}), so it runs alike in both CI phases and leaves the suite's database alone. The
 * dashboard, the map and the transparency figures are read from the replica (with the replica's replay paused
 * they show what it holds while the primary has more), a citizen's report is written to the primary, and with
 * the replica gone the same reads answer from the primary while the health says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaIntegrationTests {

	private static final String DATABASE = "netra_replica";
	private static final String REGION = "82.71";

	private static StreamingPostgres servers;
	private static ConfigurableApplicationContext node;
	private static Officers officers;

	@BeforeAll
	static void start() throws Exception {
		String missing = StreamingPostgres.missing();
		assumeTrue(missing == null, () -> "no PostgreSQL primary and standby of the test's own: " + missing);
		servers = StreamingPostgres.start();
		servers.createDatabase(DATABASE);
		node = NetraNode.start(servers.primaryUrl(DATABASE), "postgres", "netra_replica_" + System.nanoTime(), "a",
				List.of(), "--spring.datasource.password=",
				"--netra.datasource.replica.url=" + servers.replicaUrl(DATABASE),
				"--netra.datasource.replica.check-interval=PT0.5S",
				"--netra.datasource.replica.connection-timeout=PT1S", "--netra.datasource.replica.read-timeout=PT3S",
				"--netra.analytics.public-cache=PT0S");
		officers = new Officers(NetraNode.port(node));
		await("the replica in use").atMost(Duration.ofSeconds(20)).until(() -> replicaHealth().getStatus() == Status.UP);
	}

	@AfterAll
	static void stop() {
		try {
			if (node != null) {
				node.close();
			}
		}
		finally {
			if (servers != null) {
				servers.close();
			}
		}
	}

	@Test
	@Order(1)
	void aReplicaReadIsServedByTheStandbyAndWhatItWritesOnItsOwnByThePrimary() {
		ReplicaReads replica = node.getBean(ReplicaReads.class);
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		TransactionTemplate write = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
		String recovering = "select pg_is_in_recovery()";

		// a replica read runs on the standby; anything else on the primary
		assertThat(replica.read(() -> jdbc.queryForObject(recovering, Boolean.class))).isTrue();
		assertThat(jdbc.queryForObject(recovering, Boolean.class)).isFalse();
		// inside a transaction already open (a write's) the read joins it, on the primary
		Boolean inWrite = write.execute(status -> replica.read(() -> jdbc.queryForObject(recovering, Boolean.class)));
		assertThat(inWrite).isFalse();
		// a write opening its own transaction inside a replica read goes to the primary
		TransactionTemplate own = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Boolean ownTransaction = replica.read(() -> own.execute(status -> jdbc.queryForObject(recovering, Boolean.class)));
		assertThat(ownTransaction).isFalse();
		// and one that does not is refused by the read-only transaction, writing nothing anywhere
		assertThatThrownBy(() -> replica.read(() -> jdbc.update("create table replica_probe (id int)")))
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select count(*) from pg_tables where tablename = 'replica_probe'",
				Integer.class)).isZero();
		// the replica's pool is measured beside the primary's
		assertThat(node.getBean(MeterRegistry.class).find("hikaricp.connections").gauges())
			.extracting(gauge -> gauge.getId().getTag("pool"))
			.contains("netra-replica")
			.hasSize(2);
	}

	@Test
	@Order(2)
	void theDashboardMapAndTransparencyFiguresComeFromTheReplicaAndAReportGoesToThePrimary() throws SQLException {
		// given: five reports, counted everywhere (five is the least the public figures show)
		for (int i = 0; i < 5; i++) {
			file();
		}
		await("five cases on the replica").atMost(Duration.ofSeconds(30)).until(() -> dashboardCases() == 5);
		assertThat(publicCases()).isEqualTo(5);

		// when: the standby stops replaying the primary's WAL, and a citizen files a sixth report
		pauseReplay();
		String number = file();

		// then: the report is on the primary, and counted there
		assertThat(onPrimary("select count(*) from report where complaint_number = ?", number)).isEqualTo(1);
		await("the sixth case counted on the primary").atMost(Duration.ofSeconds(20))
			.until(() -> onPrimary("select count(*) from case_fact", null) == 6);
		// but the dashboard, the map, the public figures and the portal are read from the replica, which has five
		assertThat(dashboardCases()).isEqualTo(5);
		assertThat(mapCases()).isEqualTo(5);
		assertThat(publicCases()).isEqualTo(5);
		HttpResponse<String> portal = officers.http().get("/transparansi");
		assertThat(portal.statusCode()).isEqualTo(200);
		assertThat(replicaHealth().getStatus()).isEqualTo(Status.UP);

		// and once it replays again, they count six
		resumeReplay();
		await("six cases on the replica").atMost(Duration.ofSeconds(20))
			.until(() -> dashboardCases() == 6 && publicCases() == 6 && mapCases() == 6);
	}

	@Test
	@Order(3)
	void withoutTheReplicaTheReadsAnswerFromThePrimaryAndTheHealthSaysSo() throws SQLException {
		// given: the replica one report behind the primary
		pauseReplay();
		file();
		await("the new case counted on the primary").atMost(Duration.ofSeconds(20))
			.until(() -> onPrimary("select count(*) from case_fact", null) == 7);
		assertThat(dashboardCases()).isEqualTo(6);

		// when: the replica goes away
		servers.stopReplica();

		// then: the very next reads answer from the primary, without an error
		assertThat(dashboardCases()).isEqualTo(7);
		assertThat(mapCases()).isEqualTo(7);
		assertThat(publicCases()).isEqualTo(7);
		assertThat(officers.http().get("/transparansi").statusCode()).isEqualTo(200);
		// the health says reads go to the primary, and the node stays ready for the balancer
		await("the health").atMost(Duration.ofSeconds(10)).until(() -> replicaHealth().getStatus() == Status.DOWN);
		assertThat(replicaHealth().getDetails()).containsEntry("reads", "primary");
		assertThat(officers.http().get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		// and once the replica is back and caught up, it serves again
		servers.startReplicaAgain();
		await("the replica in use again").atMost(Duration.ofSeconds(20))
			.until(() -> replicaHealth().getStatus() == Status.UP);
		assertThat(node.getBean(ReplicaReads.class)
			.read(() -> node.getBean(JdbcTemplate.class).queryForObject("select pg_is_in_recovery()", Boolean.class)))
			.isTrue();
		assertThat(dashboardCases()).isEqualTo(7);
	}

	@Test
	@Order(4)
	void aReadOnAStandbyThatStopsAnsweringIsGivenUpAndAnsweredByThePrimary() throws Exception {
		await("the replica in use").atMost(Duration.ofSeconds(30)).until(() -> replicaHealth().getStatus() == Status.UP);
		ReplicaReads replica = node.getBean(ReplicaReads.class);
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		ExecutorService reader = Executors.newSingleThreadExecutor(work -> {
			Thread thread = new Thread(work, "replica-reader");
			thread.setDaemon(true);
			return thread;
		});
		try {
			// given: a read that takes two seconds on the standby
			Future<Boolean> read = reader.submit(() -> replica
				.read(() -> jdbc.queryForObject("select pg_is_in_recovery() from pg_sleep(2)", Boolean.class)));
			await("the read running on the standby").atMost(Duration.ofSeconds(10)).until(() -> onReplica(
					"select count(*) from pg_stat_activity where query like '%pg_sleep(2)%' and pid <> pg_backend_pid()") > 0);

			// when: the standby freezes under it, its connection open but silent
			servers.freezeReplica();

			// then: the read is given up after the read timeout (3 s here) and answered by the primary
			assertThat(read.get(20, TimeUnit.SECONDS)).as("answered by the primary (not in recovery)").isFalse();
			await("the health").atMost(Duration.ofSeconds(20)).until(() -> replicaHealth().getStatus() == Status.DOWN);
			assertThat(dashboardCases()).isEqualTo(onPrimary("select count(*) from case_fact", null));
			assertThat(officers.http().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			servers.thawReplica();
			reader.shutdownNow();
		}
		await("the replica in use again").atMost(Duration.ofSeconds(60))
			.until(() -> replicaHealth().getStatus() == Status.UP);
	}

	private static long onReplica(String sql) throws SQLException {
		try (Connection replica = servers.connectReplica(DATABASE);
				ResultSet rows = replica.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String file() {
		return officers.fileReport(Officers.publicReport(null, "Pegawai Replika", REGION, null))
			.path("complaintNumber")
			.asString();
	}

	private static long dashboardCases() {
		return officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/dashboard").path("totals").path("cases").asLong();
	}

	private static long mapCases() {
		for (JsonNode province : officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/provinces")) {
			if (province.path("code").asString().equals(REGION.substring(0, 2))) {
				return province.path("cases").asLong();
			}
		}
		throw new AssertionError("no province " + REGION.substring(0, 2));
	}

	/** The public total; null below five. */
	private static Long publicCases() {
		HttpResponse<String> answer = officers.http().get("/api/v1/public/statistics");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode count = UserAgent.json(answer).path("cases").path("count");
		return count.isNull() ? null : count.asLong();
	}

	private static Health replicaHealth() {
		return node.getBean("readReplicaHealthIndicator", HealthIndicator.class).health();
	}

	private static long onPrimary(String sql, String parameter) throws SQLException {
		try (Connection primary = servers.connectPrimary(DATABASE);
				PreparedStatement query = primary.prepareStatement(sql)) {
			if (parameter != null) {
				query.setString(1, parameter);
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static void pauseReplay() throws SQLException {
		try (Connection replica = servers.connectReplica(DATABASE)) {
			replica.createStatement().execute("select pg_wal_replay_pause()");
		}
		await("replay paused").atMost(Duration.ofSeconds(10)).until(() -> {
			try (Connection replica = servers.connectReplica(DATABASE);
					ResultSet state = replica.createStatement().executeQuery("select pg_get_wal_replay_pause_state()")) {
				state.next();
				return state.getString(1).equals("paused");
			}
		});
	}

	private static void resumeReplay() throws SQLException {
		try (Connection replica = servers.connectReplica(DATABASE)) {
			replica.createStatement().execute("select pg_wal_replay_resume()");
		}
	}
}
