package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;

/**
 * A person in a real browser (the system's Chromium; Playwright never downloads one): signs in and finds
 * their home page, on a desktop and on a phone-sized screen. Screenshots land in target/screenshots.
 */
@NetraIntegrationTest
class SignInBrowserTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

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
	void aTaskForceOfficerSignsInAndSeesTheirRoleAtHome() {
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Masuk")).click();
			page.getByLabel("Nama pengguna").fill(satgas.username());
			page.getByLabel("Kata sandi").fill(satgas.password());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();

			page.waitForURL(url("/beranda"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
				.contains("Selamat datang");
			assertThat(page.locator("[data-role=TASK_FORCE] h2").textContent()).isEqualTo("Satgas Netralitas");
			assertThat(page.locator("[data-testid=signed-in-as]").textContent()).contains("BKN");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-task-force.png")).setFullPage(true));
		}
	}

	@Test
	void aKeyboardUserCanSkipToTheContentAndSignInOnAPhone() {
		DemoAccountRows ppk = DemoAccountRows.of("PPK");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = context.newPage();
			page.navigate(url("/masuk"));
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Lewati ke konten utama");
			page.getByLabel("Nama pengguna").fill(ppk.username());
			page.getByLabel("Kata sandi").fill(ppk.password());
			page.getByLabel("Kata sandi").press("Enter");
			page.waitForURL(url("/beranda"));
			assertThat(page.locator("[data-role=PPK]").isVisible()).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-ppk-phone.png")).setFullPage(true));
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
