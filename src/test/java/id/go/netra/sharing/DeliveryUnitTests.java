package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What went wrong with a webhook attempt is read in the reader's language; a receiver's own answer as it came. */
class DeliveryUnitTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/sharing");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void aTimeoutIsToldInEnglishAndIndonesianWithItsSeconds() {
		Delivery timedOut = delivery(null, "answerTimeout:10");
		assertThat(timedOut.inWords(MESSAGES, Locale.ENGLISH).lastAnswer()).isEqualTo("No answer within 10 seconds.");
		assertThat(timedOut.inWords(MESSAGES, Locale.forLanguageTag("id")).lastAnswer())
			.isEqualTo("Tidak ada jawaban dalam 10 detik.");
		assertThat(delivery(null, "targetRefused").inWords(MESSAGES, Locale.ENGLISH).lastAnswer())
			.startsWith("The target address was refused");
		assertThat(delivery(null, "secretUnreadable").inWords(MESSAGES, Locale.ENGLISH).lastAnswer())
			.endsWith("(POST /api/v1/webhooks/{id}/secret).");
	}

	@Test
	void theReceiversOwnAnswerIsShownAsItCame() {
		assertThat(delivery("gagal sementara 503", null).inWords(MESSAGES, Locale.ENGLISH).lastAnswer())
			.isEqualTo("gagal sementara 503");
		assertThat(delivery(null, null).inWords(MESSAGES, Locale.ENGLISH).lastAnswer()).isNull();
	}

	private static Delivery delivery(String answer, String failure) {
		return new Delivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "case.opened", "PENDING", 1,
				Instant.now(), Instant.now(), Instant.now(), null, answer, null, failure);
	}
}
