package id.go.netra.platform.replica;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * How far a streaming standby is behind its primary, measured with WAL positions only: the node notes the
 * primary's position ({@code pg_current_wal_lsn()}) at each check by its own clock, and the standby holds
 * everything committed by the newest noted moment whose position it has replayed ({@code pg_last_wal_replay_lsn()}).
 * Its lag is at most the time since that moment, and zero when it has replayed the position just noted. Unlike
 * {@code now() - pg_last_xact_replay_timestamp()} this does not grow while the primary is idle, nor depend on the
 * two servers' clocks agreeing.
 */
final class ReplicaLag {

	private static final int KEPT = 1000;

	private record Noted(Instant at, long position) {
	}

	/** Oldest first; the first is the newest position the standby was known to have replayed, if any. */
	private final Deque<Noted> noted = new ArrayDeque<>();

	/** The primary's WAL position at this moment. */
	synchronized void primaryAt(Instant at, long position) {
		Noted last = noted.peekLast();
		if (last != null && position < last.position()) {
			// another primary (restored or failed over): what was noted says nothing about it
			noted.clear();
		}
		if (noted.size() >= KEPT) {
			// a standby stuck for long: keep the oldest, which bounds how long it has been stuck
			Iterator<Noted> second = noted.iterator();
			second.next();
			second.next();
			second.remove();
		}
		noted.addLast(new Noted(at, position));
	}

	/**
	 * The standby's lag at {@code now}, given the position it has replayed; null while it has not replayed even the
	 * oldest position noted (see {@link #behindAtLeast(Instant)}).
	 */
	synchronized Duration behind(Instant now, long replayed) {
		Noted reached = null;
		while (!noted.isEmpty() && noted.peekFirst().position() <= replayed) {
			reached = noted.pollFirst();
		}
		if (reached == null) {
			return null;
		}
		noted.addFirst(reached);
		Duration lag = Duration.between(reached.at(), now);
		return lag.isNegative() ? Duration.ZERO : lag;
	}

	/** While {@link #behind} is null: the standby has been behind the primary at least this long. */
	synchronized Duration behindAtLeast(Instant now) {
		Noted oldest = noted.peekFirst();
		return oldest == null ? Duration.ZERO : Duration.between(oldest.at(), now);
	}

	/** A WAL position as PostgreSQL prints it ({@code 16/B374D848}) as a number. */
	static long position(String lsn) {
		int slash = lsn.indexOf('/');
		if (slash < 1) {
			throw new IllegalArgumentException("not a WAL position: " + lsn);
		}
		return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
	}
}
