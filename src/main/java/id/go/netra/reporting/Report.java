package id.go.netra.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as filed. A named reporter's identity is not here: it is stored sealed and opened only through
 * {@link Reports#revealReporter}, on a stated reason. {@code named} says whether there is one to open, which only
 * the task force may know.
 */
public record Report(long id, ComplaintNumber complaintNumber, ReportKind kind, String filedBy, String filedByAgency,
		ReportSubmission.Reported reported, LocalDate incidentDate, String regionCode, String description,
		boolean named, Instant filedAt) {

	/** Evidence attached to a report: a stored file (by SHA-256) or a link. */
	public record Evidence(long id, EvidenceKind kind, String sha256, String mediaType, Long size, String originalName,
			String url, String addedBy, Instant addedAt) {
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
