package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.SystemChromium;

/**
 * A person in a real browser (the system's Chromium; Playwright never downloads one): signs in and finds
 * their home page, on a desktop and on a phone-sized screen. Screenshots land in target/screenshots.
 */
@NetraIntegrationTest
class SignInBrowserTests extends SystemChromium {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	int port;

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
