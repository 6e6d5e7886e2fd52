package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;

/**
 * A BKN officer uploads a registry file in the browser, watches the progress bar fill without reloading the
 * page, and downloads the report of the rows that were refused.
 */
@NetraIntegrationTest
class RegistryImportBrowserTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		assumeTrue(Files.isExecutable(CHROMIUM),
				"Skipped: no Chromium at /usr/bin/chromium (apt-get install chromium); browser tests need the system's browser");
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

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

		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/masuk");
			page.getByLabel("Nama pengguna").fill(bkn.username());
			page.getByLabel("Kata sandi").fill(bkn.password());
			page.getByLabel("Kata sandi").press("Enter");
			page.waitForURL("**/beranda");
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
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "registry-import.png")));

			Download report = page.waitForDownload(() -> newest.getByText("Unduh laporan baris yang ditolak").click());
			String rejected = Files.readString(report.path(), StandardCharsets.UTF_8);
			assertThat(rejected).contains("42,").contains("NIP harus terdiri atas 18 digit angka");
		}
	}
}
