package id.go.netra.casework;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;

/**
 * What the case pages tell after a form was sent (post/redirect/get): a success line, or the refusal in the
 * officer's language. Refused fields are named, since a page has no field list the way the API's
 * {@code errors} has.
 */
@Component
class PageFeedback {

	private final MessageSource messages;

	PageFeedback(MessageSource messages) {
		this.messages = messages;
	}

	void success(RedirectAttributes redirect, Locale locale, String code, Object... arguments) {
		redirect.addFlashAttribute("flash", messages.getMessage(code, arguments, locale));
	}

	void error(RedirectAttributes redirect, Locale locale, String code, Object... arguments) {
		redirect.addFlashAttribute("flashError", messages.getMessage(code, arguments, locale));
	}

	void refusal(RedirectAttributes redirect, Locale locale, DomainException refused) {
		redirect.addFlashAttribute("flashError", text(refused, locale));
		// what the API would have answered, for machines reading the page (the authorization matrix test)
		redirect.addFlashAttribute("flashErrorStatus", refused.status());
	}

	/**
	 * The refusal, with the form as typed under {@code formAttribute} and its refused fields as
	 * {@link FormProblems} ({@code problems}), so the page shows the form again with those fields marked.
	 */
	void refusal(RedirectAttributes redirect, Locale locale, DomainException refused, String formAttribute,
			java.io.Serializable form) {
		refusal(redirect, locale, refused);
		redirect.addFlashAttribute(formAttribute, form);
		if (refused instanceof InvalidInput invalid) {
			redirect.addFlashAttribute("problems", FormProblems.of(invalid, messages, locale));
		}
	}

	private String text(DomainException refused, Locale locale) {
		return FormProblems.line(refused, messages, locale, "case.field.", "case.invalid");
	}
}
