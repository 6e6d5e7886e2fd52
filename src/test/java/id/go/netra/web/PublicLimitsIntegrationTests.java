package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/**
 * A citizen's address that submits more than its share in a minute is refused with 429 and Retry-After, in
 * Indonesian, and nothing of the refused report is stored; other citizens are still served. Behind the proxy
 * (forwarded headers honoured) the address is the citizen's, not the proxy's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/limits-${random.uuid}", "server.forward-headers-strategy=native",
				"netra.public-limits.submissions-per-minute=3", "netra.public-limits.reads-per-minute=5" })
class PublicLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneAddressGetsItsShareAndThenA429WhileOthersAreServed() {
		UserAgent proxy = new UserAgent(port);
		String report = Officers.publicReport(null, "Batas Uji", "32.73", null);
		for (int i = 0; i < 3; i++) {
			assertThat(proxy.postJson("/api/v1/public/reports", null, report, "X-Forwarded-For", "203.0.113.7")
				.statusCode()).isEqualTo(201);
		}
		long stored = reports();

		HttpResponse<String> refused = proxy.postJson("/api/v1/public/reports", null, report, "X-Forwarded-For",
				"203.0.113.7");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 20L);
		assertThat(UserAgent.json(refused).path("detail").asString())
			.isEqualTo("Terlalu banyak permintaan dari alamat Anda dalam semenit terakhir, sehingga permintaan ini"
					+ " belum diproses. Coba lagi dalam " + retryAfter + " detik.");
		assertThat(reports()).isEqualTo(stored);

		// another citizen behind the same proxy is still served, and reading is counted apart from submitting
		assertThat(proxy.postJson("/api/v1/public/reports", null, report, "X-Forwarded-For", "198.51.100.20")
			.statusCode()).isEqualTo(201);
		assertThat(proxy.getWith("/api/v1/public/statistics", "X-Forwarded-For", "203.0.113.7").statusCode())
			.isEqualTo(200);

		// a public page refuses the same way, as a page in the citizen's language
		for (int i = 0; i < 5; i++) {
			proxy.getWith("/transparansi", "X-Forwarded-For", "192.0.2.55");
		}
		HttpResponse<String> page = proxy.getWith("/transparansi", "X-Forwarded-For", "192.0.2.55");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
		assertThat(page.body()).contains("Terlalu banyak permintaan dari alamat Anda");

		// the same address, its reads used up, is still served outside the public endpoints
		assertThat(proxy.getWith("/transparansi", "X-Forwarded-For", "192.0.2.55").statusCode()).isEqualTo(429);
		assertThat(proxy.getWith("/actuator/health", "X-Forwarded-For", "192.0.2.55").statusCode()).isEqualTo(200);
		assertThat(proxy.getWith("/katalog", "X-Forwarded-For", "192.0.2.55").statusCode()).isEqualTo(200);
	}

	private long reports() {
		return jdbc.sql("select count(*) from report").query(Long.class).single();
	}
}
