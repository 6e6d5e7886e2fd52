package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/** Intake as citizens and agencies meet it: what is accepted, what is refused and why, what is kept. */
@NetraIntegrationTest
class ReportIntakeIntegrationTests {

	private static final String FORWARDED = "X-Forwarded-For";

	/**
	 * The guesser's own address (through the proxy header the test application trusts): the limit it runs into
	 * lasts fifteen minutes, and must not hold up later tests that check a status from 127.0.0.1.
	 */
	private static final String GUESSER = "192.0.2.16";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportWithBrokenFieldsIsRefusedFieldByFieldInIndonesianAndNothingIsStored() {
		UserAgent citizen = new UserAgent(port);
		long before = reports();
		HttpResponse<String> refused = citizen.postJson("/api/v1/public/reports", null, """
				{"reported": {"nip": "12345", "nik": "3273011503850000"},
				 "incident": {"date": "2999-01-01", "regionCode": "99.99", "description": "pendek",
				   "links": ["javascript:alert(1)"]},
				 "reporter": {"anonymous": false, "email": "bukan-surel"},
				 "consent": false}""");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		JsonNode problem = UserAgent.json(refused);
		assertThat(problem.path("type").asString()).isEqualTo("urn:netra:problem:validation");
		Map<String, String> errors = new LinkedHashMap<>();
		problem.path("errors").forEach(e -> errors.merge(e.path("field").asString(), e.path("message").asString(),
				(a, b) -> a + " | " + b));
		assertThat(errors).containsKeys("reported.nip", "reported.nik", "incident.date", "incident.regionCode",
				"incident.description", "incident.links", "reporter.name", "reporter.email", "consent");
		assertThat(errors.get("reported.nip")).isEqualTo("NIP harus terdiri atas 18 digit angka.");
		assertThat(errors.get("reported.nik")).contains("nomor urut");
		assertThat(errors.get("incident.date")).contains("masa depan");
		assertThat(reports()).isEqualTo(before);

		HttpResponse<String> english = citizen.language("en").postJson("/api/v1/public/reports", null, """
				{"reported": {"nip": "12345"}, "incident": {"date": "2024-01-01", "regionCode": "32", "description": "x"}, "consent": true}""");
		assertThat(UserAgent.json(english).path("errors").toString()).contains("A NIP has exactly 18 digits");
	}

	@Test
	void aReportAboutSomeoneTheRegistryDoesNotKnowIsAcceptedAsIdentityUnresolvedAndAnonymousMeansAnonymous() {
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport("""
				{"reported": {"nip": "197001012000011999", "name": "Orang Tak Dikenal"},
				 "incident": {"date": "2026-01-05", "regionCode": "32.73",
				   "description": "Memasang baliho calon di depan kantor kecamatan pada jam kerja."},
				 "reporter": {"anonymous": true, "name": "Tidak Boleh Disimpan", "email": "rahasia@contoh.invalid"},
				 "consent": true}""");

		JsonNode opened = officers.caseOf(filed.path("complaintNumber").asString());
		assertThat(opened.path("status").asString()).isEqualTo("RECEIVED");
		assertThat(opened.path("employee").path("identityResolved").asBoolean()).isFalse();
		assertThat(opened.path("employee").path("nip").asString()).isEqualTo("197001012000011999");
		assertThat(opened.path("report").path("named").asBoolean()).isFalse();
		assertThat(officers.reporterOf(opened.path("id").asString()).path("anonymous").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from report where complaint_number = :number and reporter_identity is null")
			.param("number", filed.path("complaintNumber").asString())
			.query(Long.class).single()).isOne();
		assertThat(opened.path("availableActions").valueStream().map(JsonNode::asString).toList())
			.contains("VERIFY", "RESOLVE_IDENTITY").doesNotContain("RECOMMEND");
	}

	@Test
	void evidenceIsTypedByItsContentStoredByItsHashAndServedOnlyWithinScope() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(6101, "PEMDA-32", "32.73", "Bukti Uji (sintetis)").get(0);
		byte[] png = png();
		byte[] pdf = EvidenceSamples.pdfWithMetadata();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("tangkapan-layar.png", png);
		files.put("undangan.pdf", pdf);

