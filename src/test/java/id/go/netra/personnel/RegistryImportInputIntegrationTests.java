package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/** Registry files that are not what they should be: another encoding, a hostile name, formulas in the rows. */
@NetraIntegrationTest
class RegistryImportInputIntegrationTests {

	private static final String IMPORTS = "/api/v1/personnel/imports";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFileNotInUtf8IsRefusedWholeBeforeAnythingIsQueued() {
		RegistryFiles file = new RegistryFiles();
		file.valid(1, "Pegawai Satu", "PEMDA-32.73", "32.73");
		file.valid(2, "Pegawai Dua Müller", "PEMDA-32.73", "32.73");
		long before = imports();

		HttpResponse<String> refused = new UserAgent(port).postCsv(IMPORTS + "?fileName=ansi.csv", token(),
				file.content().getBytes(Charset.forName("windows-1252")));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(UserAgent.json(refused).path("detail").asString()).contains("bukan teks UTF-8")
			.contains("baris 3")
			.contains("CSV UTF-8");
		assertThat(imports()).isEqualTo(before);
	}

	@Test
	void aFileNameWithControlCharactersIsKeptWithoutThem() {
		RegistryFiles file = new RegistryFiles();
		file.valid(31, "Pegawai Nama Berkas", "PEMDA-32.73", "32.73");

		JsonNode queued = UserAgent.json(accepted(
				new UserAgent(port).postCsv(IMPORTS + "?fileName=data%00%0D%0Apegawai.csv", token(), file.content())));

		assertThat(queued.path("fileName").asString()).isEqualTo("datapegawai.csv");
	}

	@Test
	void theRejectedRowsReportNeutralisesFormulasFromTheFile() {
		RegistryFiles file = new RegistryFiles();
		file.row("=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "3273011503850001", "Rumus", "1985-03-15", "M", "PNS",
				"PEMDA-32.73", "", "", "", "", "", "ACTIVE", "", "true");
		UserAgent bkn = new UserAgent(port);
		String location = UserAgent.location(accepted(bkn.postCsv(IMPORTS + "?fileName=rumus.csv", token(), file.content())));
		await("import done").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> UserAgent.json(bkn.get(location, token())).path("status").asString().equals("DONE"));

		String report = bkn.get(location + "/errors", token()).body();

		assertThat(report.lines().skip(1).toList()).singleElement()
			.satisfies(line -> assertThat(line).startsWith("2,\"'=HYPERLINK("));
	}

	private static HttpResponse<String> accepted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return response;
	}

	private long imports() {
		return jdbc.sql("select count(*) from registry_import").query(Long.class).single();
	}

	private String token() {
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		return new UserAgent(port).accessToken(bkn.clientId(), bkn.clientSecret());
	}
}
