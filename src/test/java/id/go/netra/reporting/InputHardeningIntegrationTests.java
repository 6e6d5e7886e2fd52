package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/** Input that looks like text or a file but is not what it seems: refused clearly, or cleaned, never a 500. */
@NetraIntegrationTest
class InputHardeningIntegrationTests {

	private static final String FORWARDED = "X-Forwarded-For";
	private static final String HEADER = "JENIS,NIP,NIK,NAMA,INSTANSI,JABATAN,TANGGAL_KEJADIAN,KODE_WILAYAH,URAIAN,TAUTAN";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDescriptionOfOnlyInvisibleCharactersIsRefusedAsRequired() {
		long before = reports();
		String invisible = "\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD\\u00A0\\u3000".repeat(10);
		HttpResponse<String> refused = new UserAgent(port).postJson("/api/v1/public/reports", null,
				Officers.publicReport(null, "Pegawai Uji", "32.73", null)
					.replace("Mengunggah ajakan memilih calon tertentu di akun media sosial pribadinya.", invisible),
				FORWARDED, "198.51.100.201");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		JsonNode error = UserAgent.json(refused).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("incident.description");
		assertThat(error.path("message").asString()).isEqualTo("Wajib diisi.");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void theReportPageRefusesADescriptionOfOnlyInvisibleCharactersUnderTheField() {
		long before = reports();
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("name", "Terlapor Tak Terlihat (sintetis)");
		form.put("date", java.time.LocalDate.now().minusDays(2).toString());
		form.put("regionCode", "32.73");
		form.put("description", "\u200B\u2060\uFEFF\u00A0\u00AD".repeat(12));
		form.put("consent", "true");

		HttpResponse<String> page = new UserAgent(port).submit("/lapor", "/lapor", form);

		assertThat(page.statusCode()).as("the form again (400), not a redirect to the receipt").isEqualTo(400);
		assertThat(page.body()).containsPattern("id=\"[a-z-]*description-error\"[^>]*>\\s*<p[^>]*>Wajib diisi.</p>");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void aReporterAnswerOfOnlyInvisibleCharactersIsRefused() {
		JsonNode filed = new Officers(port).fileReport(Officers.publicReport(null, "Pegawai Uji", "32.73", null));
		String number = filed.path("complaintNumber").asString();
		HttpResponse<String> refused = new UserAgent(port).postJson("/api/v1/public/reports/" + number + "/messages",
				null, "{\"body\": \"\\u200B\\u2060\\u00A0\\u00AD\"}", "X-Receipt-Code",
				filed.path("receiptCode").asString());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from report_message m join report r on r.id = m.report_id"
				+ " where r.complaint_number = :n").param("n", number).query(Long.class).single()).isZero();
	}

	@Test
	void controlCharactersAndAPathInAnEvidenceFileNameAreCleanedAway() throws Exception {
		HttpResponse<String> filed = new UserAgent(port).postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(null, "Pegawai Uji", "32.73", null), "evidence",
				Map.of("..\\\\bukti\u0007\u001B\u202E.png", png()), FORWARDED, "198.51.100.202");

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String number = UserAgent.json(filed).path("complaintNumber").asString();
		assertThat(jdbc.sql("select e.original_name from report_evidence e join report r on r.id = e.report_id"
				+ " where r.complaint_number = :n").param("n", number).query(String.class).single())
			.isEqualTo("bukti.png");
	}

	@Test
	void aNulInAnEvidenceFileNameIsRefusedWithWhatToDo() throws Exception {
		long before = reports();
		HttpResponse<String> refused = new UserAgent(port).postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(null, "Pegawai Uji", "32.73", null), "evidence",
				Map.of("bukti\u0000.png", png()), FORWARDED, "198.51.100.203");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(UserAgent.json(refused).path("detail").asString()).contains("nama berkas").contains("NUL");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void identicalRowsInOneAgencyCsvAreOneReportAndTheRepeatIsNamed() {
		Officers officers = new Officers(port);
		String row = "SUPERVISOR_FINDING,,,Camat Ganda (sintetis),Pemerintah Kota Bandung,Camat,2026-02-03,32.73,"
				+ "\"Camat mengajak warga memilih calon tertentu, di rapat kecamatan\",";
		String csv = String.join("\r\n", HEADER, row, row + ",", " " + row, "");
		long before = reports();

		HttpResponse<String> response = officers.http()
			.postCsv("/api/v1/reports/import", officers.token("ELECTION_SUPERVISOR"), csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = UserAgent.json(response);
		assertThat(result.path("accepted").asInt()).isEqualTo(1);
		assertThat(result.path("rejected").asInt()).isZero();
		assertThat(result.path("duplicates").asInt()).isEqualTo(2);
		assertThat(result.path("rows").get(1).path("line").asLong()).isEqualTo(3);
		assertThat(result.path("rows").get(1).path("duplicateOf").asLong()).isEqualTo(2);
		assertThat(result.path("rows").get(1).path("errors").get(0).asString())
			.isEqualTo("Baris ini sama persis dengan baris 2; laporannya hanya diajukan sekali.");
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void anAgencyCsvThatIsNotUtf8IsRefusedWholeSayingHowToSaveIt() {
		Officers officers = new Officers(port);
		String csv = String.join("\r\n", HEADER,
				"SUPERVISOR_FINDING,,,Lurah Uji (sintetis),Pemerintah Kota Bandung,Lurah,2026-02-02,32.73,"
						+ "Lurah membagikan bahan kampanye di balai kelurahan,",
				"SUPERVISOR_FINDING,,,José Müller (sintetis),Pemerintah Kota Bandung,Lurah,2026-02-02,32.73,"
						+ "Lurah membagikan bahan kampanye di balai kelurahan,",
				"");
		long before = reports();

		HttpResponse<String> refused = officers.http().postCsv("/api/v1/reports/import",
				officers.token("ELECTION_SUPERVISOR"), csv.getBytes(Charset.forName("windows-1252")));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(UserAgent.json(refused).path("detail").asString()).contains("bukan teks UTF-8")
			.contains("baris 3")
			.contains("CSV UTF-8");
		assertThat(reports()).as("not even the good first row").isEqualTo(before);

		HttpResponse<String> utf16 = officers.http().postCsv("/api/v1/reports/import",
				officers.token("ELECTION_SUPERVISOR"), csv.getBytes(StandardCharsets.UTF_16));
		assertThat(utf16.statusCode()).isEqualTo(400);
		assertThat(reports()).isEqualTo(before);
	}

	private long reports() {
		return jdbc.sql("select count(*) from report").query(Long.class).single();
	}

	private static byte[] png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
