package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;

/**
 * A person in a real browser (the system's Chromium; Playwright never downloads one): signs in and finds
 * their home page, on a desktop and on a phone-sized screen. Screenshots land in target/screenshots.
 */
@NetraIntegrationTest
class SignInBrowserTests extends BrowserTest {

	@Test
	void aTaskForceOfficerSignsInAndSeesTheirRoleAtHome() {
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		try (BrowserContext context = desktop()) {
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
			screenshot(page, "home-task-force.png");
		}
	}

	@Test
	void aKeyboardUserCanSkipToTheContentAndSignInOnAPhone() {
		DemoAccountRows ppk = DemoAccountRows.of("PPK");
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/masuk"));
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Lewati ke konten utama");
			page.getByLabel("Nama pengguna").fill(ppk.username());
			page.getByLabel("Kata sandi").fill(ppk.password());
			page.getByLabel("Kata sandi").press("Enter");
			page.waitForURL(url("/beranda"));
			assertThat(page.locator("[data-role=PPK]").isVisible()).isTrue();
			screenshot(page, "home-ppk-phone.png");
		}
	}
}
