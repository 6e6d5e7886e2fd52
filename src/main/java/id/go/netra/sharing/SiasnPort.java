package id.go.netra.sharing;

import java.util.UUID;

/**
 * SIASN as Netra sees it: something that takes one block change at a time and says whether it took it. Two
 * adapters: {@link SiasnHttp} (SIASN's endpoint) and {@link SiasnFileDrop} (a directory SIASN's side collects
 * from). Neither retries; {@link SiasnSender} does, with backoff, and keeps the outcome.
 */
interface SiasnPort {

	/** One change of one block, as recorded: its id (for SIASN to deduplicate), order and JSON payload. */
	record Change(UUID id, long seq, UUID blockId, String change, String payload) {
	}

	/**
	 * How an attempt went: {@code delivered}, or why not as a message code ({@code sharing.siasn.failure.*}); the
	 * HTTP status and an excerpt of the answer when one came.
	 */
	record Outcome(boolean delivered, String channel, Integer httpStatus, String failure, String answer) {

		static Outcome delivered(String channel, Integer httpStatus, String answer) {
			return new Outcome(true, channel, httpStatus, null, answer);
		}

		static Outcome failed(String channel, Integer httpStatus, String failure, String answer) {
			return new Outcome(false, channel, httpStatus, failure, answer);
		}
	}

	Outcome push(Change change);
}
