package id.go.netra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Base of the browser tests ({@code *BrowserTests}): Playwright driving the system's Chromium (never a downloaded
 * one), with the flags this closed network needs, and what every such test does with it: a page's address on the
 * running application, a desktop or a phone, signing in as a demo account, screenshots under
 * target/screenshots, and the text of a downloaded PDF. The tests skip with a message where Chromium is not
 * installed. The subclass brings the running application ({@link NetraIntegrationTest}, or its own
 * {@code @SpringBootTest} on a random port where it needs a database of its own).
 * <p>
 * A context has no browser locale: the pages speak Indonesian until {@code ?lang=en} is asked for (and remember
 * it in a cookie), whatever language the browser sends, so a test asks for English by the address.
 */
public abstract class BrowserTest {

	/** Where screenshots land, for a person to look at after a run; no test reads them back. */
	protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;
	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void launchChromium() {
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
	static void closeChromium() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	/** The full address of {@code path} on the application under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A desktop screen, 1280 by 900 pixels. */
	protected static BrowserContext desktop() {
		return desktop(1280);
	}

	/** A desktop screen {@code width} pixels wide and 900 high (1366: the common office laptop). */
	protected static BrowserContext desktop(int width) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setAcceptDownloads(true));
	}

	/** A phone held upright: 390 by 844 pixels, touch, the mobile viewport. */
	protected static BrowserContext phone() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setAcceptDownloads(true));
	}

	/** A new page of {@code context}, signed in as the demo account of {@code role} and at its home page. */
	protected Page signIn(BrowserContext context, String role) {
		Page page = context.newPage();
		signIn(page, DemoAccountRows.of(role));
		return page;
	}

	/** A new page of {@code context}, signed in with this name and password and at its home page. */
	protected Page signIn(BrowserContext context, String username, String password) {
		Page page = context.newPage();
		signIn(page, username, password);
		return page;
	}

	/** Signs {@code page} in as {@code account} through the sign-in page, as a person does; it ends at home. */
	protected void signIn(Page page, DemoAccountRows account) {
		signIn(page, account.username(), account.password());
	}

	private void signIn(Page page, String username, String password) {
		page.navigate(url("/masuk"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL(url("/beranda"));
	}

	/** Saves the whole page, scrolled or not, as target/screenshots/{@code name}. */
	protected static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	/** Saves what the screen shows now (the visible part of the page) as target/screenshots/{@code name}. */
	protected static void screenshotOfScreen(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
	}

	/** Saves one part of the page (a form, a table) as target/screenshots/{@code name}. */
	protected static void screenshot(Locator part, String name) {
		part.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
	}

	/** The text of a downloaded PDF, as {@link PdfPages} reads it; {@link PdfPages#qrCode} scans its QR code. */
	protected static String pdfText(Download download) throws IOException {
		return PdfPages.text(Files.readAllBytes(download.path()));
	}

	/** Fails on every serious or critical axe finding for WCAG 2.1 A and AA on the page as it stands. */
	protected static void assertNoSeriousAxeViolations(Page page) {
		List<String> serious = new com.deque.html.axecore.playwright.AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " at " + rule.getNodes().stream().map(node -> node.getHtml()).limit(3).toList())
			.toList();
		org.assertj.core.api.Assertions.assertThat(serious).isEmpty();
	}
}
