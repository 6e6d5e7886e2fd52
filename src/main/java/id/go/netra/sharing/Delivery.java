package id.go.netra.sharing;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One event for one subscription, as its log shows it: {@code status} PENDING (waiting for its next attempt),
 * DELIVERED (a 2xx answer) or DEAD (no success within the retry window); the last answer's HTTP status (null when
 * none came) and a short excerpt of it, or what went wrong in words ({@link #inWords}).
 *
 * @param failure what went wrong when no answer came, as a code ({@code answerTimeout:10}); read in words
 */
record Delivery(UUID id, UUID subscriptionId, UUID eventId, String event, String status, int attempts,
		Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastHttpStatus, String lastAnswer,
		Instant finishedAt, @JsonIgnore String failure) {

	/** The delivery with what went wrong in the reader's language where the receiver gave no answer. */
	Delivery inWords(MessageSource messages, Locale locale) {
		if (failure == null || lastAnswer != null) {
			return this;
		}
		int colon = failure.indexOf(':');
		String code = colon < 0 ? failure : failure.substring(0, colon);
		Object[] arguments = colon < 0 ? new Object[0] : new Object[] { failure.substring(colon + 1) };
		String words = messages.getMessage("sharing.delivery.failure." + code, arguments, failure, locale);
		return new Delivery(id, subscriptionId, eventId, event, status, attempts, createdAt, nextAttemptAt,
				lastAttemptAt, lastHttpStatus, words, finishedAt, failure);
	}
}
