package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.go.netra.catalog.SanctionLevel;

/** Snapshots of a synthetic case for unit tests of the modules that listen to {@link CaseChanged}. */
public final class Snapshots {

	public static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	private Snapshots() {
	}

	/** A case in this status, its follow-up (if any) in this audit state. */
	public static CaseSnapshot inStatus(CaseStatus status, FollowUpAudit audit) {
		boolean forwarded = status == CaseStatus.AWAITING_FOLLOW_UP || status == CaseStatus.SANCTIONED;
		CaseSnapshot.FollowUp followUp = audit == null && status != CaseStatus.SANCTIONED ? null
				: new CaseSnapshot.FollowUp("RINGAN-TEGURAN-LISAN", "800/1/2026", LocalDate.of(2026, 11, 20), null, NOW,
						audit == null, audit, audit == null ? null : "alasan (sintetis)");
		return new CaseSnapshot(UUID.randomUUID(), 3, "NTR-2026-0000001", 1L, "PUBLIC_REPORT", "Pegawai Sintetis",
				"PEMDA-32", LocalDate.of(2026, 11, 1), "32.73", "Ringkasan (sintetis)", NOW.minusSeconds(86_400), status,
				NOW, status.isOpen() ? NOW.plusSeconds(3600) : null, false, null,
				new CaseSnapshot.Subject(true, 1L, "199001012020121001", null, "Pegawai Sintetis", "PEMDA-32", "JPT",
						"Kepala Dinas", "32.73"),
				null, SanctionLevel.LIGHT,
				forwarded ? new CaseSnapshot.Recommendation(SanctionLevel.LIGHT, null, null, NOW) : null, followUp, null,
				null, NOW, status.isOpen() ? null : NOW);
	}

	/** The event of one save that went through these transitions from {@code before}. */
	public static CaseChanged changed(CaseStatus before, CaseSnapshot after, Transition... transitions) {
		return new CaseChanged(after.id(), after.version(), List.of(transitions), before, after, NOW);
	}
}
