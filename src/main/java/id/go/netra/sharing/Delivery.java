package id.go.netra.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription, as its log shows it: {@code status} PENDING (waiting for its next attempt),
 * DELIVERED (a 2xx answer) or DEAD (no success within the retry window); the last answer's HTTP status (null when
 * none came) and a short excerpt of it, or what went wrong in words.
 */
record Delivery(UUID id, UUID subscriptionId, UUID eventId, String event, String status, int attempts,
		Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastHttpStatus, String lastAnswer,
		Instant finishedAt) {
}
