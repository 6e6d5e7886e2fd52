package id.go.netra.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit trail is anchored outside the database (docs/adr/0027).
 *
 * @param checkpointInterval how often the chain head is signed and published when it has moved (default ten
 * minutes; a change made by someone with database access after the last checkpoint is not covered by any anchor)
 * @param anchorDirectory where the append-only checkpoint file lives (default {@code <data-dir>/audit-anchors});
 * ideally a disk or share the database administrator cannot write
 * @param timestampUrl an RFC 3161 timestamp authority; when set, every checkpoint is also timestamped there
 * @param timestampTimeout how long to wait for the timestamp authority before publishing the checkpoint signed only
 */
@ConfigurationProperties("netra.audit")
record AnchorSettings(@DefaultValue("PT10M") Duration checkpointInterval, String anchorDirectory,
		String timestampUrl, @DefaultValue("PT10S") Duration timestampTimeout) {

	boolean timestamps() {
		return timestampUrl != null && !timestampUrl.isBlank();
	}
}
