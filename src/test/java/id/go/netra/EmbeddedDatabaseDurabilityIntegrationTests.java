package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What a killed process had committed on the embedded database is still there afterwards: a child JVM opens
 * the database with the URL Netra ships, commits rows, says so, and is killed with SIGKILL at once.
 */
class EmbeddedDatabaseDurabilityIntegrationTests {

	@Test
	void rowsCommittedJustBeforeAKillSurviveIt() throws Exception {
		Path dataDir = Files.createTempDirectory(Paths.get("target"), "durability-");
		String url = shippedUrl().replace("${netra.data-dir}", dataDir.toAbsolutePath().toString());

		Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		int committed = readCommitted(child.getInputStream());
		child.destroyForcibly();
		assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(committed).isEqualTo(CommitThenWait.ROWS);

		try (Connection connection = DriverManager.getConnection(url, "netra", "");
				ResultSet rs = connection.createStatement().executeQuery("select count(*) from durability_probe")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(CommitThenWait.ROWS);
		}
	}

	private static String shippedUrl() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = EmbeddedDatabaseDurabilityIntegrationTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:${netra.data-dir}/");
		return url;
	}

	private static int readCommitted(InputStream output) throws Exception {
		BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
		List<String> seen = new java.util.ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			seen.add(line);
			if (line.startsWith("COMMITTED ")) {
				return Integer.parseInt(line.substring("COMMITTED ".length()));
			}
		}
		throw new AssertionError("the child process ended without committing: " + seen);
	}

	/** The child: commits rows one transaction at a time, reports, then waits to be killed. */
	public static final class CommitThenWait {

		static final int ROWS = 50;

		public static void main(String[] args) throws Exception {
			Connection connection = DriverManager.getConnection(args[0], "netra", "");
			connection.createStatement().execute("create table durability_probe (id integer primary key)");
			connection.setAutoCommit(false);
			for (int i = 0; i < ROWS; i++) {
				connection.createStatement().execute("insert into durability_probe values (" + i + ")");
				connection.commit();
			}
			// Standard output is the protocol with the parent test, which kills this process on reading it;
			// the sleep only keeps the process alive until the SIGKILL arrives.
			System.out.println("COMMITTED " + ROWS);
			System.out.flush();
			Thread.sleep(60_000);
		}
	}
}
