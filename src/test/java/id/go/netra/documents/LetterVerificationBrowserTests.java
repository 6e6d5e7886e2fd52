package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;

/**
 * A person holding a letter scans its QR code with a phone: the page says who sealed it and that the seal holds,
 * in English too; the PDF they were sent, uploaded there, is genuine, and the copy someone changed is refused with
 * the reason. Administrators record who signs an agency's letters on their page.
 */
@NetraIntegrationTest
class LetterVerificationBrowserTests extends BrowserTest {

	@Autowired
	Letters letters;

	@Test
	void onAPhoneTheSealIsShownAndAChangedCopyIsRefusedInEnglish() throws Exception {
		Letter letter = letters.issue(SealedLettersIntegrationTests.draft(LetterKind.REPRIMAND));
		byte[] pdf = letters.pdf(letter.id());
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/verifikasi/" + letter.verificationCode()));
			assertThat(page.getByTestId("signature-verdict").textContent())
				.isEqualTo("Sah: dokumen utuh sejak ditandatangani dan sertifikatnya tepercaya.");
			assertThat(page.getByTestId("signed-by").textContent()).isEqualTo("Badan Kepegawaian Negara (DEMO)");
			assertThat(seriousViolations(page)).isEmpty();

			page.getByLabel("Berkas PDF").setInputFiles(new FilePayload("surat.pdf", "application/pdf", pdf));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Periksa berkas")).click();
			assertThat(page.getByTestId("upload-verdict").textContent())
				.startsWith("Berkas ini salinan persis surat yang diterbitkan melalui Netra");

			page.navigate(url("/verifikasi/" + letter.verificationCode() + "?lang=en"));
			page.getByLabel("PDF file").setInputFiles(new FilePayload("letter.pdf", "application/pdf",
					SealedLettersIntegrationTests.changedInsideTheSignedRange(pdf)));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Check file")).click();
			assertThat(page.getByTestId("upload-verdict").textContent())
				.startsWith("This file is NOT an exact copy of the letter with this verification code.");
			assertThat(page.getByTestId("signature-reason").first().textContent())
				.isEqualTo("The document was changed after it was signed: its content is no longer what was signed.");
			assertThat(seriousViolations(page)).isEmpty();
			Number overflow = (Number) page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			screenshot(page, "verification-changed-copy-phone-en.png");
			assertThat(overflow.intValue()).as("pixels beyond the screen's width").isLessThanOrEqualTo(0);
		}
	}

	@Test
	void anAdministratorRecordsWhoSignsAndAWrongNipIsRefusedInWords() {
		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "ADMIN");
			page.navigate(url("/admin/penandatangan"));
			page.getByLabel("Kode instansi").fill("KEMENDAGRI");
			page.getByLabel("Nama dan gelar").fill("Ir. Pejabat Uji Sintetis");
			page.getByLabel("NIP").fill("1234");
			page.getByLabel("Jabatan").fill("Menteri Dalam Negeri");
			page.getByTestId("signatory-form").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(page.locator(".alert-danger").textContent()).contains("NIP terdiri atas 18 angka.");
			assertThat(page.getByLabel("Nama dan gelar").inputValue()).isEqualTo("Ir. Pejabat Uji Sintetis");

			page.getByLabel("NIP").fill("197501012000121001");
			page.getByTestId("signatory-form").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(page.locator(".alert-success").textContent()).contains("KEMENDAGRI");
			assertThat(page.getByTestId("signatories").textContent()).contains("Ir. Pejabat Uji Sintetis")
				.contains("197501012000121001");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Hapus penandatangan KEMENDAGRI")).click();
			assertThat(page.content()).doesNotContain("Ir. Pejabat Uji Sintetis");
		}
	}

	private static List<String> seriousViolations(Page page) {
		return new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Rule::getId)
			.toList();
	}
}
