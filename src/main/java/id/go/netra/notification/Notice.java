package id.go.netra.notification;

import java.time.Instant;
import java.util.UUID;

/** One mail to one person about one case, as stored before and after sending. */
record Notice(long id, UUID caseId, String complaintNumber, NoticeKind kind, String agencyCode, String recipientEmail,
		String subject, String body, Status status, int attempts, Instant createdAt, Instant sentAt) {

	enum Status {
		/** Waiting for its first or next attempt. */
		PENDING,
		/** Accepted by the SMTP server. */
		SENT,
		/** Given up after {@code netra.notification.max-attempts}. */
		FAILED
	}
}
