package id.go.netra.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;

/**
 * The advisory loop as people meet it: a civil servant asks on a phone in English (an empty question refused in
 * words first), keeps the code and finds the question waiting; a task-force officer answers on the desktop, first
 * with every box unticked and no basis (refused, nothing lost), then citing the catalogue and publishing it in a
 * wording of their own; the asker reads the answer with the code, and anyone finds the guidance.
 */
@NetraIntegrationTest
class AdvisoryBrowserTests extends BrowserTest {

	@Test
	void aQuestionAskedOnAPhoneIsAnsweredByTheTaskForceAndPublishedAsGuidance() {
		String marker = "keponakan" + (System.nanoTime() % 1_000_000);
		String code;
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(url("/tanya?lang=en"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question")).click();
			assertThat(page.getByTestId("refused").textContent()).contains("The question was not sent.");
			assertThat(page.locator("#question-error").textContent()).contains("Required.");
			assertNoSeriousAxeViolations(page);

			page.getByLabel("Question").fill("May I share my " + marker + "'s campaign poster in our family chat group?");
			page.getByLabel("NIP (optional)").fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question")).click();
			code = page.getByTestId("asker-code").textContent().strip();
			assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
			assertThat(page.content()).contains("It is shown only once");
			assertNoSeriousAxeViolations(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the answer page")).click();
			assertThat(page.getByTestId("waiting").textContent()).contains("has not been answered yet");
			assertThat(page.url()).doesNotContain(code);
		}

		try (BrowserContext desktop = desktop()) {
			Page page = signIn(desktop, "TASK_FORCE");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konsultasi netralitas")).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(marker)).click();
			assertThat(page.getByTestId("asker").textContent()).isEqualTo("Anonim");
			page.getByLabel("Jawaban").fill("Tidak boleh. Membagikan alat peraga kampanye, di grup keluarga sekalipun, "
					+ "adalah bentuk dukungan kepada calon.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan jawaban")).click();
			assertThat(page.getByTestId("refused").textContent()).contains("Jawaban belum tersimpan");
			assertThat(page.locator("#legalBasis-error").textContent()).contains("Sebutkan dasar hukumnya");
			assertThat(page.locator("#topic-error").textContent()).contains("Pilih topik");
			assertThat(page.getByLabel("Jawaban").inputValue()).startsWith("Tidak boleh.");
			assertNoSeriousAxeViolations(page);

			page.getByLabel("Topik").selectOption("SOCIAL_MEDIA");
			page.locator("#v-DISIPLIN-06").check();
			page.getByLabel("Terbitkan sebagai panduan publik").check();
			page.getByLabel("Rumusan pertanyaan untuk publik")
				.fill("Bolehkah ASN membagikan poster kampanye kerabatnya di grup keluarga? (" + marker + ")");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan jawaban")).click();
			assertThat(page.locator(".alert-success").textContent()).contains("diterbitkan sebagai panduan publik");
			assertThat(page.getByTestId("answered-by").textContent()).contains("Dijawab oleh");
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(url("/tanya/jawaban?lang=en"));
			page.getByLabel("Code").fill("WRONG-CODE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the answer")).click();
			assertThat(page.locator("#code-error").textContent()).contains("This code opens no question");
			page.getByLabel("Code").fill(code.toLowerCase());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the answer")).click();
			assertThat(page.getByTestId("answer").textContent()).startsWith("Tidak boleh.");
			assertThat(page.getByTestId("basis").textContent()).contains("SKB");
			assertNoSeriousAxeViolations(page);

			page.navigate(url("/panduan?lang=en&q=" + marker));
			assertThat(page.getByTestId("guidance-count").textContent()).isEqualTo("1 piece of guidance");
			Locator item = page.locator("article[data-guidance]");
			assertThat(item.textContent()).contains("grup keluarga", "Tidak boleh.").doesNotContain("family chat");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Social media")).count())
				.isEqualTo(1);
			assertNoSeriousAxeViolations(page);
			Number overflow = (Number) page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			screenshot(page, "advisory-guidance-phone-en.png");
			assertThat(overflow.intValue()).as("pixels beyond the screen's width").isLessThanOrEqualTo(0);
		}
	}
}
