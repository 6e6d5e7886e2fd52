package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.go.netra.NetraApplication;
import id.go.netra.casework.Officers;

/**
 * Two application nodes on one PostgreSQL database, both watching deadlines and climbing ladders every 100 ms:
 * every rung of every case fires exactly once (one action, one letter of each kind, one block, one audit entry).
 * Needs PostgreSQL (CI sets SPRING_DATASOURCE_URL); the test gets a database of its own there.
 */
class TwoNodeLadderIntegrationTests {

	private static final int CASES = 4;

	@Test
	void everyRungFiresOnceWithTwoNodesOnOneDatabase() throws SQLException {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
				"two nodes need a shared PostgreSQL database: set SPRING_DATASOURCE_URL (CI does)");
		String user = System.getenv("SPRING_DATASOURCE_USERNAME");
		String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		String name = "netra_two_nodes_" + System.nanoTime();
		String own = url.substring(0, url.lastIndexOf('/') + 1) + name;
		try (Connection admin = DriverManager.getConnection(url, user, password)) {
			admin.createStatement().execute("create database " + name);
		}
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			nodes.add(node(own, "a"));
			nodes.add(node(own, "b"));
			Officers first = new Officers(port(nodes.get(0)));
			Officers second = new Officers(port(nodes.get(1)));
			List<String> nips = first.employ(7501, "PEMDA-32", "32.73", "Satu Uji (sintetis)", "Dua Uji (sintetis)",
					"Tiga Uji (sintetis)", "Empat Uji (sintetis)");
			List<String> cases = new ArrayList<>();
			for (int i = 0; i < CASES; i++) {
				// the cases are opened and forwarded through either node
				Enforcer enforcer = new Enforcer(i % 2 == 0 ? first : second);
				cases.add(enforcer.forwardedCase(nips.get(i), LocalDate.now().minusDays(10), "DISIPLIN-09", false));
			}
			Enforcer watcher = new Enforcer(second);
			await("every case blocked").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
				.until(() -> cases.stream().allMatch(id -> watcher.controlLevel(id).equals("BLOCKED")));
			// give both nodes time to (wrongly) fire again
			await().pollDelay(Duration.ofSeconds(1)).until(() -> true);

			try (Connection db = DriverManager.getConnection(own, user, password)) {
				for (String id : cases) {
					assertThat(countBy(db, "select rung, count(*) from control_action where case_id = ?::uuid group by rung", id))
						.as("rungs of case " + id)
						.isEqualTo(Map.of("WARNING", 1L, "REPRIMAND", 1L, "BLOCKED", 1L));
					assertThat(countBy(db, "select kind, count(*) from letter where case_id = ?::uuid group by kind", id))
						.as("letters of case " + id)
						.isEqualTo(Map.of("RECOMMENDATION", 1L, "WARNING", 1L, "REPRIMAND", 1L, "BLOCK_NOTICE", 1L,
								"PPK_SANCTION", 1L));
					assertThat(countBy(db, "select scope, count(*) from personnel_block where case_id = ?::uuid group by scope", id))
						.isEqualTo(Map.of("EMPLOYEE", 1L));
					// both nodes watch the deadline: the case's aggregate, saved with its version, is marked once
					assertThat(countBy(db, "select transition, count(*) from case_history where case_id = ?::uuid"
							+ " and transition = 'DEADLINE_PASSED' group by transition", id))
						.isEqualTo(Map.of("DEADLINE_PASSED", 1L));
					String number = watcher.caseAs("AUDITOR", id).path("complaintNumber").asString();
					assertThat(countBy(db, "select action, count(*) from audit_entry where target = ? and action like 'enforcement.ladder.%' group by action", number))
						.isEqualTo(Map.of("enforcement.ladder.warning", 1L, "enforcement.ladder.reprimand", 1L,
								"enforcement.ladder.blocked", 1L));
				}
			}
		}
		finally {
			nodes.forEach(ConfigurableApplicationContext::close);
			try (Connection admin = DriverManager.getConnection(url, user, password)) {
				admin.createStatement().execute("drop database if exists " + name + " with (force)");
			}
		}
	}

	private static ConfigurableApplicationContext node(String url, String name) {
		// command-line arguments outrank the environment's SPRING_DATASOURCE_URL, which names CI's shared database
		return new SpringApplicationBuilder(NetraApplication.class).run("--spring.datasource.url=" + url,
				"--server.port=0", "--netra.demo.seed=always", "--netra.demo.employees=0",
				"--netra.data-dir=target/test-data/two-nodes-" + name + "-" + System.nanoTime(),
				"--netra.deadlines.follow-up=PT2S", "--netra.deadlines.poll-interval=PT0.1S",
				"--netra.enforcement.poll-interval=PT0.1S", "--netra.enforcement.ladder.warning=PT0S",
				"--netra.enforcement.ladder.reprimand=PT1S", "--netra.enforcement.ladder.block=PT1S");
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private static Map<String, Long> countBy(Connection db, String sql, String parameter) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return counts;
	}
}
