package id.go.netra.fostering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A neutrality reminder as accepted: its text (copied from the template, so a later edit of the template does not
 * change what was sent), its audience and the day it goes out. SCHEDULED until that day, then QUEUED: its audience
 * copied into deliveries, which the sender mails in batches.
 */
record Reminder(UUID id, String senderAgency, String electionCode, String phaseCode, UUID templateId,
		String subject, String body, String subjectEn, String bodyEn, Audience audience, Integer offsetDays,
		LocalDate sendOn, Status status, Instant queuedAt, String createdBy, Instant createdAt) {

	enum Status {
		/** Accepted; waits for its day. */
		SCHEDULED,
		/** Its audience is queued; the mails go out. */
		QUEUED
	}

	/** Where the deliveries stand: waiting, sent, failed for good, and employees without an address. */
	record Counts(long queued, long sent, long failed, long noAddress) {

		long total() {
			return queued + sent + failed + noAddress;
		}
	}
}
