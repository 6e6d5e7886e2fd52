package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The webhook page on a phone, in English: a delivery's log row is readable without scrolling sideways, has no
 * serious accessibility violation, and "Send again" sends it again.
 */
@NetraIntegrationTest
class WebhookBrowserTests extends BrowserTest {

	@Test
	void onAPhoneInEnglishTheDeliveryLogIsReadableAndSendAgainSendsIt() throws Exception {
		try (Receiver receiver = new Receiver()) {
			// given: the auditor's system (BKN) subscribes, and a case is opened
			Officers officers = new Officers(port);
			JsonNode subscription = WebhookIntegrationTests.subscribe(officers, "AUDITOR", receiver.url(), "case.opened");
			String number = officers.fileReport(Officers.publicReport(null, "Pegawai Ponsel", "32.73", null))
				.path("complaintNumber").asString();
			await("delivered").atMost(Duration.ofSeconds(30)).until(() -> !receiver.about(number).isEmpty());
			String delivery = receiver.about(number).get(0).header("X-Netra-Delivery");

			try (BrowserContext context = phone()) {
				Page page = signIn(context, "AUDITOR");
				page.navigate(url("/berbagi/webhook?lang=en"));
				assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
				var row = page.locator("[data-delivery='" + delivery + "']");
				assertThat(row.locator("[data-testid=delivery-status]").innerText()).isEqualTo("Delivered");
				assertThat(page.content()).doesNotContain("??", ">DELIVERED<");
				assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
					.as("no sideways scrolling").isTrue();
				List<Rule> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
					.analyze()
					.getViolations()
					.stream()
					.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
					.toList();
				assertThat(serious).extracting(Rule::getId).isEmpty();
				screenshot(page, "webhooks-phone-en.png");

				// when: the person sends it again
				row.getByText("Send again").click();

				// then: the page says so and the receiver gets it once more
				assertThat(page.locator("[role=status]").innerText()).contains("scheduled again");
				await("sent again").atMost(Duration.ofSeconds(30)).until(() -> receiver.about(number).size() >= 2);
			}
			officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(), officers.token("AUDITOR"));
		}
	}
}
