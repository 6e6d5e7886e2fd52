package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;

@NetraIntegrationTest
class WebShellIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pagesSpeakIndonesianFirstAndSwitchToEnglishOnRequest() {
		UserAgent visitor = new UserAgent(port);
		String indonesian = visitor.get("/").body();
		assertThat(indonesian).contains("lang=\"id\"").contains("Lewati ke konten utama").contains("<main id=\"main\"");
		String english = visitor.get("/?lang=en").body();
		assertThat(english).contains("lang=\"en\"").contains("Skip to main content");
		assertThat(visitor.get("/katalog").body()).as("the choice is remembered").contains("lang=\"en\"");
	}

	@Test
	void aMissingPageIsAFriendlyPageForPeopleAndAProblemForTheApi() {
		UserAgent person = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("PPK");
		person.signIn(row.username(), row.password());
		HttpResponse<String> page = person.get("/tidak-ada");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Halaman yang Anda cari tidak ditemukan").doesNotContain("Exception");

		HttpResponse<String> api = new UserAgent(port).get("/api/v1/catalog/tidak-ada");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void operationsEndpointsAnswer() {
		UserAgent monitor = new UserAgent(port);
		assertThat(monitor.get("/actuator/health").body()).contains("\"status\":\"UP\"");
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		assertThat(monitor.get("/actuator/prometheus", monitor.accessToken(admin.clientId(), admin.clientSecret()))
			.body()).contains("jvm_memory_used_bytes");
		String openApi = monitor.get("/v3/api-docs").body();
		assertThat(openApi).contains("/api/v1/catalog/violations").contains("/api/v1/catalog/sanctions")
			.contains("/api/v1/me");
	}

	@Test
	void theHomePageOffersAdministrationOnlyToAdministrators() {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows adminRow = DemoAccountRows.of("ADMIN");
		admin.signIn(adminRow.username(), adminRow.password());
		assertThat(admin.get("/beranda").body()).contains("href=\"/admin/instansi\"");

		UserAgent ppk = new UserAgent(port);
		DemoAccountRows ppkRow = DemoAccountRows.of("PPK");
		ppk.signIn(ppkRow.username(), ppkRow.password());
		String home = ppk.get("/beranda").body();
		assertThat(home).doesNotContain("href=\"/admin").contains("Pemerintah Provinsi Jawa Barat");
	}
}
