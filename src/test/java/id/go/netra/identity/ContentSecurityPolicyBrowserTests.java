package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.SystemChromium;

/**
 * The content security policy breaks no page: Chromium reports no violation, and no script error, on the public
 * pages and on the pages each kind of officer uses most, maps and charts included.
 */
@NetraIntegrationTest
class ContentSecurityPolicyBrowserTests extends SystemChromium {

	@LocalServerPort
	int port;

	@Test
	void noPageBreaksThePolicy() {
		List<String> violations = new CopyOnWriteArrayList<>();
		browse(violations, null, "/", "/lapor", "/transparansi", "/katalog", "/kalender", "/masuk");
		browse(violations, "TASK_FORCE", "/beranda", "/kasus", "/peta", "/peta/64", "/dasbor");
		browse(violations, "ADMIN", "/admin/peran", "/admin/pengguna", "/admin/instansi");
		assertThat(violations).isEmpty();
	}

	private void browse(List<String> violations, String role, String... paths) {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
					violations.add(page.url() + ": " + message.text());
				}
			});
			page.onPageError(error -> violations.add(page.url() + ": " + error));
			if (role != null) {
				signIn(page, role);
			}
			for (String path : paths) {
				visit(page, path);
				assertThat(page.title()).as(path).doesNotContain("403", "Tidak berwenang");
			}
		}
	}

	private void visit(Page page, String path) {
		page.navigate("http://localhost:" + port + path);
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	private void signIn(Page page, String role) {
		DemoAccountRows account = DemoAccountRows.of(role);
		visit(page, "/masuk");
		page.getByLabel("Nama pengguna").fill(account.username());
		page.getByLabel("Kata sandi").fill(account.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL("http://localhost:" + port + "/beranda");
	}
}
