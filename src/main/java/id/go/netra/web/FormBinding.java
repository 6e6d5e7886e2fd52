package id.go.netra.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every page form is read. A browser sends nothing at all for an unticked checkbox, so a form field that
 * is a {@code boolean} and absent from the request means "no", not "missing": without this, a citizen who
 * unticks "anonim" or an administrator who unticks "aktif" got a binding failure instead of their answer.
 * JSON bodies of the API are read by Jackson and are not affected. Text, from forms and JSON alike, is read as
 * {@link ReceivedText} says.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void absentCheckboxIsFalse(WebDataBinder binder) {
		binder.registerCustomEditor(boolean.class, new AbsentMeansFalse());
	}

	@InitBinder
	void receivedText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new ReceivedText.Editor());
	}

	/** Reads "true", "on", "yes", "1" (any case) as true; nothing, an empty value or anything else as false. */
	static final class AbsentMeansFalse extends PropertyEditorSupport {

		@Override
		public void setValue(Object value) {
			super.setValue(value instanceof Boolean given ? given : Boolean.FALSE);
		}

		@Override
		public void setAsText(String text) {
			String value = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
			setValue(value.equals("true") || value.equals("on") || value.equals("yes") || value.equals("1"));
		}
	}
}
