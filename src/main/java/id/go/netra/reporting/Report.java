package id.go.netra.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as filed. The reporter's contact details are here for the task-force verifiers only; callers that
 * show a report to anyone else use {@link #withoutReporter()}.
 */
public record Report(long id, ComplaintNumber complaintNumber, ReportKind kind, String filedBy, String filedByAgency,
		ReportSubmission.Reported reported, LocalDate incidentDate, String regionCode, String description,
		boolean anonymous, String reporterName, String reporterEmail, String reporterPhone, Instant filedAt) {

	public Report withoutReporter() {
		return new Report(id, complaintNumber, kind, kind.isPublic() ? null : filedBy, filedByAgency, reported,
				incidentDate, regionCode, description, anonymous, null, null, null, filedAt);
	}

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
