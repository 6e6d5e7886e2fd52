package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/** While the database is away, clients are told to come back (503 with Retry-After), not that Netra failed (500). */
class DatabaseUnavailableUnitTests {

	private final ErrorHandling handling = new ErrorHandling(messages());

	@Test
	void anApiClientIsToldToRetry() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		Object answer = handling.unavailable(new CannotCreateTransactionException("no connection",
				new CannotGetJdbcConnectionException("connection refused")), request("/api/v1/public/reports"));
		ResponseEntity<?> response = (ResponseEntity<?>) answer;
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		ProblemDetail problem = (ProblemDetail) response.getBody();
		assertThat(problem.getType().toString()).isEqualTo("urn:netra:problem:unavailable");
		assertThat(problem.getDetail()).contains("Coba lagi");
	}

	/** A rollback on a connection PostgreSQL cut while restarting (seen under bench/run survive) is a 503 too. */
	@Test
	void aTransactionLostWithTheConnectionIsA503AndAnyOtherFailureA500() throws Exception {
		Object answer = handling.unexpected(new org.springframework.transaction.TransactionSystemException(
				"JDBC rollback failed", new java.sql.SQLException("terminating connection due to administrator command",
						"57P01")), request("/api/v1/public/reports"));
		assertThat(((ResponseEntity<?>) answer).getStatusCode().value()).isEqualTo(503);
		org.springframework.transaction.TransactionSystemException rollback =
				new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
						new java.sql.SQLException("Connection is closed"));
		rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
				"terminating connection due to administrator command"));
		assertThat(((ResponseEntity<?>) handling.unexpected(rollback, request("/api/v1/public/reports")))
			.getStatusCode().value()).isEqualTo(503);
		// the commit was cut (bench/run survive, PostgreSQL restart), and the rollback then found the pool's closed
		// connection: Spring reports only the rollback, with nothing of the commit's failure attached
		Object commitCut = handling.unexpected(new org.springframework.transaction.TransactionSystemException(
				"JDBC rollback failed", new java.sql.SQLException("Connection is closed")),
				request("/api/v1/public/reports"));
		assertThat(((ResponseEntity<?>) commitCut).getStatusCode().value()).isEqualTo(503);
		Object other = handling.unexpected(new org.springframework.transaction.TransactionSystemException(
				"JDBC commit failed", new java.sql.SQLException("deadlock detected", "40P01")),
				request("/api/v1/public/reports"));
		assertThat(((ResponseEntity<?>) other).getStatusCode().value()).isEqualTo(500);
	}

	@Test
	void aPersonSeesTheErrorPageWithTheSameMessage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		ModelAndView page = (ModelAndView) handling.unavailable(new CannotGetJdbcConnectionException("refused"),
				request("/lapor"));
		assertThat(page.getStatus().value()).isEqualTo(503);
		assertThat(page.getModel().get("detail").toString()).contains("Try again");
	}

	private static MockHttpServletRequest request(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setRequestURI(uri);
		return request;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
