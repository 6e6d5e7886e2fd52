package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;

/**
 * A BKN officer uploads a registry file in the browser, watches the progress bar fill without reloading the
 * page, and downloads the report of the rows that were refused.
 */
@NetraIntegrationTest
class RegistryImportBrowserTests extends BrowserTest {

	@Test
	void anOfficerUploadsAFileAndWatchesItsProgressToTheEnd() throws Exception {
		RegistryFiles file = new RegistryFiles();
		for (int n = 300; n < 340; n++) {
			file.valid(n, "Pegawai Peramban " + n, "PEMDA-35.78", "35.78");
		}
		file.row("bukan-nip", "3578011503850001", "Rusak", "1985-03-15", "M", "PNS", "PEMDA-35.78", "", "", "", "", "",
				"ACTIVE", "", "true");
		Path csv = Files.createTempFile(Paths.get("target"), "unggah-", ".csv");
		Files.writeString(csv, file.content(), StandardCharsets.UTF_8);

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "CIVIL_SERVICE_AGENCY");
			page.getByText("Impor data kepegawaian").first().click();

			page.getByLabel("Berkas CSV").setInputFiles(csv);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Unggah dan impor")).click();

			Locator newest = page.locator("#imports tbody tr").first();
			PlaywrightAssertions.assertThat(newest.locator("td[data-status]"))
				.hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
			PlaywrightAssertions.assertThat(newest).containsText("Selesai");
			PlaywrightAssertions.assertThat(newest).containsText("Baru 40");
			PlaywrightAssertions.assertThat(newest).containsText("Ditolak 1");
			screenshotOfScreen(page, "registry-import.png");

			Download report = page.waitForDownload(() -> newest.getByText("Unduh laporan baris yang ditolak").click());
			String rejected = Files.readString(report.path(), StandardCharsets.UTF_8);
			assertThat(rejected).contains("42,").contains("NIP harus terdiri atas 18 digit angka");
		}
	}
}
