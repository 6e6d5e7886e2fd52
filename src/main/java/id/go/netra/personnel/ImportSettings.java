package id.go.netra.personnel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registry import settings.
 *
 * @param chunkSize rows written and checkpointed per transaction: an import resumes after the last chunk
 * @param maxFileBytes the largest file accepted (a 4.3-million-row SIASN export is about 1 GB)
 * @param fastPath on PostgreSQL, write chunks with COPY into a staging table rather than JDBC batches (off only to
 * compare the two)
 * @param lease how long an import's node may stay silent (no chunk committed) before another node takes it over
 * @param files where the uploaded file is kept: {@code directory} (the node's data directory) or {@code database}
 *        (also in the database, so that another node can take the import over: several nodes)
 */
@ConfigurationProperties("netra.personnel.import")
record ImportSettings(@DefaultValue("10000") int chunkSize, @DefaultValue("4294967296") long maxFileBytes,
		@DefaultValue("true") boolean fastPath, @DefaultValue("PT2M") java.time.Duration lease,
		@DefaultValue("directory") String files) {

	boolean filesInDatabase() {
		return files.equals("database");
	}

	ImportSettings {
		if (chunkSize < 1 || maxFileBytes < 1) {
			throw new IllegalArgumentException(
					"netra.personnel.import.chunk-size and .max-file-bytes must be positive");
		}
		if (lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("netra.personnel.import.lease must be positive, such as PT2M");
		}
		if (!files.equals("directory") && !files.equals("database")) {
			throw new IllegalArgumentException("netra.personnel.import.files must be 'directory' or 'database'");
		}
	}
}
