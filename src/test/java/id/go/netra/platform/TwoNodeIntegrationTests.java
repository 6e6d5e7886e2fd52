package id.go.netra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
		nodes = TwoNodes.start("netra_two_nodes");
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
