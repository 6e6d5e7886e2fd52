package id.go.netra.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.screening.Careers.Post;

/**
 * Kemendagri in a real browser: the rotation-ban tab of the screening queue with the change as evidence, a letter
 * that is not a PDF refused in words, then the minister's approval recorded with its letter, and the dashboard's
 * screening numbers; no serious accessibility violation.
 */
@NetraIntegrationTest
class RotationBanBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void kemendagriRecordsTheMinistersApprovalOnTheQueuePage() {
		String name = "Kabid Peramban " + (char) ('a' + (int) (System.nanoTime() % 26));
		Post head = Post.active(LocalDate.of(2019, 1, 2), "PEMDA-32.73", "Dinas Pendidikan", "ADMINISTRATOR",
				"Kepala Bidang SMP", "IV/a");
		new Careers(jdbc).plant(name, List.of(head, head.moved(LocalDate.of(2024, 6, 10), "PEMDA-32.73",
				"Dinas Perhubungan")));
		Officers officers = new Officers(port);
		assertThat(new UserAgent(port).postJson("/api/v1/screening/rotation-ban/runs", officers.token("OVERSIGHT"), "")
			.statusCode()).isEqualTo(200);

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "OVERSIGHT");
			page.navigate(url("/penyaringan?source=ROTATION_BAN"));
			Locator row = row(page, name);
			PlaywrightAssertions.assertThat(row).hasCount(1);
			assertThat(row.textContent()).contains("Berubah 10 Juni 2024").contains("Dinas Perhubungan")
				.contains("masa larangan 22 Maret 2024");
			assertNoSeriousAxeViolations(page);
			screenshot(page, "screening-rotation-ban.png");

			row.getByLabel("Nomor surat").fill("100.2.2.6/777/OTDA");
			row.getByLabel("Tanggal surat").fill("2024-06-01");
			row.getByLabel("Surat", new Locator.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload(
					"surat.txt", "text/plain", "bukan surat".getBytes(StandardCharsets.UTF_8)));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat persetujuan")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("PDF");

			row = row(page, name);
			row.getByLabel("Nomor surat").fill("100.2.2.6/777/OTDA");
			row.getByLabel("Tanggal surat").fill("2024-06-01");
			row.getByLabel("Surat", new Locator.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload(
					"surat.pdf", "application/pdf", "%PDF-1.4\n% sintetis\n".getBytes(StandardCharsets.US_ASCII)));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat persetujuan")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("dibenarkan");
			PlaywrightAssertions.assertThat(row(page, name)).hasCount(0);

			page.navigate(url("/penyaringan?source=ROTATION_BAN&status=CLEARED"));
			PlaywrightAssertions.assertThat(row(page, name)).containsText("100.2.2.6/777/OTDA");

			page.navigate(url("/dasbor"));
			Locator cleared = page.locator("[data-testid=table-screening] tr[data-source=ROTATION_BAN] td[data-status=CLEARED]");
			assertThat(Long.parseLong(cleared.textContent().strip().replace(".", ""))).isPositive();
			assertNoSeriousAxeViolations(page);
		}
	}

	private static Locator row(Page page, String name) {
		return page.locator("[data-testid=screening-queue] tbody tr")
			.filter(new Locator.FilterOptions().setHasText(name));
	}
}
