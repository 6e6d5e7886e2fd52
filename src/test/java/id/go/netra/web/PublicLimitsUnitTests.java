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
		PublicLimits limits = new PublicLimits(clock, new PublicLimitSettings(true, 30, 600, 1000));
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
		PublicLimits limits = new PublicLimits(new HandClock(), new PublicLimitSettings(true, 1000, 1000, 2));
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
		PublicLimits limits = new PublicLimits(new HandClock(), new PublicLimitSettings(false, 1, 1, 1));
		assertThatCode(() -> {
			for (int i = 0; i < 10; i++) {
				limits.admit("192.0.2.1", PublicLimits.Use.SUBMISSION);
			}
		}).doesNotThrowAnyException();
	}
}
