package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The jar that {@code ./mvnw package} builds runs by itself, as the README promises and operators run it
 * ({@code java -jar}): its class path is the runtime scope alone, which the tests' class path hides. A dependency
 * once left out of it by a test-scope declaration made the jar fail at start while every other test passed.
 */
class PackagedJarIntegrationTests {

	@Test
	void thePackagedJarStartsServesItsPagesAndTakesAReport() throws Exception {
		// the jar runs on its own embedded database whatever the phase: once is enough (CI's PostgreSQL phase skips)
		assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null,
				"the packaged jar is checked in the embedded-database phase");
		Path jar = jar();
		Path dataDir = Files.createDirectories(Paths.get("target/test-data/packaged-jar-" + System.nanoTime()));
		int port = NetraProcess.freePort();
		Process netra = NetraProcess.startJar(jar, dataDir, port);
		try {
			UserAgent citizen = new UserAgent(port);
			assertThat(citizen.get("/lapor").statusCode()).isEqualTo(200);
			// the API description is drawn by springdoc (Jackson 2), the application's JSON by Jackson 3
			assertThat(citizen.get("/v3/api-docs").body()).contains("\"openapi\"");
			String report = """
					{"reported": {"name": "Nama Terlapor (sintetis)"},
					 "incident": {"date": "%s", "regionCode": "32.73",
					  "description": "Memasang spanduk kampanye salah satu pasangan calon di kantor dinas.", "links": []},
					 "reporter": {"anonymous": true}, "consent": true}
					""".formatted(LocalDate.now().minusDays(2));
			var accepted = citizen.postJson("/api/v1/public/reports", null, report);
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
			assertThat(accepted.body()).contains("complaintNumber");
		}
		finally {
			NetraProcess.kill(netra);
		}
	}

	private static Path jar() throws IOException {
		Path target = Paths.get("target");
		List<Path> jars;
		try (Stream<Path> files = Files.list(target)) {
			jars = files.filter(f -> f.getFileName().toString().matches("netra-.*\\.jar")).toList();
		}
		assumeTrue(!jars.isEmpty(), "no packaged jar in target/: run ./mvnw verify (package comes before the "
				+ "integration tests)");
		return jars.get(0);
	}
}
