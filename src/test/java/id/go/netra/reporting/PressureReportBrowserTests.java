package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;

/**
 * An ASN under pressure on a phone, without an account: finds the confidential channel from the report page, reads
 * that they are not the one reported and that the presser's PPK never learns their name, is told what to fix, and
 * keeps the receipt code; the case that opens is about the superior who pressed.
 */
@NetraIntegrationTest
class PressureReportBrowserTests extends BrowserTest {

	@Test
	void anAsnUnderPressureReportsTheSuperiorOnAPhone() {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/lapor"));
			page.locator("[data-testid=pressure-link]").click();
			page.waitForURL(url("/tekanan"));
			assertThat(page.locator("[data-testid=pressure-protection]").textContent()).contains("bukan Anda")
				.contains("tidak pernah diberitahukan kepada PPK");
			assertFitsThePhone(page);

			// when sent without saying who pressed or what happened, the form says what to fix and keeps the text
			page.getByLabel("Nama orang yang menekan").fill("Kepala Bagian Uji (sintetis)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim secara rahasia")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hubungan dengan Anda");
			assertThat(page.getByLabel("Nama orang yang menekan").inputValue()).isEqualTo("Kepala Bagian Uji (sintetis)");
			assertFitsThePhone(page);
			screenshot(page, "tekanan-refused-phone.png");

			page.getByLabel("Hubungan dengan Anda").selectOption("SUPERIOR");
			page.getByLabel("Tanggal kejadian").fill(LocalDate.now().minusDays(1).toString());
			page.getByLabel("Wilayah").selectOption("32.73");
			page.getByLabel("Uraian").fill("Kepala bagian meminta semua staf hadir di deklarasi bakal calon hari Sabtu.");
			page.getByLabel("Laporan ini benar sepanjang pengetahuan saya").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim secara rahasia")).click();
			page.waitForURL(url("/lapor/terkirim"));
			String number = page.locator("[data-testid=complaint-number]").textContent().trim();
			assertThat(page.locator("[data-testid=receipt-code]").textContent().trim()).matches("\\d{4}(-\\d{4}){4}");
			assertFitsThePhone(page);
			screenshot(page, "tekanan-filed-phone.png");

			var pressCase = new Officers(port).caseOf(number);
			assertThat(pressCase.path("source").asString()).isEqualTo("PRESSURE_REPORT");
			assertThat(pressCase.path("report").path("reportedName").asString())
				.isEqualTo("Kepala Bagian Uji (sintetis)");
			assertThat(pressCase.path("report").path("named").asBoolean()).isFalse();
		}
	}

	private static void assertFitsThePhone(Page page) {
		assertThat(page.evaluate("window.innerWidth")).isEqualTo(390);
		assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll on " + page.url())
			.isEqualTo(true);
	}
}
