package id.go.netra.personnel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.netra.DataDirectory;

/**
 * Which node runs an import: claimed with a conditional update, kept alive by every chunk the node commits, and
 * free for another node once it has been silent for the lease (the node died). A node that finds its claim taken
 * stops without writing another row.
 */
@Component
class ImportClaims {

	/** Thrown inside a chunk's transaction when another node has taken the import over: the chunk rolls back. */
	static final class ClaimLost extends RuntimeException {

		ClaimLost(long id) {
			super("registry import " + id + " was taken over by another node");
		}
	}

	private final JdbcClient jdbc;
	private final ImportSettings settings;
	private final Clock clock;
	private final String node;

	ImportClaims(JdbcClient jdbc, ImportSettings settings, Clock clock, DataDirectory dataDirectory) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.node = nodeOf(dataDirectory.resolve("node-id"));
	}

	/**
	 * A node is its data directory: a node restarted on the same directory takes its own imports back at once; a
	 * node on another directory waits for the lease.
	 */
	private static String nodeOf(Path file) {
		try {
			if (Files.isRegularFile(file)) {
				String known = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (!known.isEmpty()) {
					return known;
				}
			}
			Files.createDirectories(file.getParent());
			String made = ManagementFactory.getRuntimeMXBean().getName().replaceAll("^\\d+@", "") + "/" + UUID.randomUUID();
			Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
			return made;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read or write " + file, e);
		}
	}

	String node() {
		return node;
	}

	/** Claims the import for this node: free, already this node's, or silent for longer than the lease. */
	boolean claim(long id) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("""
				update registry_import set claimed_by = :node, heartbeat_at = :now
				where id = :id and status in ('QUEUED', 'RUNNING')
				  and (claimed_by is null or claimed_by = :node or heartbeat_at is null or heartbeat_at < :stale)""")
			.param("node", node)
			.param("now", now)
			.param("stale", now.minus(settings.lease()))
			.param("id", id)
			.update() == 1;
	}

	/** Inside a chunk's transaction: still this node's import (then kept alive), or {@link ClaimLost}. */
	void keepAlive(long id) {
		int kept = jdbc.sql("update registry_import set heartbeat_at = :now where id = :id and claimed_by = :node")
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("node", node)
			.update();
		if (kept != 1) {
			throw new ClaimLost(id);
		}
	}

	/** Unfinished imports whose node has been silent for longer than the lease (or never claimed them). */
	List<Long> abandoned() {
		OffsetDateTime stale = OffsetDateTime.now(clock).minus(settings.lease());
		return jdbc.sql("""
				select id from registry_import where status in ('QUEUED', 'RUNNING')
				  and (claimed_by <> :node or claimed_by is null)
				  and coalesce(heartbeat_at, created_at) < :stale order by id""")
			.param("node", node)
			.param("stale", stale)
			.query(Long.class)
			.list();
	}
}
