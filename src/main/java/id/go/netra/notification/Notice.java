package id.go.netra.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One mail to one person about one case, as stored before and after sending. A notice to a reporter stores
 * {@link #REPORTER} instead of an address: the address is opened from the sealed identity when the mail is sent
 * and kept nowhere after (ADR 0023).
 */
record Notice(long id, UUID caseId, String complaintNumber, NoticeKind kind, String agencyCode, String recipientEmail,
		String subject, String body, Status status, int attempts, Instant createdAt, Instant sentAt) {

	/** The recipient of a notice to the case's reporter, whose address is looked up only at sending. */
	static final String REPORTER = "reporter";

	boolean toReporter() {
		return kind == NoticeKind.REPORTER_NEWS;
	}

	enum Status {
		/** Waiting for its first or next attempt. */
		PENDING,
		/** Accepted by the SMTP server. */
		SENT,
		/** Given up after {@code netra.notification.max-attempts}. */
		FAILED
	}
}
