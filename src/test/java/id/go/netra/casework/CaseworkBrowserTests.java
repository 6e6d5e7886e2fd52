package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;

/**
 * Officers of four agencies work one citizen's report through their own pages in a real browser, each seeing
 * only the forms of their stage, until the sanction is recorded; and Bawaslu files its own finding.
 * Screenshots land in target/screenshots.
 */
@NetraIntegrationTest
class CaseworkBrowserTests extends BrowserTest {

	static final String REPORTER_EMAIL = "warga@contoh.invalid";

	@Test
	void aCitizensReportIsWorkedFromTheQueueToTheSanctionEachAgencyOnItsOwnPage() {
		// given: an employee of the West Java provincial government, and a citizen's report naming them
		Officers officers = new Officers(port);
		String nip = officers.employ(4001, "PEMDA-32", "32.73", "Rina Kartika Uji (sintetis)").get(0);
		String number = officers
			.fileReport(Officers.publicReport(nip, "Rina", "32.73", "\"https://contoh.invalid/p/7001\""))
			.path("complaintNumber")
			.asString();

		String caseUrl = taskForceTakesAndForwards(number);
		ppkDoesNotFindTheCaseBeforeTheRecommendation(caseUrl);
		bawasluReviewsAsProven(caseUrl);
		bknForwardsTheRecommendation(caseUrl);
		ppkRecordsTheFollowUp(caseUrl, number);
	}

