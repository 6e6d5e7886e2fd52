package id.go.netra.pacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/**
 * An employee signs the integrity pact on a phone (390 by 844) with the link and the one-time code from the mail,
 * in Indonesian; a colleague's link reads in English. The pages pass the axe checks for WCAG 2.1 AA.
 */
@NetraIntegrationTest
class PactSigningBrowserTests extends BrowserTest {

	@RegisterExtension
	static final GreenMailExtension smtp = PactMailbox.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		PactMailbox.configure(registry, smtp);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmployeeSignsOnAPhoneWithTheMailedLinkAndCode() throws Exception {
		Officers officers = new Officers(port);
		PactPopulation planted = PactPopulation.plant(officers, jdbc, 700);
		String title = "Pakta di ponsel";
		HttpResponse<String> opened = officers.post("PPK", "/api/v1/integrity-pacts/campaigns", """
				{"title": "%s", "election": "PILKADA-2024", "deadline": "%s"}""".formatted(title,
				LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30)));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String id = UserAgent.json(opened).path("id").asString();
		officers.post("PPK", "/api/v1/integrity-pacts/campaigns/" + id + "/invitations", "");
		PactMailbox mailbox = new PactMailbox(smtp);
		long signedIn32Before = signedInProvince32(officers);
		PactPopulation.Planted pppk = planted.get(6);

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/pakta/" + mailbox.linkToken(pppk.email(), title)));
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Pakta Integritas Netralitas ASN");
			assertNoSeriousAxeViolations(page);
			page.getByLabel("NIP").fill(pppk.number());
			page.getByLabel("Tanggal lahir").fill(pppk.birthDate().minusYears(1).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim kode sekali pakai")).click();
			PlaywrightAssertions.assertThat(page.getByTestId("problem")).containsText("tidak cocok");

			page.getByLabel("Tanggal lahir").fill(pppk.birthDate().toString());
			page.getByLabel("NIP").fill(pppk.number());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim kode sekali pakai")).click();
			page.getByLabel("Kode sekali pakai (6 angka)").fill(mailbox.code(pppk.email(), 1));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjutkan")).click();

			PlaywrightAssertions.assertThat(page.getByTestId("pact-text")).containsText("netralitas");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tandatangani pakta")).click();
			PlaywrightAssertions.assertThat(page.getByTestId("problem")).containsText("Centang pernyataan persetujuan");
			page.getByLabel("Saya telah membaca pakta ini").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tandatangani pakta")).click();

			PlaywrightAssertions.assertThat(page.getByTestId("receipt")).containsText("Pakta Anda telah ditandatangani");
			PlaywrightAssertions.assertThat(page.getByTestId("letter-number")).containsText("/PKT/");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			assertNoSeriousAxeViolations(page);
			screenshotOfScreen(page, "pakta-tanda-terima-ponsel.png");
			Download download = page.waitForDownload(() -> page.getByTestId("pdf").click());
			assertThat(pdfText(download).replaceAll("\\s+", " ")).contains(pppk.name())
				.contains("Pegawai Pemerintah dengan Perjanjian Kerja");
		}

		// the PPK records a paper pact and sees both signatures counted on the campaign's page
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "PPK");
			page.navigate(url("/pakta-integritas/" + id));
			PactPopulation.Planted nonAsn = planted.get(9);
			page.getByLabel("NIP atau NIK").fill(nonAsn.number());
			java.nio.file.Path scan = Files.createTempFile("pakta", ".png");
			Files.write(scan, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 });
			page.getByLabel("Pindaian pakta (PDF, JPEG atau PNG)").setInputFiles(scan);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Catat pakta kertas")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(nonAsn.name());
			PlaywrightAssertions.assertThat(page.getByTestId("signed")).hasText("2");
			PlaywrightAssertions.assertThat(page.getByTestId("online")).hasText("1");
			PlaywrightAssertions.assertThat(page.getByTestId("offline")).hasText("1");
			PlaywrightAssertions.assertThat(page.locator("[data-testid=by-type] tr[data-group=NON_ASN] td").nth(3))
				.hasText("1");
			PlaywrightAssertions.assertThat(page.getByTestId("unsigned-row"))
				.hasCount((int) Math.min(50, planted.activeAt32() - 2));
			PlaywrightAssertions.assertThat(page.getByTestId("by-employer")).hasCount(0);
			assertNoSeriousAxeViolations(page);
			screenshotOfScreen(page, "pakta-cakupan.png");
			page.navigate(url("/pakta-integritas"));
			assertNoSeriousAxeViolations(page);
		}

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "CIVIL_SERVICE_AGENCY");
			page.navigate(url("/pakta-integritas/nasional?election=PILKADA-2024&by=province"));
			PlaywrightAssertions.assertThat(page.locator("[data-testid=national] tr[data-group='32'] td").nth(1))
				.hasText(String.valueOf(signedIn32Before + 2));
			assertNoSeriousAxeViolations(page);
		}

		PactPopulation.Planted colleague = planted.get(0);
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/pakta/" + mailbox.linkToken(colleague.email(), title) + "?lang=en"));
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Integrity pact on ASN neutrality");
			page.getByLabel("Birth date").fill("1900-01-01");
			page.getByLabel("NIP").fill(colleague.number());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the one-time code")).click();
			PlaywrightAssertions.assertThat(page.getByTestId("problem"))
				.containsText("does not match the personnel records");
			assertNoSeriousAxeViolations(page);
		}
	}

	/** The people of province 32 who signed a pact of PILKADA-2024 so far (other tests may have signed some). */
	private static long signedInProvince32(Officers officers) {
		for (var group : officers.get("CIVIL_SERVICE_AGENCY",
				"/api/v1/integrity-pacts/coverage?election=PILKADA-2024&by=province")) {
			if (group.path("code").asString().equals("32")) {
				return group.path("coverage").path("signed").asLong();
			}
		}
		return 0;
	}
}
