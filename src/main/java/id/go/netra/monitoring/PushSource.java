package id.go.netra.monitoring;

import java.time.Instant;

/** A crawler allowed to push posts, without its secret (shown once, when made or rotated). */
record PushSource(String name, boolean enabled, Instant createdAt, String createdBy, Instant secretSetAt,
		Instant lastPushAt, long postsReceived) {
}
