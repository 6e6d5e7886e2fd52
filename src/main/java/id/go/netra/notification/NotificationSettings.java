package id.go.netra.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are mailed ({@code netra.notification.*}); the SMTP server itself is {@code spring.mail.*}, and
 * without {@code spring.mail.host} notices are only stored and listed in the application. The mails link to
 * the case under {@link id.go.netra.PublicUrl}.
 *
 * @param from the sender address of every mail
 * @param sendInterval how long the sender rests between rounds
 * @param maxAttempts how often a notice is tried before it is marked FAILED
 * @param retryBackoff the wait after the first failed attempt; it doubles with each further one, up to an hour
 */
@ConfigurationProperties("netra.notification")
record NotificationSettings(@DefaultValue("netra@localhost") String from,
		@DefaultValue("PT10S") Duration sendInterval, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT30S") Duration retryBackoff) {

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	NotificationSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("netra.notification.max-attempts must be at least 1");
		}
		if (retryBackoff.isNegative() || retryBackoff.isZero()) {
			throw new IllegalArgumentException("netra.notification.retry-backoff must be positive");
		}
	}

	/** The wait before the next attempt after {@code failures} failed ones. */
	Duration backoffAfter(int failures) {
		Duration wait = retryBackoff;
		for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
	}
}
