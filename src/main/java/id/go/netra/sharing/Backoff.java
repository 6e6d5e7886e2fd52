package id.go.netra.sharing;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait after a failed attempt, for every kind of delivery sharing makes (webhooks, the SIASN push):
 * doubling from the first wait, capped, drawn at random between half and all of it, so receivers back online
 * are not stampeded.
 */
final class Backoff {

	private Backoff() {
	}

	/** The wait after the n-th failed attempt. */
	static Duration after(int attempts, Duration first, Duration longest) {
		Duration full = first;
		for (int i = 1; i < attempts && full.compareTo(longest) < 0; i++) {
			full = full.multipliedBy(2);
		}
		long millis = Math.min(full.toMillis(), longest.toMillis());
		return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
	}
}
