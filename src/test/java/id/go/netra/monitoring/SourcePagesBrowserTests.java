package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;

/**
 * An administrator adds a news feed and a crawler's push source on /pemantauan/sumber: the feed's first poll shows
 * in the table, a wrong interval is refused in words, and the push secret is shown once.
 */
@NetraIntegrationTest
class SourcePagesBrowserTests extends BrowserTest {

	@Autowired
	FeedPoller poller;

	@Test
	void anAdministratorAddsAFeedAndAPushSourceAndSeesTheSecretOnce() throws Exception {
		try (FeedServer server = new FeedServer(); BrowserContext context = desktop()) {
			server.serve("/peramban", "application/rss+xml", """
					<rss version="2.0"><channel><title>Peramban</title>
					<item><title>Berita peramban</title><link>%s</link><description>Isi</description></item>
					</channel></rss>""".formatted(server.url("/peramban/1")));
			Page page = signIn(context, "ADMIN");
			page.navigate(url("/pemantauan/sumber"));

			page.getByLabel("Nama").first().fill("Umpan Peramban");
			page.getByLabel("Alamat umpan (RSS atau Atom)").fill(server.url("/peramban"));
			page.getByLabel("Interval (menit)").fill("0");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah umpan")).click();
			// the browser's own check (min="1") keeps the form from being sent; the server's is tested on the API
			assertThat(page.locator("[data-feed='Umpan Peramban']").count()).isZero();
			page.getByLabel("Interval (menit)").fill("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah umpan")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("akan dibaca dalam satu menit");
			Locator row = page.locator("[data-feed='Umpan Peramban']");
			PlaywrightAssertions.assertThat(row).containsText("Belum pernah dibaca");

			poller.pollDue();
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
				page.reload();
				return row.textContent().contains("Berhasil");
			});
			PlaywrightAssertions.assertThat(row).containsText("1 / 1 / 1");

			page.getByLabel("Nama sumber").fill("crawler-peramban");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat sumber push")).click();
			String secret = page.getByTestId("push-secret").textContent();
			assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
			List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze()
				.getViolations()
				.stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.map(rule -> rule.getId() + " at " + rule.getNodes().stream().map(node -> node.getHtml()).limit(3).toList())
				.toList();
			assertThat(serious).isEmpty();
			screenshotOfScreen(page, "monitoring-sources.png");

			page.reload();
			assertThat(page.content()).as("the secret is shown once").doesNotContain(secret);
			PlaywrightAssertions.assertThat(page.locator("[data-push-source='crawler-peramban']")).containsText("Aktif");
		}
	}
}
