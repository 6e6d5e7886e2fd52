package id.go.netra.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.go.netra.TooManyRequests;

/**
 * Limits wrong receipt codes, per source address and per complaint number, in a sliding window: after
 * {@code netra.reporting.receipt-attempts} failures (default 5 in 15 minutes) further tries answer 429 until
 * the oldest failure leaves the window. Kept in memory per node: behind a load balancer each node counts for
 * itself, which still leaves a guesser about 10^-19 per try.
 */
@Component
class ReceiptAttempts {

	private final Clock clock;
	private final int limit;
	private final Duration window;
	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	ReceiptAttempts(Clock clock, @Value("${netra.reporting.receipt-attempts:5}") int limit,
			@Value("${netra.reporting.receipt-window:PT15M}") Duration window) {
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	/** Refuses with 429 when this address or this complaint number has used up its tries. */
	void checkAllowed(String address, String complaintNumber) {
		Instant now = clock.instant();
		long wait = Math.max(waitFor("ip:" + address, now), waitFor("no:" + complaintNumber, now));
		if (wait > 0) {
			throw new TooManyRequests("reporting.receipt.tooManyAttempts", wait);
		}
	}

	void failed(String address, String complaintNumber) {
		Instant now = clock.instant();
		for (String key : new String[] { "ip:" + address, "no:" + complaintNumber }) {
			Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
			synchronized (times) {
				prune(times, now);
				times.addLast(now);
			}
		}
		if (failures.size() > 100_000) {
			failures.entrySet().removeIf(entry -> {
				synchronized (entry.getValue()) {
					prune(entry.getValue(), now);
					return entry.getValue().isEmpty();
				}
			});
		}
	}

	private long waitFor(String key, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < limit) {
				return 0;
			}
			return Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
			times.removeFirst();
		}
	}
}
