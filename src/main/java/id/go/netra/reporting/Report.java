package id.go.netra.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as filed. A named reporter's identity is not here: it is stored sealed and opened only through
 * {@link Reports#revealReporter}, on a stated reason. {@code named} says whether there is one to open, which only
 * the task force may know. {@code laporNumber} is its tracking number at SP4N-LAPOR!, where it came from or was
 * handed over to (null otherwise, or while LAPOR! has not given one).
 */
public record Report(long id, ComplaintNumber complaintNumber, ReportKind kind, String filedBy, String filedByAgency,
		ReportSubmission.Reported reported, LocalDate incidentDate, String regionCode, String description,
		boolean named, Instant filedAt, String laporNumber) {

	/**
	 * Evidence attached to a report: a stored file or a link. A file is named by {@code sha256}, the copy that may
	 * be shared (cleaned of its metadata; for a video, which is not shared, its original), and
	 * {@code originalSha256} names its sealed original (null for a file stored before originals were sealed,
	 * which is kept in plain under {@code sha256}).
	 */
	public record Evidence(long id, EvidenceKind kind, String sha256, String mediaType, Long size, String originalName,
			String url, String addedBy, Instant addedAt, String originalSha256, Long originalSize) {

		/** Whether only the task force may open it: a video, whose metadata Netra does not remove. */
		public boolean taskForceOnly() {
			return kind == EvidenceKind.VIDEO;
		}
	}

	/**
	 * A question of the task force to the reporter, or the reporter's answer; {@code readAt} is when the task
	 * force first opened the case after an answer came.
	 */
	public record Message(long id, Author author, String actor, String agencyCode, String body, Instant createdAt,
			Instant readAt) {

		/** A reporter's answer that no task-force officer has opened yet. */
		public boolean unread() {
			return author == Author.REPORTER && readAt == null;
		}
	}

	public enum Author {
		REPORTER, TASK_FORCE
	}
}
