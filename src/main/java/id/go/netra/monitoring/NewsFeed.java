package id.go.netra.monitoring;

import java.time.Instant;

/**
 * A news feed an administrator configured, with its last poll: when, how it went, the error in words when it
 * failed, how many items the feed held and how many were new.
 */
record NewsFeed(long id, String name, String url, long pollIntervalSeconds, boolean enabled, Instant nextPollAt,
		Instant lastPolledAt, Result lastResult, String lastErrorCode, String lastErrorDetail, Integer lastItems, Integer lastNewItems,
		long itemsReceived, Instant createdAt, String createdBy) {

	/** How the last poll went. */
	enum Result {
		/** The feed was read; its new items were received. */
		OK,
		/** The server said nothing changed since the last poll (ETag, Last-Modified). */
		UNCHANGED,
		/** The feed could not be read; retried at the next interval. */
		FAILED
	}
}
