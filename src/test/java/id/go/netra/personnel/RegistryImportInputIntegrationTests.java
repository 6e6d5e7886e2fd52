package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;

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
		file.valid(4016, "Pegawai Satu", "PEMDA-32.73", "32.73");
		file.valid(4017, "Pegawai Dua Müller", "PEMDA-32.73", "32.73");
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
		file.valid(4018, "Pegawai Nama Berkas", "PEMDA-32.73", "32.73");

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

	@Test
	void anEmailColumnSetsChangesAndClearsAddressesAFileWithoutItLeavesThemAndABadOneIsRefusedInWords() {
		UserAgent bkn = new UserAgent(port);
		LocalDate birth = LocalDate.of(1981, 6, 9);
		String nip = RegistryFiles.nip(birth, 2006, true, 871);
		String nik = RegistryFiles.nik("32.73", birth, true, 8871);
		String[] row = { nip, nik, "Surel Uji (sintetis)", birth.toString(), "F", "PNS", "PEMDA-32.73", "", "", "",
				"", "", "ACTIVE", "", "surel.uji@contoh.invalid", "true" };
		String first = importDone(bkn, RegistryFiles.withEmail().row(row).row(nip(8872), nik(8872),
				"Surel Salah (sintetis)", "1981-06-09", "F", "PNS", "PEMDA-32.73", "", "", "", "", "", "ACTIVE", "",
				"bukan alamat", "true"));
		assertThat(email(nip)).isEqualTo("surel.uji@contoh.invalid");
		assertThat(bkn.get(first + "/errors", token()).body().lines().skip(1).toList()).singleElement()
			.asString()
			.startsWith("3,")
			.contains("bukan alamat surel yang sah");

		// a file without the column (most registry exports) changes nothing about the address
		importDone(bkn, new RegistryFiles().row(nip, nik, "Surel Uji Baru (sintetis)", birth.toString(), "F", "PNS",
				"PEMDA-32.73", "", "", "", "", "", "ACTIVE", "", "true"));
		assertThat(email(nip)).isEqualTo("surel.uji@contoh.invalid");

		row[14] = "SUREL.BARU@Contoh.Invalid";
		importDone(bkn, RegistryFiles.withEmail().row(row));
		assertThat(email(nip)).isEqualTo("surel.baru@contoh.invalid");
		row[14] = "";
		importDone(bkn, RegistryFiles.withEmail().row(row));
		assertThat(email(nip)).isNull();
	}

	private static String nip(int sequence) {
		return RegistryFiles.nip(LocalDate.of(1981, 6, 9), 2006, true, sequence % 999 + 1);
	}

	private static String nik(int sequence) {
		return RegistryFiles.nik("32.73", LocalDate.of(1981, 6, 9), true, sequence);
	}

	private String email(String nip) {
		return jdbc.sql("select email from employee where nip = ?").param(nip)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	private String importDone(UserAgent bkn, RegistryFiles file) {
		String location = UserAgent.location(accepted(bkn.postCsv(IMPORTS + "?fileName=surel.csv", token(),
				file.content())));
		await("import done").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> UserAgent.json(bkn.get(location, token())).path("status").asString().equals("DONE"));
		return location;
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
