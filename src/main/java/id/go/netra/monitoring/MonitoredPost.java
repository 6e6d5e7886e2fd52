package id.go.netra.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A post as Netra keeps it: what came in, its capture (snapshot hash and timestamp), the classifier's score with
 * the model version, the employee it is linked to, and the reviewer's decision.
 */
public record MonitoredPost(long id, String platform, String url, String author, Instant postedAt, String text,
		List<String> media, Channel channel, String source, Instant receivedAt, Capture capture, Label label,
		double score, List<String> terms, int modelVersion, String authorNip, AuthorLink authorLink,
		Reviewed review) {

	/** The forensic capture: the snapshot's SHA-256 and, once the authority answered, the timestamp. */
	public record Capture(String sha256, Instant timestampedAt, String timestampAuthority) {

		public boolean timestamped() {
			return timestampedAt != null;
		}
	}

	/** The reviewer's decision; the complaint number of the report a lead became. */
	public record Reviewed(Decision decision, Instant at, String by, String note, String complaintNumber) {
	}

	public boolean open() {
		return review == null;
	}
}
