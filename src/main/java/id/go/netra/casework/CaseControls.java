package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.go.netra.catalog.SanctionLevel;

/**
 * What the enforcement module knows about a case and its employee: the control ladder, the block, the letters
 * and the discipline register. Implemented there, so casework shows it without depending on enforcement.
 */
public interface CaseControls {

	/** A letter archived with the case; {@code kind} is the letter kind's name. */
	record CaseLetter(UUID id, String kind, String number, LocalDate date) {
	}

	/**
	 * The control state: {@code blockedAt}/{@code blockLiftedAt} of the case's block, if one was placed;
	 * {@code referralStage} the Gakkumdu stage of a criminal referral, if the case has one.
	 */
	record Control(ControlLevel level, Instant blockedAt, Instant blockLiftedAt, List<CaseLetter> letters,
			String referralStage) {

		public static final Control NONE = new Control(ControlLevel.NONE, null, null, List.of(), null);
	}

	/** Sanctions the employee received for earlier acts: they make a new proven case a repeat offence. */
	record PriorOffences(int count, SanctionLevel heaviest, LocalDate lastDecreeDate) {
	}

	Control of(UUID caseId);

	/** Sanctions in the discipline register for acts before {@code before}; empty when there are none. */
	Optional<PriorOffences> priorOffences(String nip, LocalDate before);

	/** Used where enforcement is not part of the application (casework's own module tests). */
	CaseControls ABSENT = new CaseControls() {
		@Override
		public Control of(UUID caseId) {
			return Control.NONE;
		}

		@Override
		public Optional<PriorOffences> priorOffences(String nip, LocalDate before) {
			return Optional.empty();
		}
	};
}
