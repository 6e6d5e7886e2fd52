package id.go.netra.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary and a streaming standby of it, of a test's own: made with the machine's binaries
 * ({@code initdb}, {@code pg_basebackup -R}, {@code pg_ctl}) in a directory under the temporary directory, on two
 * free ports of 127.0.0.1, trusting local connections. PostgreSQL refuses to run as root, so as root (CI) the
 * binaries run as the {@code postgres} user through {@code runuser}, in a directory it owns. Close it to stop both
 * servers at once and delete everything.
 */
final class StreamingPostgres implements AutoCloseable {

	static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
	private static final Path RUNUSER = Path.of("/usr/sbin/runuser");
	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private final Path directory;
	private final int primaryPort;
	private final int replicaPort;

	private StreamingPostgres(Path directory, int primaryPort, int replicaPort) {
		this.directory = directory;
		this.primaryPort = primaryPort;
		this.replicaPort = replicaPort;
	}

	/** What this machine lacks to run it, or null. */
	static String missing() {
		List<String> lacking = new ArrayList<>();
		for (String binary : List.of("initdb", "pg_ctl", "pg_basebackup", "postgres")) {
			if (!Files.isExecutable(BIN.resolve(binary))) {
				lacking.add(BIN.resolve(binary).toString());
			}
		}
		if (ROOT && !Files.isExecutable(RUNUSER)) {
			lacking.add(RUNUSER + " (PostgreSQL does not run as root)");
		}
		return lacking.isEmpty() ? null : "PostgreSQL 15 binaries missing: " + String.join(", ", lacking);
	}

	/** Starts the primary, copies it to the standby with pg_basebackup and starts that too. */
	static StreamingPostgres start() throws IOException {
		Path directory = Files.createTempDirectory("netra-replica-");
		StreamingPostgres servers = new StreamingPostgres(directory, freePort(), freePort());
		try {
			if (ROOT) {
				UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
				PosixFileAttributeView owner = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
				owner.setOwner(users.lookupPrincipalByName("postgres"));
				GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
				owner.setGroup(group);
			}
			servers.startPrimary();
			servers.startReplica();
			return servers;
		}
		catch (IOException | RuntimeException e) {
			servers.close();
			throw e;
		}
	}

	private void startPrimary() throws IOException {
		Path data = directory.resolve("primary");
		run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
		Files.writeString(data.resolve("postgresql.conf"), """

				listen_addresses = '127.0.0.1'
				port = %d
				unix_socket_directories = '%s'
				wal_level = replica
				max_wal_senders = 4
				hot_standby = on
				max_connections = 80
				shared_buffers = 32MB
				fsync = off
				full_page_writes = off
				""".formatted(primaryPort, directory), StandardOpenOption.APPEND);
		Files.writeString(data.resolve("pg_hba.conf"), """
				local all all trust
				local replication all trust
				host replication all 127.0.0.1/32 trust
				host all all 127.0.0.1/32 trust
				""", StandardOpenOption.TRUNCATE_EXISTING);
		pgCtl("primary", "start");
	}

	private void startReplica() throws IOException {
		Path data = directory.resolve("replica");
		run("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primaryPort), "-U", "postgres", "-D",
				data.toString(), "-R", "-X", "stream", "-c", "fast", "--no-sync");
		Files.writeString(data.resolve("postgresql.conf"), "\nport = %d\n".formatted(replicaPort),
				StandardOpenOption.APPEND);
		pgCtl("replica", "start");
	}

	/** Stops the standby at once, as a crash would. */
	void stopReplica() {
		pgCtl("replica", "stop", "-m", "immediate");
	}

	void startReplicaAgain() {
		pgCtl("replica", "start");
	}

	/**
	 * Freezes the standby: its postmaster and every process under it stop (SIGSTOP) with their connections open, so it
	 * answers nothing, as a host cut off without a reset would.
	 */
	void freezeReplica() {
		signalReplica("STOP");
	}

	void thawReplica() {
		signalReplica("CONT");
	}

	private void signalReplica(String signal) {
		try {
			long postmaster = Long.parseLong(
					Files.readAllLines(directory.resolve("replica").resolve("postmaster.pid")).get(0).trim());
			List<String> kill = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(postmaster)));
			ProcessHandle.of(postmaster)
				.ifPresent(process -> process.descendants().forEach(child -> kill.add(Long.toString(child.pid()))));
			Process process = new ProcessBuilder(kill).redirectErrorStream(true).start();
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", kill) + " failed: "
						+ new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Creates a database on the primary and waits until the standby has it too. */
	void createDatabase(String name) throws SQLException {
		try (Connection primary = connectPrimary("postgres")) {
			primary.createStatement().execute("create database " + name);
		}
		await("the database on the standby").atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
			try (Connection replica = connectReplica(name)) {
				return replica.isValid(1);
			}
		});
	}

	String primaryUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + database;
	}

	String replicaUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/" + database;
	}

	Connection connectPrimary(String database) throws SQLException {
		return DriverManager.getConnection(primaryUrl(database), "postgres", "");
	}

	Connection connectReplica(String database) throws SQLException {
		return DriverManager.getConnection(replicaUrl(database), "postgres", "");
	}

	private void pgCtl(String server, String... action) {
		List<String> command = new ArrayList<>(List.of("pg_ctl", "-D", directory.resolve(server).toString(), "-l",
				directory.resolve(server + ".log").toString(), "-w", "-t", "60"));
		command.addAll(List.of(action));
		run(command.toArray(String[]::new));
	}

	/** Runs one of the binaries (as postgres when root) and fails with its output if it fails. */
	private void run(String... command) {
		List<String> line = new ArrayList<>();
		if (ROOT) {
			line.addAll(List.of(RUNUSER.toString(), "-u", "postgres", "--"));
		}
		line.add(BIN.resolve(command[0]).toString());
		line.addAll(List.of(command).subList(1, command.length));
		try {
			Path output = Files.createTempFile("netra-pg-", ".out");
			try {
				Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile())
					.directory(directory.toFile())
					.start();
				if (!process.waitFor(90, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException(String.join(" ", line) + " did not finish in 90 s");
				}
				if (process.exitValue() != 0) {
					throw new IllegalStateException(String.join(" ", line) + " failed (" + process.exitValue() + "): "
							+ Files.readString(output, StandardCharsets.UTF_8));
				}
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		for (String server : List.of("replica", "primary")) {
			if (Files.exists(directory.resolve(server).resolve("postmaster.pid"))) {
				try {
					pgCtl(server, "stop", "-m", "immediate");
				}
				catch (RuntimeException e) {
					// deleted below all the same; a server left running is in the log
				}
			}
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}
}
