package id.go.netra.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A criminal referral to Gakkumdu was opened or one of its stages was recorded (the outcome is null when it was
 * just opened); for other agencies' systems. Never carries the note Bawaslu wrote with the stage.
 */
public record ReferralChanged(UUID referralId, UUID caseId, String complaintNumber, String regionCode,
		CriminalReferral.Stage stage, CriminalReferral.Outcome outcome, boolean open, int version, Instant at) {

	static ReferralChanged of(CriminalReferral r) {
		return new ReferralChanged(r.id(), r.caseId(), r.complaintNumber(), r.regionCode(), r.stage(), r.outcome(),
				r.open(), r.version(), r.open() ? r.stageAt() : r.closedAt());
	}
}
