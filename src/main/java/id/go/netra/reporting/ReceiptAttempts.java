package id.go.netra.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import id.go.netra.TooManyRequests;

/**
 * Slows down wrong receipt codes without locking the real reporter out. A complaint number is public (it is
 * printed, mailed and read out), so failures are counted per source and complaint number, and per source over all
 * numbers, never per number alone: wrong codes sent from elsewhere do not stop the reporter who holds the right
 * one. After {@code netra.reporting.receipt-attempts} failures of a source at one number (default 5), or
 * {@code netra.reporting.receipt-source-attempts} at any numbers (default 20), within
 * {@code netra.reporting.receipt-window} (default 15 minutes), the source waits before its next try: 30 seconds,
 * doubling with every further failure, at most the window; a try while it waits answers 429 with Retry-After and
 * is not checked. A right code clears its source's failures at that number.
 * <p>
 * Sources are kept in memory only, per node, and forgotten when their failures leave the window: nothing of them
 * is stored. Against a code of about 63 bits a distributed guesser gains nothing from many sources (ADR 0023).
 */
@Component
class ReceiptAttempts {

	private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private final Clock clock;
	private final int perNumber;
	private final int perSource;
	private final Duration window;
	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	ReceiptAttempts(Clock clock, ReceiptSettings settings) {
		this.clock = clock;
		this.perNumber = settings.receiptAttempts();
		this.perSource = settings.receiptSourceAttempts();
		this.window = settings.receiptWindow();
	}

	/** Refuses with 429 while this source waits, at this number or at all. */
	void checkAllowed(String source, String complaintNumber) {
		Instant now = clock.instant();
		long wait = Math.max(waitFor(pair(source, complaintNumber), perNumber, now),
				waitFor(source(source), perSource, now));
		if (wait > 0) {
			throw new TooManyRequests("reporting.receipt.tooManyAttempts", wait);
		}
	}

	void failed(String source, String complaintNumber) {
		Instant now = clock.instant();
		for (String key : new String[] { pair(source, complaintNumber), source(source) }) {
			Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
			synchronized (times) {
				prune(times, now);
				times.addLast(now);
			}
		}
		if (failures.size() > 100_000) {
			forgetOld(now);
		}
	}

	/** The right code: this source's failures at this number are forgiven (not those at other numbers). */
	void succeeded(String source, String complaintNumber) {
		failures.remove(pair(source, complaintNumber));
	}

	private long waitFor(String key, int allowed, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < allowed) {
				return 0;
			}
			Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(times.size() - allowed, 20));
			Instant until = times.peekLast().plus(wait.compareTo(window) > 0 ? window : wait);
			return until.isAfter(now) ? Math.max(1, Duration.between(now, until).toSeconds()) : 0;
		}
	}

	private void forgetOld(Instant now) {
		failures.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				prune(entry.getValue(), now);
				return entry.getValue().isEmpty();
			}
		});
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
			times.removeFirst();
		}
	}

	private static String pair(String source, String complaintNumber) {
		return "at:" + source + "|" + complaintNumber;
	}

	private static String source(String source) {
		return "from:" + source;
	}
}
