package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * BKN opens the dashboard and the timeline of Pemilu 2024 in a real browser and reads the numbers of the cases
 * filed here, in the tables and drawn as charts with the phases shaded; a PPK sees its own employer's cases on
 * a phone. Screenshots land in target/screenshots.
 */
@NetraIntegrationTest
class DashboardBrowserTests extends BrowserTest {

	@Test
	void bknReadsTheDashboardAndTheElectionTimelineWithTheCampaignsCasesShown() {
		// given: acts reported before and during the Pemilu 2024 campaign, by West Javan civil servants
		Officers officers = new Officers(port);
		List<String> nips = officers.employ(4012, "PEMDA-32", "32.73", "Linimasa Satu (sintetis)",
				"Linimasa Dua (sintetis)", "Linimasa Tiga (sintetis)");
		file(officers, nips.get(0), LocalDate.of(2023, 10, 10));
		file(officers, nips.get(1), LocalDate.of(2023, 12, 5));
		file(officers, nips.get(2), LocalDate.of(2023, 12, 6));
		await("read model").atMost(Duration.ofSeconds(10)).until(() -> campaignCases(officers) >= 2);
		JsonNode dashboard = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/dashboard");

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "CIVIL_SERVICE_AGENCY");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dasbor")).first().click();
			page.waitForURL(url("/dasbor"));

			// the totals and the tables show the same numbers as the API, and every chart is drawn
			assertThat(page.locator("[data-testid=total-cases]").textContent())
				.isEqualTo(dashboard.path("totals").path("cases").asString());
			assertThat(page.locator("[data-testid=scope]").textContent()).contains("nasional");
			assertThat(Long.parseLong(page.locator("[data-testid=table-stage] tr[data-key=VERIFICATION]")
				.getAttribute("data-value"))).isGreaterThanOrEqualTo(3);
			assertThat(page.locator("[data-testid=table-stage] tr[data-key=VERIFICATION] th").textContent())
				.contains("Verifikasi Satgas");
			assertThat(page.locator("[data-testid=table-employers] tr[data-key=PEMDA-32]").count()).isEqualTo(1);
			page.waitForFunction("() => document.querySelectorAll('canvas[data-chart]').length > 0 && "
					+ "[...document.querySelectorAll('canvas[data-chart]')].every(c => c.dataset.drawn === 'true')");
			screenshot(page, "dashboard-bkn.png");

			// a table downloads as a dated CSV
			Download download = page.waitForDownload(() -> page.locator("a[data-export='status.csv']").click());
			assertThat(download.suggestedFilename()).isEqualTo("netra-status-" + Dashboards.today() + ".csv");

			// the timeline of Pemilu 2024, chosen from the calendar's elections, per week
			page.locator("#election").selectOption("PEMILU-2024");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka linimasa")).click();
			page.waitForURL(u -> u.contains("/dasbor/pemilihan/PEMILU-2024"));
			assertThat(phaseCases(page, "CAMPAIGN")).isGreaterThanOrEqualTo(2);
			assertThat(phaseCases(page, "PRE_CAMPAIGN")).isGreaterThanOrEqualTo(1);
			assertThat(page.locator("[data-testid=table-phases] tr[data-phase=CAMPAIGN] [data-col=per-day]").textContent())
				.isNotEqualTo("0,000");
			assertThat(page.locator("[data-testid=timeline-summary]").textContent()).contains("kasus dalam rentang ini");
			page.waitForFunction("() => document.querySelector('canvas[data-chart=timeline]').dataset.drawn === 'true'");
			int weeks = page.locator("[data-testid=table-points] tbody tr").count();
			assertThat(page.locator("canvas[data-chart=timeline]").getAttribute("data-bars")).isEqualTo(String.valueOf(weeks));
			screenshotOfScreen(page, "timeline-pemilu-2024-weeks.png");

			// per day: a bar for every day, the campaign's days among them
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Per hari")).click();
			page.waitForURL(u -> u.contains("granularity=DAY"));
			assertThat(page.locator("[data-testid=table-points] tbody tr").count()).isGreaterThan(weeks * 6);
			assertThat(Long.parseLong(page.locator("[data-testid=table-points] tr[data-start='2023-12-05']")
				.getAttribute("data-value"))).isGreaterThanOrEqualTo(1);
			page.waitForFunction("() => document.querySelector('canvas[data-chart=timeline]').dataset.drawn === 'true'");
			screenshotOfScreen(page, "timeline-pemilu-2024-days.png");
		}

		// the PPK of West Java, on a phone, sees its own employer's scope, without these cases still in verification
		long forwardedToPpk = officers.get("PPK", "/api/v1/statistics/dashboard").path("totals").path("cases").asLong();
		try (BrowserContext context = phone()) {
			Page page = signIn(context, "PPK");
			page.navigate(url("/dasbor"));
			assertThat(page.locator("[data-testid=scope]").textContent()).contains("PEMDA-32");
			assertThat(Long.parseLong(page.locator("[data-testid=total-cases]").textContent())).isEqualTo(forwardedToPpk);
			screenshotOfScreen(page, "dashboard-ppk-phone.png");
		}
	}

	private static void file(Officers officers, String nip, LocalDate day) {
		officers.fileReport(Officers.publicReport(nip, "Linimasa", "32.73", null)
			.replace("\"date\": \"" + LocalDate.now().minusDays(3) + "\"", "\"date\": \"" + day + "\""));
	}

	private static long campaignCases(Officers officers) {
		return officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/elections/PEMILU-2024/timeline?granularity=DAY")
			.path("points").valueStream()
			.filter(p -> p.path("start").asString().equals("2023-12-05") || p.path("start").asString().equals("2023-12-06"))
			.mapToLong(p -> p.path("cases").asLong())
			.sum();
	}

	private static long phaseCases(Page page, String phase) {
		return Long.parseLong(page.locator("[data-testid=table-phases] tr[data-phase=" + phase + "] [data-col=cases]")
			.textContent());
	}

}
