package id.go.netra.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.Mailbox;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;
import id.go.netra.reporting.EvidenceSamples;

/**
 * The task force phrases the allegation on the case page after the notice went out (an empty text refused first);
 * the accused reads it and gives their clarification on a phone (390 by 844) with the mailed link and code, in
 * Indonesian, a wrong birth date first; Bawaslu then reads it on the case page before reviewing; the same link reads in English.
 * The pages pass the axe checks for WCAG 2.1 AA.
 */
@NetraIntegrationTest
class HearingBrowserTests extends BrowserTest {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/klarifikasi/([A-Za-z0-9_-]{43})");
	private static final Pattern CODE = Pattern.compile("Kode sekali pakai Anda: (\\d{6})");

	@RegisterExtension
	static final GreenMailExtension smtp = Mailbox.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		Mailbox.configure(registry, smtp);
		registry.add("netra.hearing.notice-interval", () -> "PT1S");
		// mailed at once: NoticeHoldIntegrationTests has the hold for the task force's words
		registry.add("netra.hearing.notice-hold", () -> "PT0S");
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccusedAnswersOnAPhoneAndBawasluReadsItOnTheCase() throws Exception {
		Officers officers = new Officers(port);
		String nip = HearingIntegrationTests.employedWithAddress(officers, jdbc, 8974, "Terlapor Ponsel (sintetis)");
		String address = "terlapor8974@uji.invalid";
		String id = HearingIntegrationTests.forwardedToReview(officers, nip);
		Mailbox mailbox = new Mailbox(smtp);
		String token = mailbox.awaitGroup(address, "Pemberitahuan dugaan pelanggaran", 1, LINK);
		String birth = nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8);
		Path evidence = Files.createTempFile("klarifikasi", ".pdf");
		Files.write(evidence, EvidenceSamples.pdfWithMetadata());

		// the notice went out with the fixed sentence; the task force then phrases the allegation on the case page
		String allegation = "Anda diduga membagikan ajakan memilih pasangan calon di grup percakapan dinas.";
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "TASK_FORCE");
			page.navigate(url("/kasus/" + id));
			PlaywrightAssertions.assertThat(page.getByTestId("allegation")).containsText("Belum ditulis");
			PlaywrightAssertions.assertThat(page.getByTestId("allegation-warning"))
				.containsText("Jangan menyebut identitas pelapor");
			Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan uraian"));
			save.click();
			PlaywrightAssertions.assertThat(page.getByTestId("allegation-problem"))
				.containsText("Tulis uraian dugaan pelanggaran yang disampaikan kepada terlapor");
			page.getByLabel("Uraian dugaan pelanggaran yang disampaikan kepada terlapor", new Page.GetByLabelOptions().setExact(true))
				.fill(allegation + "\nUnggahan itu dikirim pada jam kerja.");
			PlaywrightAssertions.assertThat(page.getByLabel("Kirim ulang pemberitahuan")).not().isChecked();
			save.click();
			PlaywrightAssertions.assertThat(page.getByTestId("allegation-saved")).containsText("Uraian dugaan tersimpan.");
			PlaywrightAssertions.assertThat(page.getByTestId("allegation-text")).containsText(allegation);
			assertNoSeriousAxeViolations(page);
			screenshot(page.getByTestId("allegation"), "uraian-dugaan-di-kasus.png");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/klarifikasi/" + token));
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Klarifikasi terlapor");
			assertNoSeriousAxeViolations(page);
			page.getByLabel("NIP").fill(nip);
			page.getByLabel("Tanggal lahir").fill("1969-12-31");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjutkan")).click();
			PlaywrightAssertions.assertThat(page.getByTestId("problem")).containsText("tidak cocok");

			page.getByLabel("NIP").fill(nip);
			page.getByLabel("Tanggal lahir").fill(birth);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjutkan")).click();
			page.getByLabel("Kode sekali pakai").fill(mailbox.awaitGroup(address, "Kode sekali pakai", 1, CODE));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lanjutkan")).click();

			PlaywrightAssertions.assertThat(page.getByTestId("allegation")).containsText("Kota Bandung");
			// the text written after the mail went out, as it stands now, its line break kept
			PlaywrightAssertions.assertThat(page.getByTestId("allegation-details")).containsText(allegation);
			assertThat(page.getByTestId("allegation-details").innerText()).contains("dinas.\nUnggahan itu dikirim");
			PlaywrightAssertions.assertThat(page.getByTestId("allegation")).not().containsText("Warga Uji");
			assertNoSeriousAxeViolations(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim klarifikasi")).click();
			PlaywrightAssertions.assertThat(page.getByTestId("problem")).containsText("Wajib diisi");
			page.getByLabel("Keterangan Anda").fill("Saya hadir sebagai panitia kegiatan dinas, bukan kampanye.");
			page.locator("#files").setInputFiles(evidence);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim klarifikasi")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS).first())
				.containsText("Klarifikasi Anda telah diterima");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
			assertNoSeriousAxeViolations(page);
			screenshotOfScreen(page, "klarifikasi-terlapor-ponsel.png");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/klarifikasi/" + token + "?lang=en"));
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Clarification by the accused");
			page.getByLabel("NIP").fill("123");
			page.getByLabel("Birth date").fill(birth);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
			PlaywrightAssertions.assertThat(page.getByTestId("problem")).containsText("does not match the personnel register");
			assertNoSeriousAxeViolations(page);
		}

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "ELECTION_SUPERVISOR");
			page.navigate(url("/kasus/" + id));
			PlaywrightAssertions.assertThat(page.getByTestId("clarification")).containsText("panitia kegiatan dinas");
			PlaywrightAssertions.assertThat(page.getByTestId("clarification").getByRole(AriaRole.LINK)).hasCount(1);
			assertNoSeriousAxeViolations(page);
			screenshot(page.getByTestId("due-process"), "klarifikasi-di-kasus.png");
		}
	}
}
