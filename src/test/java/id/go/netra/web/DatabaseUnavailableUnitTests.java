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
