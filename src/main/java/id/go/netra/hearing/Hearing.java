package id.go.netra.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One case's hearing as stored: who is heard, what they are told is alleged, how the notice reaches them, until when
 * they may answer, their answer and what the review found of it.
 */
record Hearing(UUID caseId, String complaintNumber, String nip, String employerCode, LocalDate incidentDate,
		String regionCode, Instant openedAt, Instant clarificationDueAt, Channel channel, String email,
		NoticeStatus noticeStatus, Instant noticeSentAt, int failedChecks, String statement, Instant clarifiedAt,
		GivenBy clarifiedVia, String clarifiedByName, ReviewFound reviewFound, Instant reviewedAt,
		Allegation allegation) {

	/** The allegation as the task force phrased it for the employee (ADR 0057), when it has. */
	record Allegation(String text, Instant writtenAt, String writtenByName) {
	}

	/** How the notice reaches the employee. */
	enum Channel {
		/** mailed to the registry's address */
		EMAIL,
		/** the registry has no address (or mail kept failing): the PPK prints the notice and hands it over */
		PPK_DELIVERY
	}

	enum NoticeStatus {
		/** to be mailed */
		PENDING,
		SENT,
		/** waiting for the PPK to print and deliver it */
		AWAITING_DELIVERY,
		/** printed by the PPK for delivery */
		DELIVERED,
		/** the case closed before the notice went out (cancelled, the employee left): nobody is to be told */
		WITHDRAWN
	}

	enum GivenBy {
		EMPLOYEE, PPK
	}

	/** What the review found of the hearing when Bawaslu decided. */
	enum ReviewFound {
		CLARIFIED, DEADLINE_PASSED, BEFORE_DEADLINE
	}

	boolean clarified() {
		return clarifiedAt != null;
	}

	/**
	 * Whether the task force may still (re)phrase the allegation: until the employee answers, the review comes, the
	 * deadline passes after a notice went out, or the case closes before it did.
	 */
	boolean allegationChangeable(Instant now) {
		return !clarified() && reviewFound == null && noticeStatus != NoticeStatus.WITHDRAWN
				&& (noticeSentAt == null || now.isBefore(clarificationDueAt));
	}

	/** Whether the employee may still answer: the notice has gone out, the deadline and the review are ahead. */
	boolean openFor(Instant now) {
		return !clarified() && reviewFound == null && noticeSentAt != null && now.isBefore(clarificationDueAt);
	}
}
