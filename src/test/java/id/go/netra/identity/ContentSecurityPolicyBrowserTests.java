package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;

/**
 * The content security policy breaks no page: Chromium reports no violation, and no script error, on the public
 * pages and on the pages each kind of officer uses most, maps and charts included.
 */
@NetraIntegrationTest
class ContentSecurityPolicyBrowserTests extends BrowserTest {

	@Test
	void noPageBreaksThePolicy() {
		List<String> violations = new CopyOnWriteArrayList<>();
		browse(violations, null, "/", "/lapor", "/transparansi", "/katalog", "/kalender", "/masuk");
		browse(violations, "TASK_FORCE", "/beranda", "/kasus", "/peta", "/peta/64", "/dasbor");
		browse(violations, "ADMIN", "/admin/peran", "/admin/pengguna", "/admin/instansi");
		assertThat(violations).isEmpty();
	}

	private void browse(List<String> violations, String role, String... paths) {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
					violations.add(page.url() + ": " + message.text());
				}
			});
			page.onPageError(error -> violations.add(page.url() + ": " + error));
			if (role != null) {
				signIn(page, DemoAccountRows.of(role));
			}
			for (String path : paths) {
				visit(page, path);
				assertThat(page.title()).as(path).doesNotContain("403", "Tidak berwenang");
			}
		}
	}

	private void visit(Page page, String path) {
		page.navigate(url(path));
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}
}
