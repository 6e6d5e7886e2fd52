package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.go.netra.DemoAccountRows;
import id.go.netra.TwoNodes;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database, the import file kept in the database: node a takes a registry import, dies halfway (its
 * context is closed mid-chunk), and node b, which never saw the file, takes the import over once a has been silent
 * for the lease, resumes after the last committed chunk and counts every row exactly once.
 */
class ImportTakeoverIntegrationTests {

	static final long ROWS = 20_000;

	@Test
	void anImportWhoseNodeDiesIsTakenOverByTheOtherNodeAndCountsEveryRowOnce() throws Exception {
		StringWriter file = new StringWriter();
		new SyntheticRegistry(Instant.now().toEpochMilli()).write(file, ROWS);
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		try (TwoNodes nodes = TwoNodes.start("takeover", "--netra.personnel.import.files=database",
				"--netra.personnel.import.lease=PT3S", "--netra.personnel.import.takeover-interval=PT1S",
				"--netra.personnel.import.chunk-size=250")) {
			UserAgent a = new UserAgent(nodes.port(0));
			HttpResponse<String> accepted = a.postCsv("/api/v1/personnel/imports?fileName=synthetic.csv",
					a.accessToken(bkn.clientId(), bkn.clientSecret()), file.toString());
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			String location = UserAgent.location(accepted);
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			await("node a halfway").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
				.until(() -> recordsDone(nodes, id) > 0);
			String claimedByA = claimedBy(nodes, id);
			nodes.node(0).close();
			long doneWhenADied = recordsDone(nodes, id);
			assertThat(doneWhenADied).as("a died before the end").isLessThan(ROWS);

			UserAgent b = new UserAgent(nodes.port(1));
			String token = b.accessToken(bkn.clientId(), bkn.clientSecret());
			JsonNode[] job = new JsonNode[1];
			await("node b finishes it").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
				job[0] = UserAgent.json(b.get(location, token));
				assertThat(job[0].path("status").asString()).as(job[0].toString()).isNotEqualTo("FAILED");
				return job[0].path("status").asString().equals("DONE");
			});
			long counted = job[0].path("inserted").asLong() + job[0].path("updated").asLong()
					+ job[0].path("unchanged").asLong() + job[0].path("rejected").asLong();
			assertThat(job[0].path("recordsDone").asLong()).isEqualTo(ROWS);
			assertThat(counted).as("every row counted exactly once").isEqualTo(ROWS);
			assertThat(job[0].path("inserted").asLong()).isEqualTo(ROWS);
			assertThat(claimedBy(nodes, id)).as("b holds it now").isNotEqualTo(claimedByA);
			try (Connection db = nodes.connect();
					ResultSet employees = db.createStatement().executeQuery("select count(*) from employee")) {
				employees.next();
				assertThat(employees.getLong(1)).isEqualTo(ROWS);
			}
		}
	}

	private static long recordsDone(TwoNodes nodes, long id) throws Exception {
		try (Connection db = nodes.connect();
				ResultSet rs = db.createStatement().executeQuery("select records_done from registry_import where id = " + id)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

	private static String claimedBy(TwoNodes nodes, long id) throws Exception {
		try (Connection db = nodes.connect();
				ResultSet rs = db.createStatement().executeQuery("select claimed_by from registry_import where id = " + id)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}
}
