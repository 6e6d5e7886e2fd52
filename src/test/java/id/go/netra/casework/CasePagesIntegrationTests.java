package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;

/**
 * The case pages over plain HTTP, as a browser without JavaScript uses them: refusals come back as a message
 * on the case, bulk taking counts what was refused, the queue on the home page counts, and a case outside an
 * officer's scope does not exist for them, files included.
 */
@NetraIntegrationTest
class CasePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aRefusedFormComesBackAsAMessageNamingTheFieldAndChangesNothing() {
		Officers officers = new Officers(port);
		String nip = officers.employ(4004, "PEMDA-32", "32.73", "Sari Uji (sintetis)").get(0);
		String id = openCase(officers, nip);
		UserAgent satgas = signedIn("TASK_FORCE");

		HttpResponse<String> refused = satgas.submit("/kasus/" + id, "/kasus/" + id + "/verifikasi",
				Map.of("decision", "REJECT", "reason", "DUPLICATE"));

		assertThat(UserAgent.location(refused)).isEqualTo("/kasus/" + id);
		assertThat(satgas.get("/kasus/" + id).body()).contains("Periksa isian berikut. Duplikat dari: Wajib diisi.")
			.contains("data-status=\"RECEIVED\"");
	}

	@Test
	void aCancellationNoteAsLongAsAnyOtherNoteIsKept() {
		Officers officers = new Officers(port);
		String id = openCase(officers, null);
		UserAgent satgas = signedIn("TASK_FORCE");
		String note = "Laporan ditarik pelapor. " + "x".repeat(3000);

		satgas.submit("/kasus/" + id, "/kasus/" + id + "/batal", Map.of("note", note));

		assertThat(satgas.get("/kasus/" + id).body()).contains("Kasus dibatalkan.").contains("data-status=\"CANCELLED\"")
			.contains(note);
	}

	@Test
	void takingSeveralCasesAtOnceTellsHowManyWereRefused() {
		Officers officers = new Officers(port);
		String open = openCase(officers, null);
		String closed = openCase(officers, null);
		officers.act("TASK_FORCE", "/api/v1/cases/" + closed + "/cancellation", """
				{"note": "Ditarik"}""");
		UserAgent satgas = signedIn("TASK_FORCE");

		HttpResponse<String> taken = satgas.submit("/kasus", "/kasus/ambil?ids=" + open + "&ids=" + closed,
				Map.of("status", "ALL"));

		assertThat(UserAgent.location(taken)).isEqualTo("/kasus?status=ALL");
		assertThat(satgas.get("/kasus?status=ALL").body()).contains("1 kasus diambil untuk Anda; 1 ditolak");
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + open).path("assignment").path("actor").asString())
			.isEqualTo(DemoAccountRows.of("TASK_FORCE").username());
	}

	@Test
	void theHomePageCountsTheOpenCasesOfTheOfficersQueue() {
		Officers officers = new Officers(port);
		UserAgent satgas = signedIn("TASK_FORCE");
		long before = openCount(satgas.get("/beranda").body());

		openCase(officers, null);

		assertThat(openCount(satgas.get("/beranda").body())).isEqualTo(before + 1);
	}

	@Test
	void aPpkFindsNeitherACaseOutsideItsEmployerNorItsFiles() {
		Officers officers = new Officers(port);
		String id = openCase(officers, null);
		UserAgent ppk = signedIn("PPK");

		assertThat(ppk.get("/kasus/" + id).statusCode()).isEqualTo(404);
		assertThat(ppk.get("/kasus/" + id + "/berkas/" + "0".repeat(64)).statusCode()).isEqualTo(404);
		assertThat(ppk.get("/kasus").body()).doesNotContain(id).doesNotContain("Ajukan laporan instansi");
		assertThat(ppk.get("/kasus/laporan-baru").statusCode()).isEqualTo(403);
	}

	@Test
	void theQueueAndTheCasePageSpeakBothLanguagesWithoutMissingMessages() {
		Officers officers = new Officers(port);
		String id = openCase(officers, null);
		UserAgent satgas = signedIn("TASK_FORCE");

		String queue = satgas.get("/kasus?lang=id").body();
		String page = satgas.get("/kasus/" + id).body();
		assertThat(queue).contains("Antrean kasus").doesNotContain("??");
		assertThat(page).contains("Menunggu verifikasi Satgas").contains("Kasus dibuka").doesNotContain("??");

		String queueEn = satgas.get("/kasus?lang=en").body();
		String pageEn = satgas.get("/kasus/" + id).body();
		assertThat(queueEn).contains("Case queue").doesNotContain("??");
		assertThat(pageEn).contains("Awaiting task force verification").contains("Case opened")
			.contains("What you can do").doesNotContain("??");
	}

	/** Files a citizen's report (about an unregistered person when {@code nip} is null) and returns its case id. */
	private static String openCase(Officers officers, String nip) {
		String number = officers.fileReport(Officers.publicReport(nip, "Sari", "32.73", null))
			.path("complaintNumber")
			.asString();
		return officers.caseOf(number).path("id").asString();
	}

	@Test
	void theTaskForceUploadsAReportSpreadsheetAndSeesEveryRowsOutcomeByLine() {
		UserAgent satgas = signedIn("TASK_FORCE");
		String csv = "JENIS,NIP,NIK,NAMA,INSTANSI,JABATAN,TANGGAL_KEJADIAN,KODE_WILAYAH,URAIAN,TAUTAN\r\n"
				+ ",,,Kepala Dinas Uji (sintetis),,,2026-03-01,32.73,Menghadiri deklarasi calon dan berorasi mendukungnya.,\r\n"
				+ ",,,Tanpa Uraian,,,2026-03-01,32.73,,\r\n";
		HttpResponse<String> page = satgas.submitFile("/kasus/laporan-baru/impor", "/kasus/laporan-baru/impor",
				Map.of("kind", "TASK_FORCE_REPORT"), "file", "temuan.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("1 baris diterima, 1 baris ditolak.").contains("NTR-")
			.contains("URAIAN: Wajib diisi.");
		assertThat(signedIn("PPK").get("/kasus/laporan-baru/impor").statusCode()).isEqualTo(403);
	}

	private UserAgent signedIn(String role) {
		DemoAccountRows account = DemoAccountRows.of(role);
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		return agent;
	}

	static long openCount(String home) {
		Matcher count = Pattern.compile("(\\d+) kasus terbuka").matcher(home);
		assertThat(count.find()).as("open cases on the home page").isTrue();
		return Long.parseLong(count.group(1));
	}
}
