package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the hearing module knows of a case's due process: the notice to the accused, their clarification, what the
 * review found of it, and the PP 94/2021 examination before the sanction. Implemented there, so casework shows it
 * on the case without depending on the hearing module.
 */
public interface CaseHearings {

	/** A file given with the clarification, or the examination's record, served under the case's files. */
	record HearingFile(String sha256, String name, String mediaType, long size) {
	}

	/**
	 * {@code givenBy}: {@code EMPLOYEE} through the personal link, or {@code PPK} on the employee's behalf (then
	 * {@code givenByName} names the officer).
	 */
	record Clarification(Instant submittedAt, String statement, String givenBy, String givenByName,
			List<HearingFile> files) {
	}

	/** {@code attendance}: {@code ATTENDED}, {@code ATTENDED_SECOND} (at the second summons) or {@code ABSENT}. */
	record Examination(LocalDate firstSummonsOn, LocalDate secondSummonsOn, String attendance, LocalDate examinedOn,
			String recordSha256, String note, Instant recordedAt, String recordedByName) {
	}

	/**
	 * The case's due process. {@code noticeChannel}: {@code EMAIL} (to the registry's address) or
	 * {@code PPK_DELIVERY} (no address: the PPK delivers it); {@code noticeSentAt} when it was mailed or printed for
	 * delivery, null while it waits; {@code reviewFound}: {@code CLARIFIED}, {@code DEADLINE_PASSED} or
	 * {@code BEFORE_DEADLINE}, once Bawaslu has reviewed. {@code allegation}: what the employee is told is alleged,
	 * in the task force's words (null until written: the notice then says the details come at the examination);
	 * {@code allegationChangeable}: whether the task force may still write or change it.
	 */
	record DueProcess(String noticeChannel, Instant noticeSentAt, Instant clarificationDueAt,
			Clarification clarification, String reviewFound, Instant reviewedAt, Examination examination,
			String allegation, Instant allegationWrittenAt, String allegationWrittenByName,
			boolean allegationChangeable) {
	}

	Optional<DueProcess> of(UUID caseId);

	/** A file of the case's hearing with this SHA-256, if it is one. */
	Optional<HearingFile> file(UUID caseId, String sha256);

	/** Used where the hearing module is not part of the application (casework's own module tests). */
	CaseHearings ABSENT = new CaseHearings() {
		@Override
		public Optional<DueProcess> of(UUID caseId) {
			return Optional.empty();
		}

		@Override
		public Optional<HearingFile> file(UUID caseId, String sha256) {
			return Optional.empty();
		}
	};
}
