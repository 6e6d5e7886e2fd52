package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The backup and restore drill of docs/operations/backup-and-restore.md, on PostgreSQL: Netra with a named report
 * and an evidence file is backed up by {@code ops/backup.sh} while it runs, restored by {@code ops/restore.sh} into
 * a new database and a new data directory, and started there: the case, the reporter, the evidence (same SHA-256)
 * and an intact audit chain are all back. Runs only where SPRING_DATASOURCE_URL names PostgreSQL and pg_dump is
 * installed (CI); its two databases are dropped afterwards.
 */
class BackupDrillIntegrationTests {

	@Test
	void aBackupRestoredOnANewDatabaseAndDataDirectoryOpensEverything() throws Exception {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
				"backup drill skipped: SPRING_DATASOURCE_URL does not name PostgreSQL (the drill needs pg_dump/pg_restore)");
		assumeTrue(onPath("pg_dump") && onPath("pg_restore") && onPath("psql"),
				"backup drill skipped: pg_dump, pg_restore or psql is not installed");
		Postgres postgres = Postgres.of(url);
		String suffix = Long.toString(System.nanoTime(), 36);
		String source = "netra_drill_source_" + suffix;
		String restored = "netra_drill_restored_" + suffix;
		Path work = Files.createDirectories(Paths.get("target", "backup-drill", suffix)).toAbsolutePath();
		Process first = null;
		Process second = null;
		try {
			postgres.psql("create database " + source);
			postgres.psql("create database " + restored);

			// given Netra with a named report and a file
			Path dataDir = Files.createDirectories(work.resolve("data"));
			int port = NetraProcess.freePort();
			first = NetraProcess.start(dataDir, port, "--spring.datasource.url=" + postgres.url(source));
			Officers before = new Officers(port);
			byte[] png = png();
			HttpResponse<String> filed = before.http().postMultipart("/api/v1/public/reports", null, "report",
					Officers.publicReport(null, "Pegawai Cadangan", "32.73", null), "evidence", Map.of("bukti.png", png));
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
			String number = UserAgent.json(filed).path("complaintNumber").asString();
			assertThat(chainIntact(before)).isTrue();

			// when it is backed up while it runs, then restored elsewhere
			Path dataBackups = work.resolve("backup-data");
			Path keyBackups = work.resolve("backup-keys");
			Map<String, String> sourceEnv = postgres.env(source);
			sourceEnv.put("NETRA_DATA_DIR", dataDir.toString());
			assertThat(script(sourceEnv, "ops/backup.sh", dataBackups.toString(), keyBackups.toString()).exitCode())
				.isZero();
			NetraProcess.kill(first);
			first = null;
			Path dataBackup = only(dataBackups);
			Path keyBackup = only(keyBackups);
			assertThat(dataBackup.resolve("database.dump")).exists();
			assertThat(keyBackup.resolve("keys.tar.gz")).exists();
			assertThat(dataBackup.resolve("keys.tar.gz")).as("the keys are not kept with the data").doesNotExist();

			Path newDataDir = work.resolve("restored-data");
			Map<String, String> restoredEnv = postgres.env(restored);
			restoredEnv.put("NETRA_DATA_DIR", newDataDir.toString());
			Result restore = script(restoredEnv, "ops/restore.sh", dataBackup.toString(), keyBackup.toString());
			assertThat(restore.exitCode()).as(restore.output()).isZero();
			Result again = script(restoredEnv, "ops/restore.sh", dataBackup.toString(), keyBackup.toString());
			assertThat(again.exitCode()).as("a second restore onto the same database is refused").isNotZero();
			assertThat(again.output()).contains("is not empty");

			// then the restored Netra opens all of it
			int newPort = NetraProcess.freePort();
			second = NetraProcess.start(newDataDir, newPort, "--spring.datasource.url=" + postgres.url(restored));
			Officers after = new Officers(newPort);
			JsonNode opened = after.caseOf(number);
			String caseId = opened.path("id").asString();
			// the sealed identity opens with the restored keys
			HttpResponse<String> identity = after.post("TASK_FORCE", "/api/v1/cases/" + caseId + "/reporter-identity",
					"{\"reason\": \"latihan pemulihan cadangan\"}");
			assertThat(identity.statusCode()).as(identity.body()).isEqualTo(200);
			assertThat(UserAgent.json(identity).path("name").asString()).contains("Warga Uji");
			// and so does the sealed original of the evidence, byte for byte
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
			HttpResponse<byte[]> file = after.http().getBytes("/api/v1/cases/" + caseId + "/files/"
					+ opened.path("evidence").get(0).path("sha256").asString() + "?original=true", "Authorization",
					"Bearer " + after.token("TASK_FORCE"));
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()))).isEqualTo(sha);
			assertThat(chainIntact(after)).isTrue();
		}
		finally {
			if (first != null) {
				NetraProcess.kill(first);
			}
			if (second != null) {
				NetraProcess.kill(second);
			}
			postgres.psql("drop database if exists " + source + " with (force)");
			postgres.psql("drop database if exists " + restored + " with (force)");
		}
	}

	private static boolean chainIntact(Officers officers) {
		return officers.get("ADMIN", "/api/v1/audit/chain").path("intact").asBoolean();
	}

	private static Path only(Path parent) throws IOException {
		try (Stream<Path> children = Files.list(parent)) {
			List<Path> all = children.toList();
			assertThat(all).hasSize(1);
			return all.get(0);
		}
	}

	record Result(int exitCode, String output) {
	}

	private static Result script(Map<String, String> env, String... command) throws Exception {
		List<String> line = new java.util.ArrayList<>(List.of("bash"));
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
			.anyMatch(dir -> Files.isExecutable(Paths.get(dir, program)));
	}

	/** The server of SPRING_DATASOURCE_URL, reached with its user, for other databases on it. */
	record Postgres(String host, int port, String user, String password, String adminDatabase) {

		static Postgres of(String jdbcUrl) {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
			String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
			return new Postgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password,
					uri.getPath().substring(1));
		}

		String url(String database) {
			return "jdbc:postgresql://" + host + ":" + port + "/" + database;
		}

		Map<String, String> env(String database) {
			Map<String, String> env = new HashMap<>(Map.of("PGHOST", host, "PGPORT", Integer.toString(port), "PGUSER",
					user, "PGDATABASE", database));
			if (!password.isEmpty()) {
				env.put("PGPASSWORD", password);
			}
			return env;
		}

		void psql(String statement) throws Exception {
			Result result = script(env(adminDatabase), "-c", "psql -X -q -v ON_ERROR_STOP=1 -c \"$0\"", statement);
			assertThat(result.exitCode()).as(statement + ": " + result.output()).isZero();
		}
	}

	private static byte[] png() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(2, 5, ThreadLocalRandom.current().nextInt(0x1000000));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
