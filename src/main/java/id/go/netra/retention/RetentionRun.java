package id.go.netra.retention;

import java.time.Instant;
import java.util.List;

/**
 * One run of the retention schedule, or the preview of the next: when, the cutoff (cases closed before it were
 * due), and what was erased. {@code id} and {@code finishedAt} are null in a preview.
 *
 * @param triggeredBy {@code system} for the schedule, or the administrator who ran it by hand
 */
public record RetentionRun(Long id, Instant startedAt, Instant finishedAt, String triggeredBy, Instant cutoff,
		int cases, int identitiesErased, int filesDeleted, long bytesDeleted, int noticesDeleted,
		List<String> complaintNumbers) implements java.io.Serializable {

	public RetentionRun {
		complaintNumbers = List.copyOf(complaintNumbers);
	}
}
