package id.go.netra.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.go.netra.catalog.SanctionKind;
import id.go.netra.catalog.SanctionLevel;

/**
 * One sanction in the national discipline register (I'DIS). The decree is delivered within 14 days and takes
 * effect on the 15th day after the employee received it (PP 94/2021); until the delivery is recorded the
 * effective date is the latest it can be ({@code effectiveEstimated}). {@code endsOn} is the last day of a
 * sanction that runs for a time (allowance cut 6, 9 or 12 months; demotion 12 months). A sanction imported from
 * I'DIS has no case ({@code caseId} and {@code complaintNumber} null) and the legal basis its decree states.
 */
public record DisciplineEntry(UUID id, UUID caseId, String complaintNumber, String nip, String employeeName,
		String employerCode, List<String> violations, LocalDate incidentDate, String electionCode,
		String sanctionCode, SanctionKind sanctionKind, SanctionLevel sanctionLevel, String decreeNumber,
		LocalDate decreeDate, LocalDate deliveryDueOn, LocalDate deliveredOn, LocalDate effectiveOn,
		boolean effectiveEstimated, Integer durationMonths, LocalDate endsOn, boolean repeatOffence,
		Instant recordedAt, int version, Source source, String legalBasis, Standing standing,
		String originalSanctionCode) {

	/** Where a sanction entered the register from: a Netra case, or an I'DIS file of sanctions decided elsewhere. */
	public enum Source {
		NETRA, IDIS
	}

	/**
	 * What became of the sanction: in force as imposed, CHANGED by the decision on an objection (the sanction fields
	 * hold the new one, {@code originalSanctionCode} the one imposed), or ANNULLED (it no longer counts, e.g. as a
	 * prior offence).
	 */
	public enum Standing {
		IN_FORCE, CHANGED, ANNULLED
	}

	/** Days the PPK has to deliver the decree (PP 94/2021). */
	static final int DELIVERY_DAYS = 14;

	/** The decree takes effect on this day after the employee received it (PP 94/2021). */
	static final int EFFECTIVE_AFTER_RECEIPT_DAYS = 15;

	static LocalDate effectiveOn(LocalDate received) {
		return received.plusDays(EFFECTIVE_AFTER_RECEIPT_DAYS);
	}

	static LocalDate endsOn(LocalDate effective, Integer months) {
		return months == null ? null : effective.plusMonths(months).minusDays(1);
	}
}
