package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * Forms as a browser sends them: an unticked checkbox is not sent at all, and a field may hold anything. Each
 * answer is the page again with the values kept and a message in the person's language, or success; never JSON.
 */
@NetraIntegrationTest
class FormsIntegrationTests {

	private static final Pattern COMPLAINT_NUMBER = Pattern.compile("data-testid=\"complaint-number\">([^<]+)<");

	@LocalServerPort
	int port;

	@Test
	void aCitizenWhoLeavesAnonymousUntickedFilesUnderTheirOwnName() {
		UserAgent citizen = new UserAgent(port);
		Map<String, String> form = citizenForm();
		form.put("reporterName", "Siti Rahmawati (sintetis)");
		form.put("reporterEmail", "siti@contoh.invalid");
		form.put("consent", "true");

		HttpResponse<String> filed = citizen.submit("/lapor", "/lapor", form);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		assertThat(UserAgent.location(filed)).endsWith("/lapor/terkirim");
		Matcher number = COMPLAINT_NUMBER.matcher(citizen.get("/lapor/terkirim").body());
		assertThat(number.find()).isTrue();
		Officers officers = new Officers(port);
		JsonNode reported = officers.caseOf(number.group(1));
		assertThat(reported.path("report").path("named").asBoolean()).isTrue();
		assertThat(officers.reporterOf(reported.path("id").asString()).path("name").asString())
			.isEqualTo("Siti Rahmawati (sintetis)");
	}

	@Test
	void anUntickedConsentBringsTheReportBackAsTypedWithWhatToDo() {
		Map<String, String> form = citizenForm();
		form.put("reporterName", "Budi Santoso (sintetis)");

		HttpResponse<String> refused = new UserAgent(port).submit("/lapor", "/lapor", form);
		UserAgent visitor = new UserAgent(port);
		visitor.get("/lapor?lang=en");
		HttpResponse<String> english = visitor.submit("/lapor", "/lapor", form);

		assertIsPage(refused, 400);
		assertThat(refused.body()).contains("Centang persetujuan")
			.contains(form.get("description"))
			.contains("value=\"Budi Santoso (sintetis)\"")
			.contains("value=\"" + form.get("nip") + "\"")
			.doesNotContainPattern("id=\"reporter-anonymous\"[^>]*checked");
		assertIsPage(english, 400);
		assertThat(english.body()).contains("Tick the consent").contains(form.get("description"));
	}

	@Test
	void aHolidayAddedWithProvisionalUntickedIsSavedAsFinal() {
		UserAgent admin = administrator();
		LocalDate day = LocalDate.of(2031, 3, 4);
		try {
			HttpResponse<String> saved = admin.submit("/admin/kalender", "/admin/kalender",
					Map.of("date", day.toString(), "kind", "HOLIDAY", "name", "Hari libur uji (sintetis)", "source",
							"Uji formulir"));

			assertThat(saved.statusCode()).isEqualTo(302);
			String page = admin.get(UserAgent.location(saved)).body();
			assertThat(page).contains("Perubahan disimpan.").contains("Hari libur uji (sintetis)");
		}
		finally {
			admin.submit("/admin/kalender", "/admin/kalender/hapus", Map.of("date", day.toString()));
		}
	}

	@Test
	void aMalformedDateComesBackWithTheFieldMarkedAndTheRestKept() {
		UserAgent admin = administrator();

		HttpResponse<String> refused = admin.submit("/admin/kalender", "/admin/kalender",
				Map.of("date", "31-02-2031", "kind", "HOLIDAY", "name", "Libur keliru (sintetis)", "source", "Uji"));

		assertThat(refused.statusCode()).isEqualTo(302);
		HttpResponse<String> page = admin.get(UserAgent.location(refused));
		assertIsPage(page, 200);
		assertThat(page.body()).contains("Tanggal tidak valid.")
			.contains("value=\"31-02-2031\"")
			.contains("value=\"Libur keliru (sintetis)\"")
			.containsPattern("id=\"day-date\"[^>]*is-invalid");
		assertThat(admin.get("/admin/kalender?year=2031").body()).doesNotContain("Libur keliru");
	}

	@Test
	void aSanctionSavedWithActiveUntickedIsNoLongerInForceAndATypedWordForMonthsIsRefusedOnItsField() {
		UserAgent admin = administrator();
		String path = "/admin/katalog/sanksi/RINGAN-LISAN";
		try {
			Map<String, String> form = sanctionForm(admin, path);
			form.remove("active");
			HttpResponse<String> saved = admin.submit(path, path, form);
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(UserAgent.json(admin.get("/api/v1/catalog/sanctions/RINGAN-LISAN")).path("active").asBoolean())
				.isFalse();

			Map<String, String> wrong = sanctionForm(admin, path);
			wrong.put("durationMonths", "enam");
			wrong.put("legalBasis", "Dasar hukum yang diketik ulang");
			HttpResponse<String> refused = admin.submit(path, path, wrong);
			assertIsPage(refused, 400);
			assertThat(refused.body()).contains("Lama sanksi harus antara 1 dan 60 bulan")
				.contains("value=\"enam\"")
				.contains("Dasar hukum yang diketik ulang")
				.containsPattern("id=\"durationMonths\"[^>]*is-invalid");
		}
		finally {
			Map<String, String> restore = sanctionForm(admin, path);
			restore.put("active", "true");
			admin.submit(path, path, restore);
		}
		assertThat(UserAgent.json(admin.get("/api/v1/catalog/sanctions/RINGAN-LISAN")).path("active").asBoolean())
			.isTrue();
	}

	@Test
	void aChoiceNoFormOffersIsAnsweredWithAPageNotJson() {
		HttpResponse<String> tampered = administrator().submit("/admin/kalender", "/admin/kalender",
				Map.of("date", "2031-03-05", "kind", "HARI_RAYA_KARANGAN", "name", "x", "source", "y"));

		assertIsPage(tampered, 400);
		assertThat(tampered.body()).contains("Periksa isian");
	}

	private static void assertIsPage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).doesNotContain("\"type\":").doesNotContain("urn:netra:problem");
	}

	private UserAgent administrator() {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());
		return admin;
	}

	/** The edit form as the page fills it, with the version the page holds. */
	private static Map<String, String> sanctionForm(UserAgent admin, String path) {
		JsonNode sanction = UserAgent.json(admin.get("/api/v1/catalog/sanctions/RINGAN-LISAN"));
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(admin.get(path).body());
		assertThat(version.find()).isTrue();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", version.group(1));
		form.put("name", sanction.path("name").asString());
		form.put("nameEn", sanction.path("nameEn").asString(""));
		form.put("legalBasis", sanction.path("legalBasis").asString());
		form.put("durationMonths", "");
		form.put("active", "true");
		return form;
	}

	/** What a citizen types, with "anonim" and the consent left unticked (so not sent at all). */
	private static Map<String, String> citizenForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nip", "198503152010011001");
		form.put("name", "Nama Terlapor (sintetis)");
		form.put("employer", "Pemerintah Provinsi Jawa Barat");
		form.put("date", LocalDate.now().minusDays(2).toString());
		form.put("regionCode", "32.73");
		form.put("description", "Terlapor membagikan ajakan memilih pasangan calon di grup percakapan kantor.");
		form.put("links", "");
		return form;
	}
}
