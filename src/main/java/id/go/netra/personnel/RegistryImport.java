package id.go.netra.personnel;

import java.time.Instant;

/**
 * One bulk import of a registry file and where it stands. {@code recordsExpected} is counted from the file's
 * lines when it is received, for the progress bar; the counts add up to {@code recordsDone} when done.
 */
public record RegistryImport(long id, String fileName, String fileSha256, long fileBytes, long recordsExpected,
		Status status, long recordsDone, long inserted, long updated, long unchanged, long rejected,
		String startedBy, Instant createdAt, Instant finishedAt, String failure) {

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED;

		public boolean finished() {
			return this == DONE || this == FAILED;
		}
	}

	/** Share of the file processed, 0 to 100. */
	public int percent() {
		if (status == Status.DONE) {
			return 100;
		}
		return recordsExpected == 0 ? 0 : (int) Math.min(99, recordsDone * 100 / recordsExpected);
	}
}
