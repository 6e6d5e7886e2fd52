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
 */
@ConfigurationProperties("netra.personnel.import")
record ImportSettings(@DefaultValue("10000") int chunkSize, @DefaultValue("4294967296") long maxFileBytes,
		@DefaultValue("true") boolean fastPath) {

	ImportSettings {
		if (chunkSize < 1 || maxFileBytes < 1) {
			throw new IllegalArgumentException(
					"netra.personnel.import.chunk-size and .max-file-bytes must be positive");
		}
	}
}
