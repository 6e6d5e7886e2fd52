package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;

/**
 * The task force in a real browser: uploads a JSON Lines file of posts, finds them in the queue, dismisses one (first
 * without a reason, which is refused and changes nothing), makes another a lead and follows its complaint number to
 * the case; the queue on a phone in English; and no serious accessibility violation on the monitoring pages.
 */
@NetraIntegrationTest
class MonitoringBrowserTests extends BrowserTest {

	private static final String PLATFORM = "uji-peramban-8650";

	@Test
	void theTaskForceUploadsPostsDismissesOneAndMakesAnotherALeadThatBecomesACase() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(8650, "PEMDA-32", "32.73", "Peramban Pemantau (sintetis)").get(0);
		Path file = Files.createTempFile(Paths.get("target"), "pos-", ".jsonl");
		Files.writeString(file, """
				{"platform": "%1$s", "url": "https://uji.example.org/8650/kampanye", "author": "@peramban.pemantau", "postedAt": "2024-01-20T10:00:00+07:00", "text": "Ayo coblos nomor 2, menangkan Prabowo Gibran! #PrabowoGibran2024"}
				{"platform": "%1$s", "url": "https://uji.example.org/8650/salam", "author": "@peramban.pemantau", "postedAt": "2024-01-21T07:30:00+07:00", "text": "Selamat pagi rekan kerja, semoga lancar hari ini."}
				{"platform": "%1$s", "url": "https://uji.example.org/8650/berita", "author": "Redaksi Uji", "text": "Pemerintah daerah membuka pendaftaran beasiswa <b>berprestasi</b>."}
				""".formatted(PLATFORM), StandardCharsets.UTF_8);

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "satgas", "Satgas-Demo-2026");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pemantauan").setExact(true)).click();
			page.waitForURL(url("/pemantauan"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unggah berkas pos")).click();

			page.getByLabel("Berkas JSONL atau CSV").setInputFiles(file);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah").setExact(true)).click();
			PlaywrightAssertions.assertThat(page.locator("[data-testid=upload-created]")).hasText("3");
			PlaywrightAssertions.assertThat(page.locator("[data-testid=upload-refused]")).hasText("0");

			// the queue, filtered to the uploaded platform, shows the three posts with their capture and model
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lihat antrean")).click();
			page.getByLabel("Platform").fill(PLATFORM);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saring")).click();
			Locator rows = page.locator("[data-testid=monitoring-queue] tbody tr");
			PlaywrightAssertions.assertThat(rows).hasCount(3);
			assertThat(rows.first().textContent()).contains("model v").contains("SHA-256").contains("WIB");
			assertThat(page.locator("[data-testid=monitoring-queue]").textContent())
				.contains("20 Januari 2024, 10.00 WIB")
				// stamped a few seconds after it came in: either state may show, never nothing
				.containsPattern("(belum bercap waktu|bercap waktu \\d)")
				// the text is shown as text, never as markup
				.contains("<b>berprestasi</b>");
			screenshot(page, "monitoring-queue.png");

			// dismiss the greeting: without a reason it is refused and nothing changes
			page.getByText("Selamat pagi rekan kerja").click();
			page.waitForURL(url("/pemantauan/") + "*");
			long greeting = Long.parseLong(page.url().replaceAll(".*/pemantauan/(\\d+).*", "$1"));
			Locator dismiss = page.locator("[data-testid=dismiss-form]");
			dismiss.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Abaikan")).click();
			PlaywrightAssertions.assertThat(page.locator("#dismiss-note-error")).containsText("Tulis alasan");
			PlaywrightAssertions.assertThat(page.getByLabel("Alasan mengabaikan (wajib)")).hasAttribute("aria-invalid", "true");
			assertThat(officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + greeting).path("review").isNull()).isTrue();
			screenshot(page, "monitoring-dismiss-refused.png");
			page.getByLabel("Alasan mengabaikan (wajib)").fill("Salam biasa, bukan kampanye.");
			page.locator("[data-testid=dismiss-form]")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Abaikan"))
				.click();
			PlaywrightAssertions.assertThat(page.locator("[data-testid=post-decision]")).containsText("Diabaikan oleh");
			assertThat(officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + greeting).path("review")
				.path("decision").asString()).isEqualTo("DISMISS");

			// the campaign post becomes a lead against the employee, and its complaint number leads to the case
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kembali ke antrean")).click();
			page.getByLabel("Platform").fill(PLATFORM);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saring")).click();
			PlaywrightAssertions.assertThat(rows).hasCount(2);
			page.getByText("Ayo coblos nomor 2").click();
			page.getByLabel("NIP pegawai penulis").fill(nip);
			page.getByLabel("Catatan (tidak wajib)").fill("Ajakan memilih pasangan calon.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jadikan temuan")).click();
			Locator caseLink = page.locator("[data-testid=lead-case]");
			PlaywrightAssertions.assertThat(caseLink).hasText(java.util.regex.Pattern.compile("\\S+-\\d{4}-\\d+"));
			String number = caseLink.textContent().strip();
			assertThat(page.locator("[role=status]").first().textContent()).contains(number);
			screenshot(page, "monitoring-lead.png");
			caseLink.click();
			page.waitForURL(java.util.regex.Pattern.compile(".*/kasus/[0-9a-f-]{36}$"));
			assertThat(page.content()).contains(number).contains("Peramban Pemantau (sintetis)");
		}
	}

	@Test
	void theQueueFitsAPhoneInEnglishAndTheMonitoringPagesHaveNoSeriousAccessibilityViolation() {
		Officers officers = new Officers(port);
		long id = UserAgentPosts.first(officers, PLATFORM + "-ponsel");
		try (BrowserContext context = phone()) {
			Page page = signIn(context, "TASK_FORCE");
			page.navigate(url("/pemantauan?status=ALL&platform=" + PLATFORM + "-ponsel&lang=en"));
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Social-media monitoring");
			assertThat(page.locator("[data-testid=monitoring-queue] tbody tr").count()).isPositive();
			assertThat(page.locator("[data-testid=monitoring-queue]").textContent()).contains("Posted")
				.containsPattern("(not yet timestamped|timestamped \\d)");
			Number overflow = (Number) page.evaluate("""
					() => Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
					  ...[...document.querySelectorAll('main .table-responsive')].map(e => e.scrollWidth - e.clientWidth))""");
			screenshot(page, "monitoring-queue-phone-en.png");
			assertThat(overflow.intValue()).as("pixels beyond the screen's width").isLessThanOrEqualTo(0);
		}
		List<String> violations = new ArrayList<>();
		for (String role : List.of("TASK_FORCE", "ADMIN")) {
			List<String> paths = role.equals("ADMIN") ? List.of("/pemantauan/leksikon")
					: List.of("/pemantauan", "/pemantauan/" + id, "/pemantauan/unggah", "/pemantauan/dasbor",
							"/pemantauan/leksikon");
			try (BrowserContext context = desktop(1366)) {
				Page page = signIn(context, role);
				for (String path : paths) {
					page.navigate(url(path));
					for (Rule rule : new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
						.analyze()
						.getViolations()) {
						if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
							violations.add(role + " " + path + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
									+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	/** Posts sent over the API for a page to show. */
	private static final class UserAgentPosts {

		static long first(Officers officers, String platform) {
			return id.go.netra.UserAgent.json(officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
					{"posts": [{"platform": "%1$s", "url": "https://uji.example.org/%1$s/1", "author": "@uji.ponsel",
					  "postedAt": "2024-01-22T09:15:00+07:00",
					  "text": "Sebuah pos yang cukup panjang untuk dilihat di layar ponsel: https://contoh.example.org/tautan/yang/sangat/panjang/sekali/tanpa/spasi #TagarPanjangSekaliTanpaSpasiUntukUji"}]}
					""".formatted(platform))).path("items").get(0).path("id").asLong();
		}
	}
}
