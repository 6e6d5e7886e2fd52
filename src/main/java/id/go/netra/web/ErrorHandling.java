package id.go.netra.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors, said once for the API and the pages: RFC 9457 problem+json with a stable {@code type} under
 * {@code /api}, a friendly page in the person's language elsewhere. The text comes from the same messages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling extends ResponseEntityExceptionHandler {

	static final String TYPE_PREFIX = "urn:netra:problem:";
	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final MessageSource messages;

	ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	Object domain(DomainException exception, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String detail = messages.getMessage(exception.messageCode(), exception.arguments(), exception.messageCode(),
				locale);
		if (isApi(request)) {
			ProblemDetail problem = problem(exception.status(), exception.problemType(), detail, locale);
			if (exception instanceof InvalidInput invalid) {
				problem.setProperty("errors", invalid.problems()
					.stream()
					.map(field -> Map.of("field", field.field(), "message", field.localized(messages, locale)))
					.toList());
			}
			ResponseEntity.BodyBuilder response = ResponseEntity.status(exception.status())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (exception instanceof TooManyRequests busy) {
				response.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
			}
			return response.body(problem);
		}
		if (exception instanceof InvalidInput invalid) {
			detail = detail + " " + invalid.problems()
				.stream()
				.map(field -> field.localized(messages, locale))
				.collect(java.util.stream.Collectors.joining(" "));
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", exception.status(), "detail", detail));
		page.setStatus(HttpStatus.valueOf(exception.status()));
		return page;
	}

	/**
	 * The database cannot be reached (restarting, failing over, out of connections): 503 with Retry-After, so
	 * clients and load balancers retry instead of reporting a failure. Nothing was stored by this request; what
	 * was accepted before is safe.
	 */
	@ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.transaction.CannotCreateTransactionException.class })
	Object unavailable(Exception exception, HttpServletRequest request) {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), exception.toString());
		Locale locale = LocaleContextHolder.getLocale();
		String detail = messages.getMessage("problem.unavailable.detail", null, locale);
		if (isApi(request)) {
			return ResponseEntity.status(503)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(UNAVAILABLE_RETRY_SECONDS))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(503, "unavailable", detail, locale));
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", 503, "detail", detail));
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	/**
	 * Whether the failure comes from losing the database connection: an SQL state of class 08 (connection
	 * exception) or 57P (the server shutting down or starting), or a resource failure, anywhere in the causes,
	 * also behind a rollback that failed on the same dead connection.
	 */
	static boolean lostDatabase(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// the pool's own answer on a connection it already knows is dead, without an SQL state: what a rollback
			// gets after PostgreSQL cut the connection during the commit (Spring then reports only the rollback)
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() == null
					&& POOL_CONNECTION_CLOSED.equals(sql.getMessage())) {
				return true;
			}
			if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
					|| cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
				return true;
			}
			// a rollback that failed on the dead connection hides the failure that caused it
			if (cause instanceof org.springframework.transaction.TransactionSystemException failed
					&& failed.getApplicationException() != null && lostDatabase(failed.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/** HikariCP's message for any call on a connection it has closed (ProxyConnection's closed connection). */
	static final String POOL_CONNECTION_CLOSED = "Connection is closed";

	/** How long a client should wait before trying again while the database is away. */
	static final int UNAVAILABLE_RETRY_SECONDS = 5;

	/**
	 * A multipart body the server cannot take apart, such as a file whose name holds a NUL (Tomcat refuses
	 * it): the sender's to fix, so 400 with what to do, the same way as a domain refusal. Too large a body keeps
	 * its own answer (413).
	 */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	Object unreadableUpload(org.springframework.web.multipart.MultipartException exception,
			HttpServletRequest request) {
		log.info("Unreadable multipart request on {} {}: {}", request.getMethod(), request.getRequestURI(),
				exception.getMostSpecificCause().getMessage());
		return domain(DomainException.invalid("upload.unreadable"), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	void accessDenied(AccessDeniedException exception) {
		// Security's own handlers answer 403 (problem+json for the API, the error page for people).
		throw exception;
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception exception, HttpServletRequest request) throws Exception {
		if (exception instanceof org.springframework.web.ErrorResponse) {
			throw exception;
		}
		if (lostDatabase(exception)) {
			// e.g. a rollback or commit on a connection PostgreSQL cut while restarting
			return unavailable(exception, request);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
		Locale locale = LocaleContextHolder.getLocale();
		if (isApi(request)) {
			ProblemDetail problem = problem(500, "server", messages.getMessage("problem.server.detail", null, locale),
					locale);
			return ResponseEntity.status(500).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error",
				Map.of("status", 500, "detail", messages.getMessage("error.500", null, locale)));
		page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		return page;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest())) {
			// a page form whose handler does not check its own binding: the friendly page, never JSON; the
			// forms people type into read their fields as text and answer field by field themselves
			return handleExceptionInternal(exception, null, headers, status, request);
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(400, "validation", messages.getMessage("problem.validation.detail", null, locale),
				locale);
		List<Map<String, String>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest())
				&& servlet.getResponse() != null) {
			// A person's browser gets the friendly error page that Boot renders for this status.
			try {
				servlet.getResponse().sendError(statusCode.value());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			return null;
		}
		ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType() != null
				&& "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create(TYPE_PREFIX + "http-" + statusCode.value()));
		}
		return response;
	}

	private ProblemDetail problem(int status, String type, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null, type, locale));
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
