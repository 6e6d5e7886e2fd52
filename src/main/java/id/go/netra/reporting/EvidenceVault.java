package id.go.netra.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Where every node reads evidence when Netra runs on several nodes ({@code netra.reporting.evidence-storage=database},
 * issue 24): each stored file is also kept in the database, written in the transaction that records it, and a node's
 * evidence directory becomes a cache of it. With the default {@code directory} this does nothing and the directory is
 * the store, as on the embedded database.
 */
@Component
class EvidenceVault {

	private final JdbcTemplate jdbc;
	private final boolean enabled;
	private final Clock clock;

	EvidenceVault(JdbcTemplate jdbc, @Value("${netra.reporting.evidence-storage:directory}") String storage, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = switch (storage.strip()) {
			case "database" -> true;
			case "directory" -> false;
			default -> throw new IllegalArgumentException(
					"netra.reporting.evidence-storage must be 'directory' or 'database', not '" + storage + "'");
		};
	}

	boolean enabled() {
		return enabled;
	}

	/** Keeps the file under its name, unless a file of that name (the same content) is kept already. */
	void put(String name, Path file) throws IOException {
		if (has(name)) {
			return;
		}
		long size = Files.size(file);
		try (InputStream in = Files.newInputStream(file)) {
			jdbc.update("insert into evidence_blob (name, content, size_bytes, stored_at) values (?, ?, ?, ?)",
					statement -> {
						statement.setString(1, name);
						statement.setBinaryStream(2, in, size);
						statement.setLong(3, size);
						statement.setTimestamp(4, Timestamp.from(clock.instant()));
					});
		}
	}

	boolean has(String name) {
		return Boolean.TRUE.equals(jdbc.query("select 1 from evidence_blob where name = ?", (ResultSetExtractor<Boolean>) ResultSet::next, name));
	}

	/** Writes the kept file to {@code target} (whole or not at all); false when none is kept under the name. */
	boolean copyTo(String name, Path target) {
		return Boolean.TRUE.equals(jdbc.query("select content from evidence_blob where name = ?", (ResultSetExtractor<Boolean>) rs -> {
			if (!rs.next()) {
				return false;
			}
			try (InputStream in = rs.getBinaryStream(1)) {
				Files.createDirectories(target.getParent());
				Path partial = Files.createTempFile(target.getParent(), "cache-", ".part");
				try {
					Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
					Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
				}
				finally {
					Files.deleteIfExists(partial);
				}
				return true;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, name));
	}

	boolean delete(String name) {
		return jdbc.update("delete from evidence_blob where name = ?", name) == 1;
	}
}
