package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraProcess;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * The real thing: Netra runs in its own JVM, imports a synthetic registry, is killed with SIGKILL halfway,
 * starts again on the same data and finishes the import with every row counted exactly once.
 */
class RegistryImportCrashIntegrationTests {

	static final long ROWS = 60_000;

	@Test
	void anImportKilledHalfwayResumesAndCountsEveryRowOnce() throws Exception {
		Path dataDir = Files.createTempDirectory(Paths.get("target"), "crash-");
		Path file = dataDir.resolve("synthetic.csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new SyntheticRegistry(Instant.now().toEpochMilli()).write(out, ROWS);
		}
		int port = freePort();
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");

		Process first = start(dataDir, port);
		String location;
		try {
			UserAgent agent = new UserAgent(port);
			String token = agent.accessToken(bkn.clientId(), bkn.clientSecret());
			HttpResponse<String> accepted = agent.postCsv("/api/v1/personnel/imports?fileName=synthetic.csv", token,
					Files.readString(file));
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			location = UserAgent.location(accepted);
			JsonNode midway = poll(agent, location, token, job -> job.path("recordsDone").asLong() > 0);
			assertThat(midway.path("status").asString()).as("killed while running").isEqualTo("RUNNING");
		}
		finally {
			first.destroyForcibly();
			first.waitFor();
		}

		Process second = start(dataDir, port);
		try {
			UserAgent agent = new UserAgent(port);
			String token = agent.accessToken(bkn.clientId(), bkn.clientSecret());
			JsonNode done = poll(agent, location, token, job -> job.path("status").asString().equals("DONE"));
			long counted = done.path("inserted").asLong() + done.path("updated").asLong()
					+ done.path("unchanged").asLong() + done.path("rejected").asLong();
			assertThat(done.path("recordsDone").asLong()).isEqualTo(ROWS);
			assertThat(counted).as("every row counted exactly once").isEqualTo(ROWS);
			assertThat(done.path("rejected").asLong()).isZero();
			assertThat(done.path("inserted").asLong()).as("every row new in an empty registry").isEqualTo(ROWS);
		}
		finally {
			second.destroyForcibly();
			second.waitFor();
			dropOwnDatabase(dataDir);
		}
	}

	/**
	 * On PostgreSQL (CI) the child gets a database of its own, so the import is the initial load of an empty
	 * registry, the path that copies straight into it, and must resume on that path.
	 */
	private static Process start(Path dataDir, int port) throws IOException {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return NetraProcess.start(dataDir, port, "--netra.personnel.import.chunk-size=500");
		}
		return NetraProcess.start(dataDir, port, "--netra.personnel.import.chunk-size=500",
				"--spring.datasource.url=" + ownDatabase(url, dataDir));
	}

	private static String databaseName(Path dataDir) {
		return "netra_crash_" + dataDir.getFileName().toString().replaceAll("[^a-z0-9]", "");
	}

	private static void dropOwnDatabase(Path dataDir) throws java.sql.SQLException {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url,
					System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))) {
				admin.createStatement().execute("drop database if exists " + databaseName(dataDir) + " with (force)");
			}
		}
	}

	private static String ownDatabase(String url, Path dataDir) {
		String name = databaseName(dataDir);
		String base = url.substring(0, url.lastIndexOf('/') + 1);
		try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url,
				System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))) {
			try (var rs = admin.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				if (!rs.next()) {
					admin.createStatement().execute("create database " + name);
				}
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("could not create the crash test's own database " + name, e);
		}
		return base + name;
	}

	private static JsonNode poll(UserAgent agent, String location, String token, Predicate<JsonNode> until) {
		JsonNode[] job = new JsonNode[1];
		await("import progress").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> {
			job[0] = UserAgent.json(agent.get(location, token));
			assertThat(job[0].path("status").asString()).as(job[0].toString()).isNotEqualTo("FAILED");
			return until.test(job[0]);
		});
		return job[0];
	}

	private static int freePort() throws IOException {
		return NetraProcess.freePort();
	}
}