	@Test
	void theTaskForceChoosesTheReportedPersonFromTheRegistryAsItTypes() {
		Officers officers = new Officers(port);
		String nip = officers.employ(4002, "PEMDA-32", "32.73", "Sekarwangi Lestari Uji (sintetis)").get(0);
		String elsewhere = officers.employ(4003, "PEMDA-33", "33.74", "Sekarwangi Jateng Uji (sintetis)").get(0);
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "TASK_FORCE");
			page.navigate(url("/kasus/laporan-baru"));
			Locator name = page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true));
			name.pressSequentially("sekarwangi l", new Locator.PressSequentiallyOptions().setDelay(20));
			Locator suggestions = page.locator("#reported-suggestions [role=option]");
			suggestions.first().waitFor();
			assertThat(suggestions.allTextContents()).hasSize(1).first().asString()
				.contains("Sekarwangi Lestari Uji (sintetis)")
				.contains(nip);

			suggestions.first().click();
			assertThat(page.locator("#nip").inputValue()).isEqualTo(nip);
			assertThat(name.inputValue()).isEqualTo("Sekarwangi Lestari Uji (sintetis)");
			assertThat(page.locator("#employer").inputValue()).isEqualTo("PEMDA-32");
			assertThat(page.locator("#reported-suggestions [role=option]").count()).isZero();

			// a NIP typed in full finds its employee too
			page.locator("#nip").fill("");
			page.locator("#nip").pressSequentially(elsewhere, new Locator.PressSequentiallyOptions().setDelay(5));
			suggestions.first().waitFor();
			assertThat(suggestions.first().textContent()).contains("Sekarwangi Jateng Uji (sintetis)");
		}
		// the registry's scope holds: West Java's PPK is offered its own employee, not Central Java's
		UserAgent ppk = new UserAgent(port);
		DemoAccountRows account = DemoAccountRows.of("PPK");
		ppk.signIn(account.username(), account.password());
		String offered = ppk.get("/kepegawaian/saran?name=Sekarwangi").body();
		assertThat(offered).contains("Sekarwangi Lestari Uji (sintetis)").doesNotContain("Jateng");
	}

	@Test
	void bawasluFilesAFindingFromItsOwnFormAndLandsOnTheNewCase() {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "ELECTION_SUPERVISOR");
			page.navigate(url("/kasus"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajukan laporan instansi")).first().click();
			assertThat(page.locator("#kind option").allTextContents())
				.containsExactlyInAnyOrder("Temuan Bawaslu", "Rekomendasi Bawaslu");

			// a description too short comes back with the field named, and the form still filled in
			page.locator("#kind").selectOption("SUPERVISOR_FINDING");
			page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).fill("Budi Uji (sintetis)");
			page.locator("#date").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(2).toString());
			page.locator("#regionCode").selectOption("32.73");
			page.locator("#description").evaluate("area => area.removeAttribute('minlength')");
			page.locator("#description").fill("Terlalu singkat");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan laporan")).click();
			assertThat(page.locator(".alert-danger").textContent()).contains("Uraian:");
			assertThat(page.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).inputValue())
				.isEqualTo("Budi Uji (sintetis)");

			page.locator("#description").fill("Pengawas menemukan ASN hadir dan berorasi pada kampanye terbuka.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan laporan")).click();
			page.waitForURL(url -> url.matches(".*/kasus/[0-9a-f-]{36}$"));
			assertThat(page.locator(".alert-success").textContent()).contains("diterima dan kasusnya dibuka");
			assertThat(page.locator("main").textContent()).contains("Temuan Bawaslu").contains("Budi Uji (sintetis)");
			assertThat(status(page)).isEqualTo("RECEIVED");
			assertThat(actionForms(page)).as("Bawaslu does not verify").isEmpty();
		}
	}

	private String taskForceTakesAndForwards(String number) {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "TASK_FORCE");
			assertThat(page.locator("[data-testid=case-summary]").textContent()).containsPattern("[1-9]\\d* kasus terbuka");

			// finds the case with the queue's filter and takes it for themself
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Antrean kasus")).first().click();
			page.getByLabel("Nomor aduan").fill(number);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saring")).click();
			Locator row = page.locator("tr[data-case='" + number + "']");
			assertThat(row.textContent()).contains("Menunggu verifikasi Satgas").contains("Rina Kartika Uji").contains("Pemerintah Provinsi Jawa Barat");
			row.getByRole(AriaRole.CHECKBOX).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ambil untuk saya")).click();
			assertThat(page.locator(".alert-success").textContent()).contains("1 kasus diambil untuk Anda; 0 ditolak");
			assertThat(row.textContent()).contains("Rina Kusuma (sintetis)");
			screenshot(page, "case-queue-task-force.png");

			// opens it: the timeline so far, the reporter's contact, and only the verification stage's forms
			row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number)).click();
			assertThat(status(page)).isEqualTo("RECEIVED");
			assertThat(transitions(page)).containsExactly("OPENED", "ASSIGNED");
			assertThat(page.locator("[data-transition=OPENED]").textContent()).contains("Kasus dibuka").contains("Netra (otomatis)");
			// the reporter: named, but who it is only on a stated reason
			String caseUrl = page.url();
			assertThat(page.locator("[data-testid=reporter-named]").textContent()).isEqualTo("Pelapor: bernama");
			assertThat(page.content()).doesNotContain(REPORTER_EMAIL);
			Locator reveal = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan identitas pelapor"));
			reveal.click();
			assertThat(page.url()).as("the browser asks for the reason first").isEqualTo(caseUrl);
			assertThat(page.getByLabel("Alasan membuka identitas pelapor").evaluate("box => box.validity.valid")).isEqualTo(false);
			page.getByLabel("Alasan membuka identitas pelapor").fill("Konfirmasi kronologi kepada pelapor");
			reveal.click();
			assertThat(page.locator("[data-testid=reporter-contact]").textContent()).contains(REPORTER_EMAIL)
				.contains("Warga Uji");
			screenshot(page, "case-reporter-identity-task-force.png");
			page.navigate(caseUrl);
			assertThat(page.content()).as("shown once, on that answer").doesNotContain(REPORTER_EMAIL);
			assertThat(page.locator("[data-testid=evidence]").textContent()).contains("https://contoh.invalid/p/7001");
			assertThat(actionForms(page)).containsExactlyInAnyOrder("ASSIGN", "VERIFY", "ASK_REPORTER", "RESOLVE_IDENTITY",
					"CANCEL", "SEPARATE");

			page.getByLabel("Teruskan ke Bawaslu untuk dikaji").check();
			page.locator("#verify-note").fill("Bukti tautan cukup untuk dikaji.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan verifikasi")).click();
			assertThat(page.locator(".alert-success").textContent()).contains("Verifikasi disimpan.");
			assertThat(status(page)).isEqualTo("IN_REVIEW");
			assertThat(page.locator("[data-testid=case-status]").textContent()).isEqualTo("Dalam kajian Bawaslu");
			screenshot(page, "case-verified-task-force.png");
			return page.url();
		}
	}

	/** The employer of the accused is the last to know: while Bawaslu reviews, the case does not exist for its PPK. */
	private void ppkDoesNotFindTheCaseBeforeTheRecommendation(String caseUrl) {
		try (BrowserContext context = phone()) {
			Page page = signIn(context, "PPK");
			assertThat(page.navigate(caseUrl).status()).isEqualTo(404);
			assertThat(page.locator("main").textContent()).contains("tidak ditemukan");
			assertThat(page.content()).doesNotContain(REPORTER_EMAIL).doesNotContain("Warga Uji");
			screenshot(page, "case-in-review-ppk-phone.png");
		}
	}

	private void bawasluReviewsAsProven(String caseUrl) {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "ELECTION_SUPERVISOR");
			page.navigate(caseUrl);
			assertThat(page.content()).doesNotContain(REPORTER_EMAIL);
			Locator review = page.locator("[data-action=REVIEW]");
			review.getByLabel("Terbukti", new Locator.GetByLabelOptions().setExact(true)).check();
			review.locator("#violation-DISIPLIN-02").check();
			review.getByLabel("Catatan").fill("Unggahan kampanye terbukti.");
			review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan hasil kajian")).click();
			assertThat(page.locator(".alert-success").textContent()).contains("Hasil kajian disimpan.");
			assertThat(status(page)).isEqualTo("PROVEN");
			assertThat(page.locator("#review-title + dl").textContent()).contains("DISIPLIN-02")
				.contains("Sosialisasi atau kampanye melalui media sosial atau daring untuk calon")
				.contains("Hukuman disiplin berat");
		}
	}

	private void bknForwardsTheRecommendation(String caseUrl) {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "CIVIL_SERVICE_AGENCY");
			page.navigate(caseUrl);
			assertThat(actionForms(page)).contains("RECOMMEND").doesNotContain("REVIEW", "FOLLOW_UP");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teruskan rekomendasi ke PPK")).click();
			assertThat(page.locator(".alert-success").textContent()).contains("Rekomendasi diteruskan ke PPK.");
			assertThat(status(page)).isEqualTo("AWAITING_FOLLOW_UP");
		}
	}

	private void ppkRecordsTheFollowUp(String caseUrl, String number) {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "PPK");
			page.navigate(caseUrl);
			assertThat(actionForms(page)).contains("FOLLOW_UP").doesNotContain("AUDIT_FOLLOW_UP", "REVIEW");
			assertThat(page.content()).doesNotContain(REPORTER_EMAIL).doesNotContain("Warga Uji")
				.doesNotContain("Percakapan dengan pelapor");
			assertThat(page.locator("#reporter-title + p").textContent()).contains("hanya terlihat oleh Satgas");
			Locator form = page.locator("[data-action=FOLLOW_UP]");
			Locator reason = form.getByLabel("Alasan bila sanksi lebih ringan");
			assertThat(reason.isVisible()).isFalse();
			form.getByLabel("Sanksi yang dijatuhkan").selectOption("RINGAN-LISAN");
			assertThat(reason.isVisible()).isTrue();
			assertThat(reason.getAttribute("required")).isNotNull();
			screenshot(form, "case-follow-up-lighter.png");
			form.getByLabel("Sanksi yang dijatuhkan").selectOption("BERAT-TURUN-JABATAN");
			assertThat(reason.isVisible()).isFalse();
			form.getByLabel("Nomor SK").fill("800/7001-BKD/2026");
			form.getByLabel("Tanggal SK").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString());
			form.getByLabel("Berkas SK (PDF, opsional)").setInputFiles(new FilePayload("sk-uji.pdf", "application/pdf",
					"%PDF-1.4\n% SK uji (sintetis)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
			form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan tindak lanjut")).click();

			assertThat(page.locator(".alert-success").textContent()).contains("Tindak lanjut dicatat.");
			assertThat(status(page)).isEqualTo("SANCTIONED");
			assertThat(page.locator("[data-testid=case-status]").textContent()).isEqualTo("Sanksi dijatuhkan");
			assertThat(transitions(page)).containsSubsequence("OPENED", "ASSIGNED", "VERIFIED", "REVIEWED_PROVEN",
					"RECOMMENDATION_ISSUED", "FOLLOW_UP_RECORDED");
			assertThat(page.locator("[data-transition=REVIEWED_PROVEN]").textContent()).contains("Kajian: terbukti")
				.contains("BAWASLU").contains("Pengawas Pemilu (Bawaslu)");
			assertThat(page.locator("[data-testid=no-actions]").isVisible()).isTrue();

			Download decree = page.waitForDownload(() -> page.getByText("Unduh SK (PDF)").click());
			assertThat(decree.suggestedFilename()).isEqualTo("sk-" + number + ".pdf");
			screenshot(page, "case-sanctioned-ppk.png");
		}
	}

	/**
	 * The case's status once the page has loaded: a click only waits for the next page to start arriving, and a
	 * section read before the rest of the HTML is parsed would be cut off (seen on a loaded CI machine).
	 */
	private static String status(Page page) {
		page.waitForLoadState();
		return page.locator("[data-testid=case-status]").getAttribute("data-status");
	}

	private static List<String> transitions(Page page) {
		return page.locator("[data-testid=timeline] tr[data-transition]")
			.all()
			.stream()
			.map(row -> row.getAttribute("data-transition"))
			.toList();
	}

	private static List<String> actionForms(Page page) {
		return page.locator("[data-action]").all().stream().map(form -> form.getAttribute("data-action")).toList();
	}
}
