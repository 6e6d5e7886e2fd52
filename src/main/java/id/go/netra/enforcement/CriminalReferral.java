package id.go.netra.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case Bawaslu reviewed as an election crime (UU 7/2017 art. 280, 282-283), handed to Gakkumdu (Bawaslu,
 * police and prosecutors) and followed through its stages until it stops or a verdict is given.
 */
public record CriminalReferral(UUID id, UUID caseId, String complaintNumber, String regionCode, Stage stage,
		Instant stageAt, Outcome outcome, Instant openedAt, Instant closedAt, int version, List<StageRecord> stages) {

	/** Gakkumdu's stages, in order; a referral starts REFERRED. */
	public enum Stage {
		REFERRED, DISCUSSION_1, REVIEW, DISCUSSION_2, INVESTIGATION, DISCUSSION_3, PROSECUTION, VERDICT;

		public Stage next() {
			return this == VERDICT ? null : values()[ordinal() + 1];
		}
	}

	/**
	 * How a stage ended: CONTINUED to the next, STOPPED (not pursued: the referral closes), or for the verdict
	 * GUILTY or ACQUITTED.
	 */
	public enum Outcome {
		CONTINUED, STOPPED, GUILTY, ACQUITTED
	}

	public record StageRecord(Stage stage, Outcome outcome, String note, Instant recordedAt, String recordedBy,
			String recordedByName, String agencyCode) {
	}

	public boolean open() {
		return closedAt == null;
	}
}
