package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import id.go.netra.TooManyRequests;

class PublicLimitsUnitTests {

	/** A clock the test moves by hand. */
	static final class HandClock extends Clock {

		Instant now = Instant.parse("2024-02-14T01:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void aClientGetsAMinutesShareAtOnceThenOneMoreAsTheBucketRefills() {
		HandClock clock = new HandClock();
		PublicLimits limits = new PublicLimits(clock, PublicLimitSettings.local(true, 30, 600, 1000));
		for (int i = 0; i < 30; i++) {
			limits.admit("203.0.113.7", PublicLimits.Use.SUBMISSION);
		}
		assertThatThrownBy(() -> limits.admit("203.0.113.7", PublicLimits.Use.SUBMISSION))
			.isInstanceOfSatisfying(TooManyRequests.class, refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(2));
		// another address, and reading, have their own buckets
		limits.admit("198.51.100.20", PublicLimits.Use.SUBMISSION);
		limits.admit("203.0.113.7", PublicLimits.Use.READ);

		clock.now = clock.now.plus(Duration.ofSeconds(2));
		limits.admit("203.0.113.7", PublicLimits.Use.SUBMISSION);
		assertThatThrownBy(() -> limits.admit("203.0.113.7", PublicLimits.Use.SUBMISSION))
			.isInstanceOf(TooManyRequests.class);
		// an idle minute refills the bucket, never beyond a minute's worth
		clock.now = clock.now.plus(Duration.ofMinutes(10));
		for (int i = 0; i < 30; i++) {
			limits.admit("203.0.113.7", PublicLimits.Use.SUBMISSION);
		}
		assertThatThrownBy(() -> limits.admit("203.0.113.7", PublicLimits.Use.SUBMISSION))
			.isInstanceOf(TooManyRequests.class);
	}

	@Test
	void beyondTheRequestsInFlightOneMoreIsShedAtOnceUntilAPlaceIsFree() {
		PublicLimits limits = new PublicLimits(new HandClock(), PublicLimitSettings.local(true, 1000, 1000, 2));
		limits.admit("192.0.2.1", PublicLimits.Use.SUBMISSION);
		limits.admit("192.0.2.2", PublicLimits.Use.SUBMISSION);
		assertThatThrownBy(() -> limits.admit("192.0.2.3", PublicLimits.Use.SUBMISSION))
			.isInstanceOfSatisfying(TooManyRequests.class, shed -> {
				assertThat(shed.retryAfterSeconds()).isEqualTo(1);
				assertThat(shed.getMessage()).contains("busy");
			});
		limits.release();
		limits.admit("192.0.2.3", PublicLimits.Use.SUBMISSION);
	}

	@Test
	void switchedOffEverythingIsAdmitted() {
		PublicLimits limits = new PublicLimits(new HandClock(), PublicLimitSettings.local(false, 1, 1, 1));
		assertThatCode(() -> {
			for (int i = 0; i < 10; i++) {
				limits.admit("192.0.2.1", PublicLimits.Use.SUBMISSION);
			}
		}).doesNotThrowAnyException();
	}

	/** Buckets shared by "nodes" in one test, counted without refill, that may be switched unreachable. */
	static final class CountingStore implements SharedLimits {

		final java.util.Map<String, Long> taken = new java.util.HashMap<>();
		boolean reachable = true;
		int calls;

		@Override
		public synchronized Taken take(String key, long perMinute, int wanted) {
			calls++;
			if (!reachable) {
				throw new IllegalStateException("connection refused");
			}
			long left = perMinute - taken.getOrDefault(key, 0L);
			int tokens = (int) Math.min(left, wanted);
			taken.merge(key, (long) tokens, Long::sum);
			return new Taken(tokens, tokens > 0 ? 0 : 3_000_000_000L);
		}
	}

	@Test
	void withSharedBucketsTwoNodesTogetherAdmitAClientsShareOnce() {
		CountingStore store = new CountingStore();
		PublicLimits a = shared(new HandClock(), store);
		PublicLimits b = shared(new HandClock(), store);
		for (int i = 0; i < 5; i++) {
			(i % 2 == 0 ? a : b).admit("203.0.113.7", PublicLimits.Use.SUBMISSION);
		}
		assertThatThrownBy(() -> b.admit("203.0.113.7", PublicLimits.Use.SUBMISSION))
			.isInstanceOfSatisfying(TooManyRequests.class, refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(3));
		assertThatThrownBy(() -> a.admit("203.0.113.7", PublicLimits.Use.SUBMISSION)).isInstanceOf(TooManyRequests.class);
		// reads are taken a lease of 4 at a time: 8 reads cost two calls, the ninth is refused on both nodes
		int before = store.calls;
		for (int i = 0; i < 8; i++) {
			(i < 4 ? a : b).admit("203.0.113.7", PublicLimits.Use.READ);
		}
		assertThat(store.calls - before).isEqualTo(2);
		assertThatThrownBy(() -> a.admit("203.0.113.7", PublicLimits.Use.READ)).isInstanceOf(TooManyRequests.class);
		assertThatThrownBy(() -> b.admit("203.0.113.7", PublicLimits.Use.READ)).isInstanceOf(TooManyRequests.class);
		assertThat(a.health().getStatus().getCode()).isEqualTo("UP");
	}

	@Test
	void aNodeThatCannotReachTheSharedBucketsLimitsOnItsOwnAndSaysSoUntilTheyAnswer() {
		HandClock clock = new HandClock();
		CountingStore store = new CountingStore();
		PublicLimits node = shared(clock, store);
		store.reachable = false;

		// the node's own bucket: still 5 a minute for this client, not unlimited
		for (int i = 0; i < 5; i++) {
			node.admit("203.0.113.7", PublicLimits.Use.SUBMISSION);
		}
		assertThatThrownBy(() -> node.admit("203.0.113.7", PublicLimits.Use.SUBMISSION)).isInstanceOf(TooManyRequests.class);
		assertThat(node.health().getStatus().getCode()).isEqualTo("DOWN");
		assertThat(node.health().getDetails()).containsEntry("failure", "IllegalStateException");
		// it does not wait for the store on every request: one try, then again after storeRetry
		assertThat(store.calls).isEqualTo(1);

		store.reachable = true;
		clock.now = clock.now.plus(Duration.ofSeconds(5));
		node.admit("198.51.100.20", PublicLimits.Use.SUBMISSION);
		assertThat(store.calls).isEqualTo(2);
		assertThat(node.health().getStatus().getCode()).isEqualTo("UP");
	}

	private static PublicLimits shared(HandClock clock, SharedLimits store) {
		return new PublicLimits(clock, new PublicLimitSettings(true, 5, 8, 1000, true, 4, Duration.ofSeconds(1),
				Duration.ofSeconds(5)), store);
	}
}
