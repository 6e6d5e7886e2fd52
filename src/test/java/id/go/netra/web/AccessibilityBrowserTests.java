package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;

/**
 * Every kind of page (public, officer, administrator) checked by axe-core in the system's Chromium: no serious
 * or critical violation of WCAG 2.1 A and AA. Also what a keyboard and a phone user notice: a visible focus
 * ring on inputs, the officers' queue without sideways scrolling on a phone, a top menu on one line at 1366
 * pixels. Each role's home page is saved in both languages under target/screenshots.
 */
@NetraIntegrationTest
class AccessibilityBrowserTests extends BrowserTest {

	/** The office laptop's width, at which the top menu must stay on one line. */
	private static final int LAPTOP = 1366;

	/** The pages each person opens, by the account that may open them; null is a citizen without one. */
	private static final Map<String, List<String>> PAGES = Map.of(
			"citizen", List.of("/", "/lapor", "/lapor/status", "/transparansi", "/masuk", "/kalender", "/katalog",
					"/verifikasi"),
			"TASK_FORCE", List.of("/beranda", "/kasus", "/kasus/{case}", "/kasus/laporan-baru", "/peta",
					"/pemberitahuan", "/kepegawaian", "/dasbor"),
			"AUDITOR", List.of("/pengendalian", "/gakkumdu"),
			"ADMIN", List.of("/admin", "/admin/pengguna", "/admin/klien", "/admin/instansi", "/admin/katalog",
					"/admin/kalender", "/admin/pemilihan", "/admin/audit", "/admin/retensi", "/admin/penandatangan"));

	@Test
	void noPageHasASeriousOrCriticalAccessibilityViolation() {
		Officers officers = new Officers(port);
		String caseId = officers.caseOf(officers
			.fileReport(Officers.publicReport(null, "Aksesibel Uji (sintetis)", "32.73", null))
			.path("complaintNumber")
			.asString()).path("id").asString();
		List<String> violations = new ArrayList<>();
		PAGES.forEach((who, paths) -> {
			try (BrowserContext context = desktop(LAPTOP)) {
				Page page = who.equals("citizen") ? context.newPage() : signIn(context, who);
				for (String path : paths) {
					page.navigate(url(path.replace("{case}", caseId)));
					AxeResults results = new AxeBuilder(page)
						.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
						.analyze();
					for (Rule rule : results.getViolations()) {
						if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
							violations.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
									+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList());
						}
					}
				}
			}
		});
		assertThat(violations).isEmpty();
	}

	@Test
	void eachRolesHomePageIsSavedInBothLanguagesWithTheMenuOnOneLineAndAVisibleFocusRing() {
		for (DemoAccountRows person : DemoAccountRows.all()) {
			for (String language : List.of("id", "en")) {
				try (BrowserContext context = desktop(LAPTOP)) {
					Page page = context.newPage();
					signIn(page, person);
					page.navigate(url("/beranda?lang=" + language));
					assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
					assertThat(page.content()).doesNotContain("??");
					assertThat(menuRows(page)).as("menu rows for " + person.username()).isEqualTo(1);
					screenshot(page, "home-" + person.username() + "-" + language + ".png");
				}
			}
		}
		try (BrowserContext context = desktop(LAPTOP)) {
			Page page = context.newPage();
			page.navigate(url("/lapor"));
			page.keyboard().press("Tab");
			page.focus("#reported-nip");
			String ring = (String) page.evaluate("""
					() => { const s = getComputedStyle(document.activeElement);
					        return s.outlineStyle + ' ' + s.outlineWidth + ' | ' + s.boxShadow; }""");
			assertThat(ring).as("focus ring of an input").satisfiesAnyOf(
					value -> assertThat(value).doesNotStartWith("none"),
					value -> assertThat(value).doesNotEndWith("| none"));
		}
	}

	@Test
	void theOfficersQueueFitsAPhoneWithoutSidewaysScrolling() {
		Officers officers = new Officers(port);
		officers.fileReport(Officers.publicReport(null, "Layar Ponsel (sintetis)", "32.73", null));
		for (String language : List.of("id", "en")) {
			try (BrowserContext context = phone()) {
				Page page = signIn(context, "TASK_FORCE");
				page.navigate(url("/kasus?status=ALL&lang=" + language));
				// the page, and every scrolling box in it (a table's wrapper), keep within the screen
				Number overflow = (Number) page.evaluate("""
						() => Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
						  ...[...document.querySelectorAll('main .table-responsive')].map(e => e.scrollWidth - e.clientWidth))""");
				assertThat(page.locator("[data-testid=case-queue] tbody tr").count()).isPositive();
				screenshot(page, "queue-phone-" + language + ".png");
				assertThat(overflow.intValue()).as("pixels beyond the screen's width").isLessThanOrEqualTo(0);
			}
		}
	}

	/** How many lines the top menu takes: its height over the height of one of its links, rounded down. */
	private static int menuRows(Page page) {
		return ((Number) page.evaluate("""
				() => Math.floor(document.querySelector('#nav').getBoundingClientRect().height
				        / document.querySelector('#nav .nav-link').getBoundingClientRect().height)""")).intValue();
	}
}
