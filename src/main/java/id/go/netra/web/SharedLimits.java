package id.go.netra.web;

/**
 * Token buckets that every node shares, so a public limit holds for the cluster rather than for each node
 * (ADR 0051). {@link PublicLimits} falls back to its own per-node buckets when the store cannot be reached.
 */
interface SharedLimits {

	/**
	 * Takes up to {@code wanted} tokens (at least one is needed to admit a request) from the bucket of this key,
	 * which holds one minute's worth and refills continuously.
	 * @throws RuntimeException when the store cannot be reached
	 */
	Taken take(String key, long perMinute, int wanted);

	/** Deletes the rows of buckets that have been full for a while; returns how many (at most {@code batch}). */
	default int forgetIdle(int batch) {
		return 0;
	}

	/** The tokens taken (0 when the bucket was empty) and, if none, the nanoseconds until one is there. */
	record Taken(int tokens, long nanosUntilOne) {
	}
}
