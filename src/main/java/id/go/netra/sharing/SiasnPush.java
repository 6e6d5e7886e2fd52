package id.go.netra.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * One block change on its way to SIASN, as the administrators' log shows it: {@code change} PLACED or LIFTED;
 * {@code status} PENDING (waiting for its next attempt, or for an earlier change of the same block), DELIVERED or
 * DEAD (no success within the retry window); how the last attempt went ({@code failure}, a message code, null
 * after a success).
 */
record SiasnPush(UUID id, long seq, UUID blockId, String change, String nip, String employerCode, String status,
		int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, String channel,
		Integer lastHttpStatus, String failure, String lastAnswer, Instant finishedAt) {
}
