package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/**
 * The registry as officers read it in the browser: a search that pages through every match, and the page of one
 * employee with their career, block, sanctions and cases, scoped like the rest of the registry.
 */
@NetraIntegrationTest
class EmployeePageIntegrationTests {

	private static final Pattern NEXT = Pattern.compile("<a class=\"page-link\" href=\"([^\"]+)\">Berikutnya</a>");

	@LocalServerPort
	int port;

	@Test
	void aNameSearchPagesToTheLastPageAndEachRowOpensTheEmployeeWithCareerBlockSanctionAndCases() {
		Officers officers = new Officers(port);
		List<String> names = new ArrayList<>();
		for (int n = 1; n <= 25; n++) {
			names.add("Paginaswari Uji %02d (sintetis)".formatted(n));
		}
		List<String> nips = officers.employ(5701, "PEMDA-32.73", "32.73", names.toArray(String[]::new));
		String nip = nips.get(0);
		// a transfer to the province: a second period of the career
		assertThat(officers.employ(5701, "PEMDA-32", "32.73", names.get(0))).containsExactly(nip);

		String sanctioned = sanctionedCase(officers, nip);
		String received = officers.fileReport(Officers.publicReport(nip, names.get(0), "32.73", null))
			.path("complaintNumber").asString();
		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "blocks": "SERVICES", "type": "CRUCIAL_IMPACT",
				 "reason": "Data kepegawaian diubah menjelang pemungutan suara"}""".formatted(nip));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

		UserAgent bkn = signedIn(DemoAccountRows.of("CIVIL_SERVICE_AGENCY"));
		String first = bkn.get("/kepegawaian?q=paginaswari+uji").body();
		assertThat(first).contains("25 data").contains("Halaman 1 dari 2");
		assertThat(rows(first)).hasSize(20);
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).as("a link to the next page").isTrue();
		String last = bkn.get(next.group(1).replace("&amp;", "&")).body();
		assertThat(last).contains("Halaman 2 dari 2").contains("Paginaswari Uji 25");
		assertThat(rows(last)).hasSize(5);
		assertThat(last).containsPattern("<li class=\"page-item disabled\">\\s*<a class=\"page-link\" href=\"[^\"]+\">Berikutnya");
		assertThat(last).contains("value=\"paginaswari uji\"");

		// the first row opens the employee
		assertThat(first).contains("href=\"/kepegawaian/" + nip + "\"");
		String page = bkn.get("/kepegawaian/" + nip).body();
		assertThat(page).contains(names.get(0)).contains(nip).contains("Pemerintah Provinsi Jawa Barat")
			.contains("Guru Ahli Muda").contains("PNS").contains("Aktif");
		assertThat(count(page, "data-testid=\"period\"")).isEqualTo(2);
		assertThat(page).contains("Pemerintah Kota Bandung").contains(">sekarang<");
		assertThat(page).contains("data-testid=\"block\"").contains("Diblokir sejak").contains("layanan kepegawaian");
		assertThat(page).contains("Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan").contains("800/31-BKD/2026");
		assertThat(page).contains(">" + sanctioned + "</a>").contains(">" + received + "</a>")
			.contains("Sanksi dijatuhkan").contains("Menunggu verifikasi Satgas")
			.contains("href=\"/kasus/" + officers.caseOf(sanctioned).path("id").asString() + "\"");
		assertThat(page).doesNotContain("SEDANG-TPP-12").doesNotContain("SANCTIONED").doesNotContain("**********");

		// the employee's own PPK sees the case from the recommendation on, not the new report
		String ppkPage = signedIn(DemoAccountRows.of("PPK")).get("/kepegawaian/" + nip).body();
		assertThat(ppkPage).contains(">" + sanctioned + "</a>").doesNotContain(received);
		// a national supervisor sees the NIK masked
		assertThat(signedIn(DemoAccountRows.of("ELECTION_SUPERVISOR")).get("/kepegawaian/" + nip).body())
			.contains("**********").contains(nip);

		// the PPK of another employer does not find the employee, nor does anyone find a NIP nobody has
		assertThat(foreignPpk().get("/kepegawaian/" + nip).statusCode()).isEqualTo(404);
		assertThat(bkn.get("/kepegawaian/" + RegistryFiles.nip(LocalDate.of(1961, 1, 1), 1990, false, 999))
			.statusCode()).isEqualTo(404);

		// in English: every text translated, no codes
		String english = bkn.get("/kepegawaian/" + nip + "?lang=en").body();
		assertThat(english).contains("Career history").contains("Blocked since").contains("Sanction imposed")
			.contains("Performance allowance cut of 25% for 12 months").contains("In service").contains("now");
		assertThat(english).doesNotContain("??").doesNotContain("SANCTIONED").doesNotContain("RECEIVED")
			.doesNotContain("SERVICES").doesNotContain("ACTIVE").doesNotContain("SEDANG-TPP-12");
		String englishSearch = bkn.get("/kepegawaian?q=paginaswari+uji&page=1").body();
		assertThat(englishSearch).contains("25 records").contains("Page 2 of 2").contains(">Previous<")
			.doesNotContain("??");
	}

	/** A case about the employee, proven and forwarded to the PPK, who imposed a sanction: its complaint number. */
	private static String sanctionedCase(Officers officers, String nip) {
		String id = officers.provenCase(nip, "DISIPLIN-09");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/31-BKD/2026", "decreeDate": "%s"}"""
			.formatted(LocalDate.now().minusDays(1)));
		await("discipline register").atMost(Duration.ofSeconds(10))
			.until(() -> officers.get("AUDITOR", "/api/v1/discipline?nip=" + nip).path("sanctions").asInt() == 1);
		return officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("complaintNumber").asString();
	}

	private UserAgent signedIn(DemoAccountRows account) {
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		return agent;
	}

	/** A person of the PPK of DKI Jakarta's provincial government, registered by the administrator. */
	private UserAgent foreignPpk() {
		UserAgent admin = signedIn(DemoAccountRows.of("ADMIN"));
		String username = "ppk.jakarta." + System.nanoTime();
		String password = "Ppk-Jakarta-Uji-2026";
		HttpResponse<String> created = admin.submit("/admin/pengguna", "/admin/pengguna",
				Map.of("username", username, "displayName", "PPK Uji", "email", "", "agencyCode", "PEMDA-31", "roles",
						"PPK", "password", password));
		assertThat(UserAgent.location(created)).isEqualTo("/admin/pengguna");
		UserAgent ppk = new UserAgent(port);
		assertThat(ppk.signIn(username, password)).isEqualTo("/beranda");
		return ppk;
	}

	private static List<String> rows(String page) {
		List<String> rows = new ArrayList<>();
		Matcher row = Pattern.compile("href=\"/kepegawaian/(\\d{18})\"").matcher(page);
		while (row.find()) {
			rows.add(row.group(1));
		}
		return rows;
	}

	private static int count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1;
	}
}
