package id.go.netra.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.go.netra.catalog.SanctionKind;
import id.go.netra.catalog.SanctionLevel;

/**
 * A sanction the PPK imposed was entered in the national discipline register, in the transaction that settled the
 * case; for other agencies' systems. The employee is named only by the register entry's id: a system entitled to
 * more reads it through the API.
 */
public record SanctionRecorded(UUID entryId, UUID caseId, String complaintNumber, String employerCode,
		String electionCode, String sanctionCode, SanctionKind sanctionKind, SanctionLevel sanctionLevel,
		String decreeNumber, LocalDate decreeDate, LocalDate effectiveOn, boolean effectiveEstimated, LocalDate endsOn,
		boolean repeatOffence, Instant recordedAt) {

	static SanctionRecorded of(DisciplineEntry e) {
		return new SanctionRecorded(e.id(), e.caseId(), e.complaintNumber(), e.employerCode(), e.electionCode(),
				e.sanctionCode(), e.sanctionKind(), e.sanctionLevel(), e.decreeNumber(), e.decreeDate(), e.effectiveOn(),
				e.effectiveEstimated(), e.endsOn(), e.repeatOffence(), e.recordedAt());
	}
}
