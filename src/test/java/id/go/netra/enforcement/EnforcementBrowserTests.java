package id.go.netra.enforcement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.Dates;
import id.go.netra.DemoAccountRows;
import id.go.netra.PdfPages;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/**
 * Enforcement as people see it in a real browser, with the ladder's intervals cut to seconds: the PPK finds a
 * case it let lie blocked, with its letters; anyone holding the warning letter scans its QR code and finds it
 * genuine without learning whom it concerns; Kemendagri sees the employer ranked and its PPK proposed for
 * sanction; a regional Bawaslu follows the case but not the national registers; the auditor reads the
 * discipline register once the sanction is imposed, and blocks and unblocks an employee by hand.
 * Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/enforcement-browser-${random.uuid}", "netra.deadlines.follow-up=PT2S",
				"netra.deadlines.poll-interval=PT0.2S", "netra.enforcement.poll-interval=PT0.2S",
				"netra.enforcement.ladder.warning=PT0S", "netra.enforcement.ladder.reprimand=PT2S",
				"netra.enforcement.ladder.block=PT2S" })
// its short deadlines and ladder would go on working every overdue case of the suite (one database on
// PostgreSQL) after the class: closed with it
@DirtiesContext
class EnforcementBrowserTests extends BrowserTest {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");
	static final String EMPLOYER = "PEMDA-32";

	@BeforeAll
	static void patientAssertions() {
		// two shared cores: a page after a POST and its redirect may take a while
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@Test
	void aCaseLeftWithoutFollowUpIsSeenBlockedItsLettersVerifiedByAnyoneAndTheSanctionEntersTheRegister()
			throws Exception {
		// given: an employee of the West Java government whose PPK lets the recommendation lie until it is blocked
		Officers officers = new Officers(port);
		Enforcer enforcer = new Enforcer(officers);
		String name = "Dewi Lestari Uji (sintetis)";
		String nip = officers.employ(4010, EMPLOYER, "32.73", name).get(0);
		String id = enforcer.forwardedCase(nip, LocalDate.now().minusDays(40), "DISIPLIN-09", false);
		await("control ladder").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
			.until(() -> enforcer.controlLevel(id).equals("BLOCKED"));
		String number = enforcer.caseAs("AUDITOR", id).path("complaintNumber").asString();
		String warningNumber = enforcer.letter(id, "WARNING").path("number").asString();

		String verificationPath = ppkSeesTheBlockAndTheLettersAndOpensTheWarning(id, number, warningNumber);
		anyoneFindsTheWarningGenuineWithoutLearningWhomItConcerns(verificationPath, warningNumber, number, nip, name);
		kemendagriSeesTheEmployerRankedAndItsPpkProposedForSanction(number, enforcer.letter(id, "PPK_SANCTION")
			.path("number").asString());
		aRegionalBawasluFollowsTheCaseButNotTheNationalRegisters(id);

		// the PPK imposes the sanction recommended (over its system's API): the block is lifted
		LocalDate decree = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(10);
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/7601-BKD/2026", "decreeDate": "%s"}""".formatted(decree));
		await("block lifted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
			.until(() -> !officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel/" + nip).path("blocked").asBoolean());
		theAuditorFindsTheSanctionInTheRegister(nip, number, decree);
	}

	@Test
	void anAuditorBlocksAnEmployeeByHandOnlyWithAReasonAndLiftsTheBlockWithOne() {
		Officers officers = new Officers(port);
		String name = "Agus Wibowo Uji (sintetis)";
		String nip = officers.employ(4011, EMPLOYER, "32.73", name).get(0);

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "AUDITOR");
			page.navigate(url("/pengendalian"));
			Locator form = page.locator("[data-testid=block-form]");
			assertThat(blockRows(page, nip).count()).isZero();

			// without a reason (the browser would insist, so the attribute goes): refused in Indonesian, nothing placed
			form.getByLabel("Cakupan").selectOption("EMPLOYEE");
			form.locator("#block-nip").fill(nip);
			form.locator("#reason").evaluate("area => area.removeAttribute('required')");
			form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pasang blokir")).click();
			page.waitForLoadState();
			assertThat(page.locator(".alert-danger")).hasText("Alasan: Wajib diisi.");
			assertThat(blockRows(page, nip).count()).isZero();
			assertThat(officers.get("AUDITOR", "/api/v1/blocks?nip=" + nip).path("total").asInt()).isZero();

			// with one: placed, announced, and listed with the employee's name and what is blocked
			form.getByLabel("Cakupan").selectOption("EMPLOYEE");
			form.locator("#block-nip").fill(nip);
			form.getByLabel("Yang diblokir").selectOption("SERVICES");
			form.getByLabel("Jenis (Peraturan BKN 1/2023)").selectOption("CRUCIAL_IMPACT");
			form.getByLabel("Alasan").fill("Data kepegawaian dipalsukan untuk mutasi menjelang pemungutan suara");
			form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pasang blokir")).click();
			page.waitForLoadState();
			assertThat(page.locator(".alert-success")).hasText("Blokir untuk " + nip + " telah dipasang.");
			assertThat(page.locator(".alert-danger")).hasCount(0);
			Locator row = blockRows(page, nip);
			assertThat(row).hasCount(1);
			assertThat(row.textContent()).contains(name)
				.contains("layanan kepegawaian")
				.contains("Data kepegawaian dipalsukan untuk mutasi");
			assertThat(officers.get("PPK", "/api/v1/personnel/" + nip).path("blocked").asBoolean()).isTrue();
			screenshot(page, "enforcement-manual-block-auditor.png");

			// lifted from its own row, with a reason: gone from the list
			row.getByLabel("Alasan pembukaan").fill("Klarifikasi instansi diterima");
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buka blokir")).click();
			page.waitForLoadState();
			assertThat(page.locator(".alert-success")).hasText("Blokir untuk " + nip + " telah dibuka.");
			assertThat(blockRows(page, nip)).hasCount(0);
			assertThat(officers.get("PPK", "/api/v1/personnel/" + nip).path("blocked").asBoolean()).isFalse();
		}
	}

	/** Returns the path of the warning letter's verification page, as its QR code gives it. */
	private String ppkSeesTheBlockAndTheLettersAndOpensTheWarning(String id, String number, String warningNumber)
			throws Exception {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "PPK");
			page.navigate(url("/kasus/" + id));
			Locator level = page.locator("[data-testid=control-level]");
			assertThat(level.getAttribute("data-level")).isEqualTo("BLOCKED");
			assertThat(level.textContent()).isEqualTo("Data diblokir");
			Locator control = page.locator("[data-testid=control]");
			assertThat(control.locator("#control-title").textContent()).isEqualTo("Tindakan pengendalian");
			assertThat(control.locator("[data-testid=letters] li")
				.all()
				.stream()
				.map(item -> item.getAttribute("data-kind"))
				.toList()).containsExactly("RECOMMENDATION", "WARNING", "REPRIMAND", "BLOCK_NOTICE", "PPK_SANCTION");
			assertThat(control.locator("[data-testid=block-state]").textContent()).contains("Diblokir")
				.contains("WIB")
				.doesNotContain("dibuka");
			Locator warning = control.locator("[data-testid=letters] li[data-kind=WARNING]");
			assertThat(warning.textContent()).contains("Surat peringatan").contains(warningNumber);
			screenshot(page, "enforcement-case-blocked-ppk.png");

			// the warning letter's link opens the PDF in the browser, with a file name made of the letter's number
			Locator link = warning.getByRole(AriaRole.LINK);
			String href = link.getAttribute("href");
			Response opened = page.waitForResponse(response -> response.url().equals(url(href)), link::click);
			assertThat(opened.status()).isEqualTo(200);
			assertThat(opened.headerValue("content-type")).startsWith("application/pdf");
			assertThat(opened.headerValue("content-disposition"))
				.contains(warningNumber.replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf");
			// (the body the page holds is Chromium's PDF viewer: the file itself is fetched with the page's session)
			APIResponse file = page.request().get(url(href));
			assertThat(file.status()).isEqualTo(200);
			assertThat(file.headers().get("content-type")).startsWith("application/pdf");
			byte[] pdf = file.body();
			assertThat(PdfPages.text(pdf)).contains("Peringatan").contains(number).contains(warningNumber);

			// its QR code leads to the public verification page of this installation
			URI scanned = URI.create(PdfPages.qrCode(pdf));
			assertThat(scanned.getPath()).matches("/verifikasi/[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
			return scanned.getPath();
		}
	}

	private void anyoneFindsTheWarningGenuineWithoutLearningWhomItConcerns(String path, String warningNumber,
			String number, String nip, String name) {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			Response response = page.navigate(url(path));
			assertThat(response.status()).isEqualTo(200);
			assertThat(page.url()).isEqualTo(url(path));
			assertThat(page.locator("[data-testid=genuine]").textContent()).contains("Surat ini asli");
			assertThat(page.locator("[data-testid=number]").textContent()).isEqualTo(warningNumber);
			assertThat(page.locator("[data-testid=kind]").textContent()).isEqualTo("Surat peringatan");
			assertThat(page.locator("[data-testid=subject]").textContent()).contains("Peringatan");
			assertThat(page.content()).doesNotContain(nip)
				.doesNotContain(name)
				.doesNotContain("Pegawai Uji")
				.doesNotContain(number);
			screenshot(page, "letter-verified-public-phone.png");
		}
	}

	private void kemendagriSeesTheEmployerRankedAndItsPpkProposedForSanction(String number, String sanctionLetter) {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "OVERSIGHT");
			page.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pengendalian").setExact(true))
				.click();
			page.waitForURL(url("/pengendalian"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Pengendalian tindak lanjut");
			Locator employer = page.locator("[data-testid=compliance-ranking] tr[data-employer=" + EMPLOYER + "]");
			assertThat(employer).hasCount(1);
			assertThat(employer.textContent()).contains(EMPLOYER).contains("Data diblokir");
			Locator proposal = page.locator("[data-testid=ppk-sanctions] li").filter(new Locator.FilterOptions()
				.setHasText(number));
			assertThat(proposal).hasCount(1);
			assertThat(proposal.textContent()).contains("diusulkan kepada KEMENDAGRI").contains(sanctionLetter);
			// the proposal's letter opens for the ministry it is addressed to
			APIResponse letter = page.request().get(url(proposal.getByRole(AriaRole.LINK).getAttribute("href")));
			assertThat(letter.status()).isEqualTo(200);
			assertThat(letter.headers().get("content-type")).startsWith("application/pdf");
			// the ministry oversees; it does not block
			assertThat(page.locator("[data-testid=block-form]")).hasCount(0);
			screenshot(page, "enforcement-oversight-kemendagri.png");
		}
	}

	private void aRegionalBawasluFollowsTheCaseButNotTheNationalRegisters(String id) {
		// the administrator gives West Java's Bawaslu an account, as an operator would
		String username = "bawaslu.jabar." + System.nanoTime();
		String password = "Bawaslu-Jabar-Uji-2026";
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());
		HttpResponse<String> created = admin.submit("/admin/pengguna", "/admin/pengguna",
				Map.of("username", username, "displayName", "Bawaslu Jawa Barat Uji", "email", "", "agencyCode",
						"BAWASLU-32", "roles", "ELECTION_SUPERVISOR", "password", password));
		assertThat(UserAgent.location(created)).isEqualTo("/admin/pengguna");

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, username, password);
			assertThat(page.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName("Pengendalian").setExact(true))).hasCount(0);
			page.navigate(url("/kasus/" + id));
			assertThat(page.locator("[data-testid=control-level]").getAttribute("data-level")).isEqualTo("BLOCKED");
			assertThat(page.locator("[data-testid=letters] li")).hasCount(5);

			Response refused = page.navigate(url("/pengendalian"));
			assertThat(refused.status()).isEqualTo(403);
			assertThat(page.locator("main").textContent()).contains("hanya dapat dilihat oleh instansi dengan kewenangan nasional");
		}
	}

	private void theAuditorFindsTheSanctionInTheRegister(String nip, String number, LocalDate decree) {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "AUDITOR");
			page.navigate(url("/pengendalian"));
			// the case's block is gone from the blocks in force
			assertThat(blockRows(page, nip)).hasCount(0);

			page.locator("form[role=search]").getByLabel("NIP").fill(nip);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari riwayat")).click();
			page.waitForURL(url -> url.contains("nip=" + nip));
			Locator history = page.locator("[data-testid=discipline-history] tbody tr");
			assertThat(history).hasCount(1);
			assertThat(history.textContent()).contains(number)
				.contains("Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan (Hukuman disiplin sedang)")
				.contains("800/7601-BKD/2026, " + Dates.day(decree, INDONESIAN))
				.contains(Dates.day(decree.plusDays(14 + 15), INDONESIAN))
				.contains("(paling lambat)")
				.doesNotContain("SEDANG-TPP-12")
				.doesNotContain("MEDIUM");
			screenshot(page, "enforcement-register-auditor.png");
		}
	}

	private static Locator blockRows(Page page, String nip) {
		return page.locator("[data-testid=active-blocks] tr[data-block]")
			.filter(new Locator.FilterOptions().setHasText("NIP " + nip));
	}

}
