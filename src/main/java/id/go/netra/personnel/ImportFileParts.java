package id.go.netra.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An import's file kept in the database in parts of {@link #PART_BYTES} (with {@code netra.personnel.import.files=
 * database}), so that a node taking an import over reads the same file: written with the import's row, read back
 * into the node's own directory when its copy is missing.
 */
@Component
class ImportFileParts {

	static final int PART_BYTES = 8 * 1024 * 1024;

	private final JdbcClient jdbc;

	ImportFileParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(long importId, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			int part = 0;
			for (byte[] bytes = in.readNBytes(PART_BYTES); bytes.length > 0; bytes = in.readNBytes(PART_BYTES)) {
				jdbc.sql("insert into registry_import_part (import_id, part, content) values (:id, :part, :content)")
					.param("id", importId)
					.param("part", part++)
					.param("content", bytes)
					.update();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the kept file to {@code target}, whole or not at all; false when none is kept. */
	boolean restore(long importId, Path target) {
		int parts = jdbc.sql("select count(*) from registry_import_part where import_id = :id")
			.param("id", importId)
			.query(Integer.class)
			.single();
		if (parts == 0) {
			return false;
		}
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), "restore-", ".part");
			try (OutputStream out = Files.newOutputStream(partial)) {
				for (int part = 0; part < parts; part++) {
					out.write(jdbc.sql("select content from registry_import_part where import_id = :id and part = :part")
						.param("id", importId)
						.param("part", part)
						.query(byte[].class)
						.single());
				}
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
