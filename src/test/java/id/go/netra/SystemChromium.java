package id.go.netra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Base of the browser tests: Playwright driving the system's Chromium (never a downloaded one), with the flags
 * this closed network needs; the tests skip with a message where Chromium is not installed.
 */
public abstract class SystemChromium {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;
	protected static Browser browser;

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
}
