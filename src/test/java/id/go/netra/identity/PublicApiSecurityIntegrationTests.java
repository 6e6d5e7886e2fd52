package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/** The public API's own filter chain (ADR 0034): no session, and nothing a request without an account does not need. */
@NetraIntegrationTest
class PublicApiSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FilterChainProxy securityFilters;

	@Test
	void aPublicReportAndItsFollowUpAnswerWithoutASessionCookie() {
		UserAgent citizen = new UserAgent(port).from("203.0.113.181");
		HttpResponse<String> filed = citizen.postJson("/api/v1/public/reports", null,
				Officers.publicReport(null, "Pegawai Tanpa Sesi", "32.73", null));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String number = UserAgent.json(filed).path("complaintNumber").asString();
		String receipt = UserAgent.json(filed).path("receiptCode").asString();
		HttpResponse<String> status = citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", receipt);
		assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
		HttpResponse<String> statistics = citizen.get("/api/v1/public/statistics");
		assertThat(statistics.statusCode()).isEqualTo(200);

		for (HttpResponse<String> answer : List.of(filed, status, statistics)) {
			assertThat(answer.headers().allValues("Set-Cookie")).as(answer.uri().toString()).isEmpty();
			assertThat(answer.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		}
	}

	@Test
	void thePublicChainHoldsOnlyWhatARequestWithoutAnAccountNeeds() {
		List<String> filters = names(securityFilters.getFilters("/api/v1/public/reports"));
		assertThat(filters).contains("HeaderWriterFilter", "SecurityContextHolderFilter",
				"AnonymousAuthenticationFilter");
		assertThat(filters).doesNotContain("BearerTokenAuthenticationFilter", "CsrfFilter", "LogoutFilter",
				"RequestCacheAwareFilter", "SessionManagementFilter", "SecurityContextHolderAwareRequestFilter",
				"ExceptionTranslationFilter", "AuthorizationFilter");
		// the rest of the API still takes bearer tokens and checks them
		assertThat(names(securityFilters.getFilters("/api/v1/cases"))).contains("BearerTokenAuthenticationFilter",
				"AuthorizationFilter");
	}

	@Test
	void aBearerTokenSentToThePublicApiIsIgnoredNotVerified() {
		UserAgent anyone = new UserAgent(port).from("203.0.113.182");
		assertThat(anyone.get("/api/v1/public/statistics", "not-a-token").statusCode()).isEqualTo(200);
		assertThat(anyone.get("/api/v1/cases", "not-a-token").statusCode()).isEqualTo(401);
	}

	private static List<String> names(List<Filter> filters) {
		return filters.stream().map(filter -> filter.getClass().getSimpleName()).toList();
	}
}
