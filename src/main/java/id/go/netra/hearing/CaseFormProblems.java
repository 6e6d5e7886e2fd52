package id.go.netra.hearing;

import java.util.Locale;

import org.springframework.context.MessageSource;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;

/**
 * A refusal of one of the hearing's forms on the case page, in words for the page it returns to: each wrong field
 * named ("Panggilan pertama: Wajib diisi."), any other refusal as it is. A case the officer may not see (404) or an
 * action their role may not take (403) is not a form problem: it is thrown on, to the error page.
 */
final class CaseFormProblems {

	private CaseFormProblems() {
	}

	static String of(DomainException refused, MessageSource messages, Locale locale) {
		if (refused.status() == 404 || refused.status() == 403) {
			throw refused;
		}
		if (refused instanceof InvalidInput invalid) {
			return String.join(" ", invalid.problems()
				.stream()
				.map(p -> messages.getMessage("hearing.field." + p.field(), null, p.field(), locale) + ": "
						+ p.localized(messages, locale))
				.toList());
		}
		return refused.localized(messages, locale);
	}
}
