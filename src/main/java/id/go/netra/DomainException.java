package id.go.netra;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A rule of the domain refused an action. Carries a stable problem type (the last segment of the RFC 9457
 * {@code type} URI), the HTTP status it maps to and a message code resolved in the user's language, so the
 * API and the pages say the same thing.
 */
public class DomainException extends RuntimeException {

	private final String problemType;
	private final int status;
	private final String messageCode;
	private final Object[] arguments;

	public DomainException(String problemType, int status, String messageCode, Object... arguments) {
		super(messageCode + Arrays.toString(arguments));
		this.problemType = problemType;
		this.status = status;
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	public static DomainException notFound(String messageCode, Object... arguments) {
		return new DomainException("not-found", 404, messageCode, arguments);
	}

	public static DomainException invalid(String messageCode, Object... arguments) {
		return new DomainException("invalid-request", 400, messageCode, arguments);
	}

	public static DomainException conflict(String messageCode, Object... arguments) {
		return new DomainException("conflict", 409, messageCode, arguments);
	}

	/**
	 * Refuses text longer than the column that will hold it, naming the field by its message code; blank and
	 * null pass (required fields are checked where they are required). Returns the value, trimmed.
	 */
	public static String checkLength(String value, int max, String fieldMessageCode) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			throw new DomainException("invalid-request", 400, "validation.tooLongField", new FieldName(fieldMessageCode),
					max);
		}
		return trimmed;
	}

	/** A field's name, to be resolved in the user's language when the message is. */
	public record FieldName(String messageCode) implements org.springframework.context.MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return new String[] { messageCode };
		}
	}

	/** The message in the given language, as a page or a problem+json detail shows it. */
	public String localized(MessageSource messages, Locale locale) {
		return messages.getMessage(messageCode, arguments, messageCode, locale);
	}

	public String problemType() {
		return problemType;
	}

	public int status() {
		return status;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
