package id.go.netra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.netra.DemoAccountRows;
import id.go.netra.TwoNodes;
import id.go.netra.UserAgent;

/**
 * Two nodes on one database, as behind a load balancer (ADR 0050, 0051): what one node knows, the other knows
 * too. Runs on a shared in-memory H2 database, and on PostgreSQL when SPRING_DATASOURCE_URL names one (CI).
 */
class TwoNodeIntegrationTests {

	private static TwoNodes nodes;

	@BeforeAll
	static void start() {
		nodes = TwoNodes.start("netra_two_nodes", List.of(OnceAtATime.class),
				"--netra.public-limits.submissions-per-minute=5", "--netra.public-limits.store-retry=PT0.5S");
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void aSessionStartedOnOneNodeIsValidOnTheOtherAndEndsEverywhereOnSignOut() {
		UserAgent admin = admin();
		createUser(admin, "cluster.out", "Correct-Horse-Battery-7");
		UserAgent onA = new UserAgent(nodes.port(0));
		assertThat(onA.signIn("cluster.out", "Correct-Horse-Battery-7")).isEqualTo("/beranda");
		UserAgent onB = onA.through(nodes.port(1));
		assertThat(onB.get("/beranda").statusCode()).isEqualTo(200);

		assertThat(UserAgent.location(onB.submit("/beranda", "/keluar", Map.of()))).isEqualTo("/masuk?keluar");

		assertThat(UserAgent.location(onA.get("/beranda"))).endsWith("/masuk");
		assertThat(UserAgent.location(onB.get("/beranda"))).endsWith("/masuk");
	}

	@Test
	void disablingAnAccountOnOneNodeEndsItsSessionOnTheOther() {
		UserAgent adminOnB = admin().through(nodes.port(1));
		createUser(adminOnB, "cluster.disabled", "Correct-Horse-Battery-8");
		UserAgent onA = new UserAgent(nodes.port(0));
		assertThat(onA.signIn("cluster.disabled", "Correct-Horse-Battery-8")).isEqualTo("/beranda");
		assertThat(onA.get("/beranda").statusCode()).isEqualTo(200);

		adminOnB.submit("/admin/pengguna", "/admin/pengguna/cluster.disabled/nonaktifkan", Map.of());

		assertThat(UserAgent.location(onA.get("/beranda"))).endsWith("/masuk");
		// the administrator who did it is still signed in
		assertThat(adminOnB.get("/admin/pengguna").statusCode()).isEqualTo(200);
	}

	@Test
	void aJobThatMustRunOnceRunsOnOneNodeAtATime() throws Exception {
		// both nodes try every 20 ms for 50 ms of work: without the lock their runs would overlap at once
		await().atMost(Duration.ofSeconds(20)).until(() -> OnceAtATime.runs.size() >= 20);
		List<OnceAtATime.Run> runs = OnceAtATime.runs.stream().sorted(Comparator.comparingLong(OnceAtATime.Run::start))
			.toList();
		for (int i = 1; i < runs.size(); i++) {
			assertThat(runs.get(i).start()).as("run %d starts after run %d ended", i, i - 1)
				.isGreaterThanOrEqualTo(runs.get(i - 1).end());
		}
		// the application's own jobs that must run once take the same lock
		try (Connection db = nodes.connect()) {
			await().atMost(Duration.ofSeconds(20)).until(() -> locks(db).containsAll(
					Set.of("tally-fold", "audit-seal", "deadline-watch", "control-ladder")));
		}
	}

	@Test
	void aClientsSubmissionLimitHoldsForBothNodesTogether() throws Exception {
		assumeTrue(nodes.onPostgres(), "the limits are shared on PostgreSQL; the embedded database has one node");
		UserAgent a = new UserAgent(nodes.port(0));
		UserAgent b = a.through(nodes.port(1));
		int admitted = 0;
		for (int i = 0; i < 10; i++) {
			// an empty report: refused as invalid (400) once admitted, 429 once the client's five are used
			int status = (i % 2 == 0 ? a : b).postJson("/api/v1/public/reports", null, "{}", "X-Forwarded-For",
					"203.0.113.61").statusCode();
			admitted += status == 429 ? 0 : 1;
		}
		assertThat(admitted).isEqualTo(5);
		try (Connection db = nodes.connect(); ResultSet rows = db.createStatement()
			.executeQuery("select id from public_limit_bucket")) {
			List<String> ids = new java.util.ArrayList<>();
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
			assertThat(ids).isNotEmpty().noneMatch(id -> id.contains("203.0.113"));
		}
		assertThat(a.get("/actuator/health").statusCode()).isEqualTo(200);

		// the store gone: node a limits on its own (five more from its own bucket) and says so in its health
		try (Connection db = nodes.connect()) {
			db.createStatement().execute("alter table public_limit_bucket rename to public_limit_bucket_away");
			try {
				int alone = 0;
				for (int i = 0; i < 7; i++) {
					alone += a.postJson("/api/v1/public/reports", null, "{}", "X-Forwarded-For", "203.0.113.62")
						.statusCode() == 429 ? 0 : 1;
				}
				assertThat(alone).isEqualTo(5);
				assertThat(a.get("/actuator/health").statusCode()).isEqualTo(503);
				assertThat(limitsHealth(0).getDetails()).containsEntry("limits", "per node until the limit store answers");
				assertThat(limitsHealth(1).getStatus()).isEqualTo(Status.UP);
			}
			finally {
				db.createStatement().execute("alter table public_limit_bucket_away rename to public_limit_bucket");
			}
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> {
			a.postJson("/api/v1/public/reports", null, "{}", "X-Forwarded-For", "203.0.113.63");
			return limitsHealth(0).getStatus().equals(Status.UP);
		});
		assertThat(a.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void aTokenRevokedOnOneNodeIsRefusedByTheOtherWithinASecond() {
		DemoAccountRows auditor = DemoAccountRows.of("AUDITOR");
		UserAgent a = new UserAgent(nodes.port(0));
		UserAgent b = new UserAgent(nodes.port(1));
		String token = a.accessToken(auditor.clientId(), auditor.clientSecret());
		assertThat(b.get("/api/v1/me", token).statusCode()).isEqualTo(200);

		assertThat(a.revoke(auditor.clientId(), auditor.clientSecret(), token).statusCode()).isEqualTo(200);

		assertThat(a.get("/api/v1/me", token).statusCode()).isEqualTo(401);
		await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
			.until(() -> b.get("/api/v1/me", token).statusCode() == 401);
		// only that token: the client takes a new one and goes on
		assertThat(b.get("/api/v1/me", a.accessToken(auditor.clientId(), auditor.clientSecret())).statusCode())
			.isEqualTo(200);
		// another client cannot revoke it, nor a forged token: the answer is 200 or a refusal, nothing revoked
		String other = a.accessToken(auditor.clientId(), auditor.clientSecret());
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		a.revoke(satgas.clientId(), satgas.clientSecret(), other);
		assertThat(b.get("/api/v1/me", other).statusCode()).isEqualTo(200);
	}

	@Test
	void aClientDisabledOnOneNodeIsRefusedByTheOtherWithinASecond() {
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		UserAgent a = new UserAgent(nodes.port(0));
		String token = a.accessToken(bkn.clientId(), bkn.clientSecret());
		// node a now keeps the client's actor in memory (for up to 10 s)
		assertThat(a.get("/api/v1/me", token).statusCode()).isEqualTo(200);

		UserAgent adminOnB = admin().through(nodes.port(1));
		assertThat(UserAgent.location(adminOnB.submit("/admin/klien", "/admin/klien/" + bkn.clientId() + "/status",
				Map.of("enabled", "false")))).isEqualTo("/admin/klien");

		await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
			.until(() -> a.get("/api/v1/me", token).statusCode() == 401);
		adminOnB.submit("/admin/klien", "/admin/klien/" + bkn.clientId() + "/status", Map.of("enabled", "true"));
		await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
			.until(() -> a.get("/api/v1/me", token).statusCode() == 200);
	}

	private static Health limitsHealth(int node) {
		return nodes.node(node).getBean("publicLimits", HealthIndicator.class).health();
	}

	private static Set<String> locks(Connection db) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (ResultSet rs = db.createStatement().executeQuery("select name from shedlock")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	/** A job of the test's own on both nodes, that records when it ran (in this one JVM's time). */
	static class OnceAtATime {

		record Run(long start, long end) {
		}

		static final Queue<Run> runs = new ConcurrentLinkedQueue<>();

		@Scheduled(fixedDelay = 20)
		@SchedulerLock(name = "two-node-test", lockAtMostFor = "PT10S")
		public void work() throws InterruptedException {
			long start = System.nanoTime();
			Thread.sleep(50);
			runs.add(new Run(start, System.nanoTime()));
		}
	}

	private static UserAgent admin() {
		UserAgent admin = new UserAgent(nodes.port(0));
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		assertThat(admin.signIn(row.username(), row.password())).isEqualTo("/beranda");
		return admin;
	}

	private static void createUser(UserAgent admin, String username, String password) {
		var created = admin.submit("/admin/pengguna", "/admin/pengguna", Map.of("username", username, "displayName",
				"Uji " + username, "email", "", "agencyCode", "BKN", "roles", "TASK_FORCE", "password", password));
		assertThat(UserAgent.location(created)).isEqualTo("/admin/pengguna");
	}
}
