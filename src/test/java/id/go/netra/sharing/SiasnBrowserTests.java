package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The administrators' SIASN page on a phone, in English: a block's push reads in words (no codes), fits the
 * screen, has no serious accessibility violation, and "Send again" sends it again. Synthetic employee.
 */
@NetraIntegrationTest
class SiasnBrowserTests extends BrowserTest {

	@Test
	void onAPhoneInEnglishAPushReadsInWordsAndSendAgainSendsIt() {
		// given: an auditor blocks a synthetic employee, and the block goes to the file drop (no SIASN address)
		Officers officers = new Officers(port);
		String nip = officers.employ(3731, "PEMDA-32", "32.73", "Pegawai Uji Halaman SIASN").get(0);
		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "reason": "Uji: halaman SIASN"}""".formatted(nip));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		await("pushed").atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(push(nip).path("status").asString()));
		String id = push(nip).path("id").asString();

		try (BrowserContext context = phone()) {
			Page page = signIn(context, "ADMIN");
			page.navigate(url("/berbagi/siasn?lang=en"));
			var row = page.locator("[data-push='" + id + "']");
			assertThat(row.innerText()).contains("Block placed", "NIP " + nip);
			assertThat(row.locator("[data-testid=push-status]").innerText()).isEqualTo("Delivered");
			assertThat(page.locator("[data-testid=siasn-transport]").innerText()).contains("pick-up folder");
			assertThat(page.content()).doesNotContain("??", ">DELIVERED<", ">PLACED<");
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling").isTrue();
			assertNoSeriousAxeViolations(page);
			screenshot(page, "siasn-phone-en.png");

			// when: the administrator sends it again
			row.getByText("Send again").click();

			// then: the page says so, and it goes out a second time
			assertThat(page.locator("[role=status]").innerText()).contains("scheduled again");
			await("sent again").atMost(Duration.ofSeconds(30)).until(() -> push(nip).path("attempts").asInt() == 2
					&& "DELIVERED".equals(push(nip).path("status").asString()));
		}
	}

	private JsonNode push(String nip) {
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		UserAgent agent = new UserAgent(port);
		HttpResponse<String> log = agent.get("/api/v1/siasn/pushes",
				agent.accessToken(admin.clientId(), admin.clientSecret()));
		for (JsonNode p : UserAgent.json(log)) {
			if (nip.equals(p.path("nip").asString())) {
				return p;
			}
		}
		return tools.jackson.databind.node.MissingNode.getInstance();
	}
}
