package id.go.netra.fostering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reminders are sent ({@code netra.fostering.*}); the SMTP server is {@code spring.mail.*}, and without
 * {@code spring.mail.host} reminders are queued and counted but wait unsent.
 *
 * @param from the sender address of every reminder
 * @param interval how long the scheduler and the sender rest between rounds
 * @param batch how many mails one round claims and sends
 * @param maxAttempts how often a mail is tried before it is counted FAILED
 * @param retryBackoff the wait after the first failed attempt; it doubles with each further one, up to an hour
 */
@ConfigurationProperties("netra.fostering")
record FosteringSettings(@DefaultValue("netra@localhost") String from, @DefaultValue("PT30S") Duration interval,
		@DefaultValue("200") int batch, @DefaultValue("5") int maxAttempts,
		@DefaultValue("PT1M") Duration retryBackoff) {

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	FosteringSettings {
		if (batch < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("netra.fostering.batch and max-attempts must be at least 1");
		}
		if (retryBackoff.isNegative() || retryBackoff.isZero()) {
			throw new IllegalArgumentException("netra.fostering.retry-backoff must be positive");
		}
	}

	/** The wait before the next attempt after {@code failures} failed ones. */
	Duration backoffAfter(int failures) {
		Duration wait = retryBackoff.multipliedBy(1L << Math.min(failures - 1, 12));
		return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
	}
}
