package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * I'DIS: sanctions decided outside Netra enter the discipline register from a CSV file, all or nothing, with every
 * wrong cell named by line and column in words; importing again adds nothing; the register goes out in the same
 * layout. Synthetic employees and decrees.
 */
@NetraIntegrationTest
class IdisIntegrationTests {

	private static final String HEADER = "nip,nama,instansi,jenis_sanksi,nomor_sk,tanggal_sk,dasar_hukum,mulai,selesai\n";

	@LocalServerPort
	int port;

	@Test
	void sanctionsDecidedOutsideNetraEnterTheRegisterOnceAndGoOutInTheSameLayout() {
		Officers officers = new Officers(port);
		String nip = officers.employ(3721, "PEMDA-32", "32.73", "Pegawai Uji IDIS (sintetis)").get(0);
		String decree = "800/IDIS-" + System.nanoTime() + "/2025";
		LocalDate decreed = LocalDate.now().minusMonths(3);
		String csv = HEADER + "%s,Pegawai Uji IDIS (sintetis),PEMDA-32,SEDANG-TPP-6,%s,%s,\"PP 94/2021, Pasal 8 ayat (3)\",%s,%s\n"
			.formatted(nip, decree, decreed, decreed.plusDays(15), decreed.plusDays(15).plusMonths(6).minusDays(1));

		HttpResponse<String> imported = post(officers, "CIVIL_SERVICE_AGENCY", csv);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(UserAgent.json(imported).path("entered").asInt()).isEqualTo(1);

		JsonNode history = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip);
		assertThat(history.path("sanctions").asInt()).isEqualTo(1);
		JsonNode entry = history.path("entries").get(0);
		assertThat(entry.path("decreeNumber").asString()).isEqualTo(decree);
		assertThat(entry.path("source").asString()).isEqualTo("IDIS");
		assertThat(entry.path("legalBasis").asString()).isEqualTo("PP 94/2021, Pasal 8 ayat (3)");
		assertThat(entry.path("effectiveOn").asString()).isEqualTo(decreed.plusDays(15).toString());
		assertThat(entry.path("caseId").isNull()).isTrue();

		// importing the same file again adds nothing
		HttpResponse<String> again = post(officers, "CIVIL_SERVICE_AGENCY", csv);
		assertThat(UserAgent.json(again).path("entered").asInt()).isZero();
		assertThat(UserAgent.json(again).path("alreadyIn").asInt()).isEqualTo(1);
		assertThat(officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip).path("sanctions").asInt())
			.isEqualTo(1);

		// the export holds it in the documented layout, and importing the export adds nothing
		HttpResponse<String> exported = new UserAgent(port).get("/api/v1/discipline/idis",
				officers.token("CIVIL_SERVICE_AGENCY"));
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(exported.body()).startsWith(
				"nip,nama,instansi,jenis_sanksi,nomor_sk,tanggal_sk,dasar_hukum,mulai,selesai,tingkat,nomor_pengaduan,sumber")
			.contains(nip + ",Pegawai Uji IDIS (sintetis),PEMDA-32,SEDANG-TPP-6," + decree + "," + decreed
					+ ",\"PP 94/2021, Pasal 8 ayat (3)\"," + decreed.plusDays(15));
		HttpResponse<String> roundTrip = post(officers, "CIVIL_SERVICE_AGENCY", exported.body());
		assertThat(roundTrip.statusCode()).as(roundTrip.body()).isEqualTo(200);
		assertThat(UserAgent.json(roundTrip).path("entered").asInt()).isZero();
	}

	@Test
	void aFileWithWrongRowsEntersNothingAndNamesEachProblemInWords() {
		Officers officers = new Officers(port);
		String nip = officers.employ(3722, "PEMDA-32", "32.73", "Pegawai Uji IDIS Salah (sintetis)").get(0);
		String good = "%s,Pegawai Uji,PEMDA-32,RINGAN-TERTULIS,800/BAIK-%d/2025,2025-06-01,PP 94/2021,2025-06-16,\n"
			.formatted(nip, System.nanoTime());
		String csv = HEADER + good
				+ "12345,Pegawai Salah,TIDAK-ADA,HUKUMAN-ANEH,,31-06-2025,,2025-01-01,2024-01-01\n";

		HttpResponse<String> refused = new UserAgent(port).language("en")
			.exchange("POST", "/api/v1/discipline/idis", officers.token("CIVIL_SERVICE_AGENCY"), "text/csv", csv);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		JsonNode outcome = UserAgent.json(refused);
		assertThat(outcome.path("entered").asInt()).isZero();
		assertThat(outcome.path("problems").valueStream().map(p -> p.path("line").asInt() + " " + p.path("column")
			.asString() + ": " + p.path("problem").asString()))
			.contains("3 instansi: No employer with the code TIDAK-ADA is in Netra's list of employers.",
					"3 jenis_sanksi: The sanction HUKUMAN-ANEH is not in Netra's sanction catalogue (see /admin/katalog).",
					"3 nomor_sk: Required.", "3 tanggal_sk: The date 31-06-2025 cannot be read; write it like 2026-03-31.",
					"3 dasar_hukum: Required.", "3 selesai: The end date cannot be before the start date.")
			.anyMatch(p -> p.startsWith("3 nip: "));
		assertThat(officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip).path("sanctions").asInt())
			.as("the good row was not entered either").isZero();

		HttpResponse<String> noHeader = post(officers, "CIVIL_SERVICE_AGENCY", "nip,nama\n" + nip + ",X\n");
		assertThat(noHeader.statusCode()).isEqualTo(400);
		assertThat(noHeader.body()).contains("instansi, jenis_sanksi");

		assertThat(post(officers, "PPK", HEADER + good).statusCode()).as("BKN only").isEqualTo(403);
	}

	private HttpResponse<String> post(Officers officers, String role, String csv) {
		return new UserAgent(port).exchange("POST", "/api/v1/discipline/idis", officers.token(role), "text/csv", csv);
	}
}