		HttpResponse<String> accepted = officers.http().postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(nip, "Bukti", "32.73", null), "evidence", files);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		JsonNode opened = officers.caseOf(UserAgent.json(accepted).path("complaintNumber").asString());
		JsonNode evidence = opened.path("evidence");
		assertThat(evidence).hasSize(2);
		assertThat(evidence.get(0).path("mediaType").asString()).isEqualTo("image/png");
		assertThat(evidence.get(1).path("mediaType").asString()).isEqualTo("application/pdf");
		String sha = evidence.get(0).path("sha256").asString();
		assertThat(sha).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png)));

		String path = "/api/v1/cases/" + opened.path("id").asString() + "/files/" + sha;
		HttpResponse<byte[]> download = officers.http().getBytes(path, "Authorization",
				"Bearer " + officers.token("TASK_FORCE"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(png);

		// a program renamed to .jpg is refused for what it is, and the report is not half-stored
		long before = reports();
		HttpResponse<String> disguised = officers.http().postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(nip, "Bukti", "32.73", null), "evidence",
				Map.of("foto.jpg", "MZ\u0090\u0000 this is a windows program".getBytes()));
		assertThat(disguised.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(disguised).path("detail").asString()).contains("foto.jpg").contains("isinya");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void aWrongReceiptCodeRevealsNothingAndIsLimited() throws Exception {
		UserAgent citizen = new UserAgent(port);
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(Officers.publicReport(null, "Tanpa NIP", "31.71", null));
		String number = filed.path("complaintNumber").asString();
		String code = filed.path("receiptCode").asString();

		HttpResponse<String> right = citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", code,
				FORWARDED, GUESSER);
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(right).path("statusLabel").asString()).isEqualTo("Diterima, menunggu verifikasi Satgas");

		HttpResponse<byte[]> proof = citizen.getBytes("/api/v1/public/reports/" + number + "/receipt", "X-Receipt-Code", code,
				"Accept", "application/pdf", FORWARDED, GUESSER);
		assertThat(proof.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (var document = Loader.loadPDF(proof.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(number).contains(code).contains("Bukti Pelaporan");
		}

		String wrongCode = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
		HttpResponse<String> wrong = citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", wrongCode,
				FORWARDED, GUESSER);
		HttpResponse<String> unknown = citizen.getWith("/api/v1/public/reports/NTR-2026-9999999", "X-Receipt-Code", code,
				FORWARDED, GUESSER);
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(UserAgent.json(wrong).path("detail").asString()).isEqualTo(UserAgent.json(unknown).path("detail").asString());

		HttpResponse<String> last = wrong;
		for (int i = 0; i < 5; i++) {
			last = citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", wrongCode, FORWARDED,
					GUESSER);
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		// even the right code waits now from there
		assertThat(citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", code, FORWARDED, GUESSER)
			.statusCode()).isEqualTo(429);

		// the number is public: twenty more wrong codes from elsewhere do not lock its reporter out
		for (int i = 1; i <= 20; i++) {
			citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", wrongCode, FORWARDED,
					"198.51.100." + i);
		}
		assertThat(citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", code, FORWARDED,
				"203.0.113.77").statusCode()).isEqualTo(200);
	}

	@Test
	void aSourceTryingCodesAtManyNumbersWaitsLongerWithEveryFailure() {
		UserAgent citizen = new UserAgent(port);
		String source = "192.0.2.201";
		// wrong codes at twenty different numbers, few at each: the source itself is guessing
		for (int i = 0; i < 20; i++) {
			assertThat(citizen.getWith("/api/v1/public/reports/NTR-2026-88%05d".formatted(i), "X-Receipt-Code",
					"1111-2222-3333-4444", FORWARDED, source).statusCode()).isEqualTo(404);
		}
		HttpResponse<String> refused = citizen.getWith("/api/v1/public/reports/NTR-2026-8899999", "X-Receipt-Code",
				"1111-2222-3333-4444", FORWARDED, source);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
		assertThat(UserAgent.json(refused).path("detail").asString()).doesNotContain(source);
	}

	@Test
	void agenciesFileTheirOwnReportsOnlyInTheCapacityTheyHold() {
		Officers officers = new Officers(port);
		String finding = """
				{"kind": "%s", "reported": {"name": "Camat Uji (sintetis)", "employer": "Pemerintah Kota Bandung"},
				 "incident": {"date": "2026-02-01", "regionCode": "32.73",
				   "description": "Temuan pengawas: camat hadir dan berorasi pada kampanye calon."}}""";
		HttpResponse<String> byBawaslu = officers.post("ELECTION_SUPERVISOR", "/api/v1/reports",
				finding.formatted("SUPERVISOR_FINDING"));
		assertThat(byBawaslu.statusCode()).as(byBawaslu.body()).isEqualTo(201);
		JsonNode opened = officers.caseOf(UserAgent.json(byBawaslu).path("complaintNumber").asString());
		assertThat(opened.path("source").asString()).isEqualTo("SUPERVISOR_FINDING");
		assertThat(opened.path("report").path("filedByAgency").asString()).isEqualTo("BAWASLU");

		assertThat(officers.post("PPK", "/api/v1/reports", finding.formatted("TASK_FORCE_REPORT")).statusCode())
			.isEqualTo(403);
		assertThat(officers.post("TASK_FORCE", "/api/v1/reports", finding.formatted("SUPERVISOR_FINDING")).statusCode())
			.isEqualTo(403);
		assertThat(new UserAgent(port).postJson("/api/v1/reports", null, finding.formatted("TASK_FORCE_REPORT"))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void bawasluFilesManyFindingsFromACsvAndEveryRefusedRowIsReportedWithItsLine() {
		Officers officers = new Officers(port);
		String csv = String.join("\r\n",
				"JENIS,NIP,NIK,NAMA,INSTANSI,JABATAN,TANGGAL_KEJADIAN,KODE_WILAYAH,URAIAN,TAUTAN",
				"SUPERVISOR_FINDING,,,Lurah Uji (sintetis),Pemerintah Kota Bandung,Lurah,2026-02-02,32.73,\"Lurah membagikan bahan kampanye, di balai kelurahan\",https://contoh.invalid/a https://contoh.invalid/b",
				"SUPERVISOR_FINDING,12345,,Salah NIP,,,2026-02-02,32.73,Uraian yang cukup panjang untuk diterima sistem.,",
				"TEMUAN,,,Jenis Salah,,,2026-02-02,32.73,Uraian yang cukup panjang untuk diterima sistem.,",
				"SUPERVISOR_RECOMMENDATION,,,Tanggal Salah,,,02/02/2026,32.73,Uraian yang cukup panjang untuk diterima sistem.,",
				"") ;
		HttpResponse<String> response = officers.http().postCsv("/api/v1/reports/import", officers.token("ELECTION_SUPERVISOR"), csv);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = UserAgent.json(response);
		assertThat(result.path("accepted").asInt()).isEqualTo(1);
		assertThat(result.path("rejected").asInt()).isEqualTo(3);
		JsonNode rows = result.path("rows");
		assertThat(rows.get(0).path("line").asLong()).isEqualTo(2);
		JsonNode filed = officers.caseOf(rows.get(0).path("complaintNumber").asString());
		assertThat(filed.path("source").asString()).isEqualTo("SUPERVISOR_FINDING");
		assertThat(filed.path("evidence")).hasSize(2);
		assertThat(rows.get(1).path("line").asLong()).isEqualTo(3);
		assertThat(rows.get(1).path("errors").get(0).asString()).startsWith("NIP: NIP harus terdiri atas 18 digit");
		assertThat(rows.get(2).path("errors").get(0).asString()).contains("TEMUAN");
		assertThat(rows.get(3).path("errors").get(0).asString()).startsWith("TANGGAL_KEJADIAN");
	}

	private long reports() {
		return jdbc.sql("select count(*) from report").query(Long.class).single();
	}

	private static byte[] png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
