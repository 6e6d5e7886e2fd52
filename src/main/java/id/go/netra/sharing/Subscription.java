package id.go.netra.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An agency system's webhook, as the API shows it (never its secret). */
record Subscription(UUID id, String clientId, String agencyCode, String url, List<String> events, boolean paused,
		Instant createdAt, Instant secretSetAt) {
}
