package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Netra in a JVM of its own, on a given data directory (and on PostgreSQL when CI sets SPRING_DATASOURCE_*),
 * for tests that kill it with SIGKILL, or from the packaged jar. Its log goes to the data directory.
 */
public final class NetraProcess {

	private NetraProcess() {
	}

	public static Process start(Path dataDir, int port, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				"id.go.netra.NetraApplication"));
		return launch(command, dataDir, port, false, arguments);
	}

	/**
	 * The packaged jar ({@code java -jar}, as an operator runs it) on its own embedded database in the data
	 * directory: the SPRING_DATASOURCE_* a CI phase sets are not passed on.
	 */
	public static Process startJar(Path jar, Path dataDir, int port, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", jar.toAbsolutePath().toString()));
		return launch(command, dataDir, port, true, arguments);
	}

	private static Process launch(List<String> command, Path dataDir, int port, boolean embeddedDatabase,
			String... arguments) throws IOException {
		command.addAll(List.of("--server.port=" + port, "--netra.data-dir=" + dataDir.toAbsolutePath(),
				"--netra.demo.seed=always", "--netra.demo.employees=0"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("netra-" + System.nanoTime() + ".log").toFile());
		if (embeddedDatabase) {
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
		}
		Process process = builder.start();
		UserAgent probe = new UserAgent(port);
		await("Netra ready; log in " + dataDir).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
			.ignoreException(IllegalStateException.class)
			.until(() -> {
				assertThat(process.isAlive()).as("Netra exited during start-up; see " + dataDir).isTrue();
				return probe.get("/actuator/health/readiness").statusCode() == 200;
			});
		return process;
	}

	private static String java() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	public static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
