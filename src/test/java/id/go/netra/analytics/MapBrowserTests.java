package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;

/**
 * The violation map in a real browser: the 38 provinces drawn from Netra's own GeoJSON (no tiles), shaded with a
 * legend and the table beside it; a click on a province opens its regencies and cities as a ranked table and a
 * chart. And the public portal, without signing in, with small counts shown as "<5". Screenshots land in
 * target/screenshots.
 */
@NetraIntegrationTest
class MapBrowserTests extends BrowserTest {

	@Autowired
	Statistics statistics;

	@Autowired
	PublicStatistics publicStatistics;

	@Test
	void aProvinceClickedOnTheMapOpensItsRegenciesRankedInATableAndAChart() {
		// given: three cases in Samarinda, East Kalimantan (64.72)
		Officers officers = new Officers(port);
		List<String> nips = officers.employ(5651, "PEMDA-64", "64.72", "Peta Satu (sintetis)", "Peta Dua (sintetis)",
				"Peta Tiga (sintetis)");
		nips.forEach(nip -> officers.fileReport(Officers.publicReport(nip, "Peta", "64.72", null)));
		await("read model").atMost(Duration.ofSeconds(20)).until(() -> cases("64") >= 3);

		try (BrowserContext context = desktop()) {
			Page page = signIn(context, "TASK_FORCE");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Peta").setExact(true)).click();
			page.waitForSelector("#map[data-ready=true]");

			// the provinces, their legend and attribution, and the same numbers in the table
			assertThat(page.locator("path.province").count()).isEqualTo(38);
			assertThat(page.locator("img.leaflet-tile").count()).as("no tiles").isZero();
			assertThat(page.locator("[data-testid=map-legend] .swatch").count()).isGreaterThan(1);
			assertThat(page.locator("[data-testid=map-attribution]").textContent()).contains("Deny Herianto")
				.contains("CC BY 4.0");
			assertThat(page.locator("tr[data-province='64'] td").first().textContent().trim()).isEqualTo(
					Long.toString(cases("64")));
			String shaded = page.locator("path.province-64").getAttribute("fill");
			assertThat(shaded).as("East Kalimantan is shaded").isNotEqualTo("#f7f7f7");
			screenshot(page, "map-provinces.png");

			// shaded per 10,000 civil servants instead
			page.getByLabel("Per 10.000 ASN").check();
			assertThat(page.locator("tr[data-province='64'] td").nth(1).textContent().trim()).isNotEqualTo("–");
			screenshotOfScreen(page, "map-per-10000.png");

			// a click on the province drills down to its regencies and cities
			page.locator("path.province-64").click();
			page.waitForURL(url("/peta/64"));
			page.waitForSelector("#regency-chart[data-ready=true]");
			assertThat(page.locator("h1").textContent()).isEqualTo("Kalimantan Timur");
			assertThat(page.locator("[data-testid=regency-table] tbody tr").first().getAttribute("data-regency"))
				.isEqualTo("64.72");
			assertThat(page.locator("[data-testid=regency-table] tbody tr").first().textContent()).contains("Kota Samarinda");
			assertThat(page.locator("[data-testid=regency-table] tbody tr").count()).isEqualTo(10);
			screenshot(page, "map-east-kalimantan.png");

			// and back, the table's link does the same for screen-reader and keyboard users
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Peta pelanggaran")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bali")).click();
			page.waitForURL(url("/peta/51"));
			assertThat(page.locator("[data-testid=regency-table] tbody tr").count()).isEqualTo(9);
		}
	}

	@Test
	void thePublicPortalShowsTheShadedMapAndTheScorecardWithoutSigningIn() {
		// given: two cases in Bengkulu (17) and one in Gorontalo (75), fewer than five each, and six in Jambi (15)
		Officers officers = new Officers(port);
		fileCases(officers, 5661, "PEMDA-17", "17.71", 2);
		fileCases(officers, 5671, "PEMDA-75", "75.71", 1);
		fileCases(officers, 5681, "PEMDA-15", "15.71", 6);
		await("read model").atMost(Duration.ofSeconds(20))
			.until(() -> cases("17") == 2 && cases("75") == 1 && cases("15") == 6);
		publicStatistics.expire();

		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transparansi")).first().click();
			page.waitForSelector("#map[data-ready=true]");

			assertThat(page.locator("h1").textContent()).isEqualTo("Transparansi netralitas ASN");
			assertThat(page.locator("path.province").count()).isEqualTo(38);
			assertThat(page.locator("tr[data-province='17'] td").first().textContent().trim()).isEqualTo("<5");
			assertThat(page.locator("tr[data-province='75'] td").first().textContent().trim()).isEqualTo("<5");
			assertThat(page.locator("tr[data-province='15'] td").first().textContent().trim()).isEqualTo("6");
			assertThat(page.locator("path.province-15").getAttribute("fill")).as("a class above <5").isNotEqualTo("#fde0c5");
			assertThat(page.locator("[data-testid=map-legend]").textContent()).contains("<5");
			assertThat(page.locator("path.province-17").getAttribute("fill")).as("lowest class").isEqualTo("#fde0c5");
			assertThat(page.locator("[data-testid=map-attribution]").textContent()).contains("Deny Herianto");
			assertThat(page.locator("td.count").allTextContents()).isNotEmpty()
				.allSatisfy(count -> assertThat(count.trim()).doesNotMatch("[1-4]"));
			assertThat(Long.parseLong(page.locator("[data-testid=total-cases]").textContent().trim())).isGreaterThanOrEqualTo(9);
			// the nine provincial cases above, and whatever other tests filed: a count of five or more, or withheld ("*")
			// when it is the smallest cell beside a single small one of another kind (complementary suppression)
			assertThat(page.locator("tr[data-kind=PROVINCE] td").textContent().trim()).matches("[0-9]{2,}|[5-9]|\\*");
			screenshot(page, "transparency-portal.png");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true)).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Civil service neutrality in numbers");
			page.waitForSelector("#map[data-ready=true]");
			screenshot(page, "transparency-portal-en.png");
		}
	}

	private static void fileCases(Officers officers, int first, String employer, String region, int count) {
		String[] names = new String[count];
		for (int i = 0; i < count; i++) {
			names[i] = "Portal " + (first + i) + " (sintetis)";
		}
		officers.employ(first, employer, region, names)
			.forEach(nip -> officers.fileReport(Officers.publicReport(nip, "Portal", region, null)));
	}

	private long cases(String province) {
		return statistics.provinces(null).stream().filter(p -> p.code().equals(province)).findFirst().orElseThrow()
			.cases();
	}

}
