package id.go.netra.monitoring;

import java.time.Instant;

/**
 * A reviewer made a monitored post a lead and it was filed as a report (the case opens in the same transaction);
 * for other agencies' systems. Carries the platform, the score with the model version that gave it and the
 * capture's SHA-256 and timestamp, never the post's address, its author or its text: those are the case's
 * evidence, read through the case.
 */
public record PostLeadOpened(long postId, String complaintNumber, String platform, Label label, double score,
		int modelVersion, String snapshotSha256, Instant timestampedAt, Instant at) {

	static PostLeadOpened of(MonitoredPost post, String complaintNumber, Instant at) {
		MonitoredPost.Capture capture = post.capture();
		return new PostLeadOpened(post.id(), complaintNumber, post.platform(), post.label(), post.score(),
				post.modelVersion(), capture == null ? null : capture.sha256(),
				capture == null ? null : capture.timestampedAt(), at);
	}
}
