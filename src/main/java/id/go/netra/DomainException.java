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
