package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import id.go.netra.TooManyRequests;

class ReceiptAttemptsUnitTests {

	static final String NUMBER = "NTR-2026-0000042";

	final MovingClock clock = new MovingClock();
	final ReceiptAttempts attempts = new ReceiptAttempts(clock, new ReceiptSettings(5, 20, Duration.ofMinutes(15)));

	@Test
	void aSourceWaitsLongerWithEveryFailureButOthersAndOtherNumbersDoNot() {
		failTimes("192.0.2.1", NUMBER, 5);

		assertThat(waitOf("192.0.2.1", NUMBER)).isEqualTo(30);
		assertThatCode(() -> attempts.checkAllowed("203.0.113.9", NUMBER)).as("the reporter elsewhere")
			.doesNotThrowAnyException();
		assertThatCode(() -> attempts.checkAllowed("192.0.2.1", "NTR-2026-0000043")).doesNotThrowAnyException();

		clock.advance(Duration.ofSeconds(31));
		assertThatCode(() -> attempts.checkAllowed("192.0.2.1", NUMBER)).doesNotThrowAnyException();
		attempts.failed("192.0.2.1", NUMBER);
		assertThat(waitOf("192.0.2.1", NUMBER)).as("doubled").isEqualTo(60);
	}

	@Test
	void aSourceGuessingAtManyNumbersWaitsEverywhereAndIsForgottenAfterTheWindow() {
		for (int i = 0; i < 20; i++) {
			attempts.failed("192.0.2.2", "NTR-2026-77%05d".formatted(i));
		}
		assertThat(waitOf("192.0.2.2", NUMBER)).isEqualTo(30);

		clock.advance(Duration.ofMinutes(16));
		assertThatCode(() -> attempts.checkAllowed("192.0.2.2", NUMBER)).doesNotThrowAnyException();
	}

	@Test
	void theRightCodeForgivesTheSourceAtThatNumberOnly() {
		failTimes("192.0.2.3", NUMBER, 4);
		attempts.succeeded("192.0.2.3", NUMBER);
		failTimes("192.0.2.3", NUMBER, 4);
		assertThatCode(() -> attempts.checkAllowed("192.0.2.3", NUMBER)).doesNotThrowAnyException();
	}

	private void failTimes(String source, String number, int times) {
		for (int i = 0; i < times; i++) {
			attempts.failed(source, number);
		}
	}

	private long waitOf(String source, String number) {
		return catchThrowableOfType(TooManyRequests.class, () -> attempts.checkAllowed(source, number))
			.retryAfterSeconds();
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-03T07:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
