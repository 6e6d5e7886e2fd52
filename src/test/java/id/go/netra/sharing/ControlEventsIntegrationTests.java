package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The control ladder told to the employer's PPK as it climbs, with second-long intervals: warning, reprimand and
 * block, each with its letter or block, then the block lifted and the case closed once the sanction is imposed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/sharing-ladder-${random.uuid}", "netra.deadlines.follow-up=PT2S",
				"netra.deadlines.poll-interval=PT0.2S", "netra.enforcement.poll-interval=PT0.2S",
				"netra.enforcement.ladder.warning=PT0S", "netra.enforcement.ladder.reprimand=PT2S",
				"netra.enforcement.ladder.block=PT2S" })
// its short deadlines and ladder would go on working every overdue case of the suite (one database on
// PostgreSQL) after the class: closed with it
@DirtiesContext
class ControlEventsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void thePpkHearsEachRungOfTheLadderThenTheBlockLiftedAndTheCaseClosed() throws Exception {
		try (Receiver ppk = new Receiver()) {
			Officers officers = new Officers(port);
			JsonNode subscription = WebhookIntegrationTests.subscribe(officers, "PPK", ppk.url(), "control.warning",
					"control.reprimand", "control.blocked", "control.unblocked", "case.closed");
			String nip = officers.employ(4921, "PEMDA-32", "32.73", "Pegawai Uji").get(0);
			String id = officers.provenCase(nip, "DISIPLIN-09");
			officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
			String number = officers.get("PPK", "/api/v1/cases/" + id).path("complaintNumber").asString();

			await("the ladder told").atMost(Duration.ofSeconds(40))
				.until(() -> events(ppk, number).containsAll(List.of("control.warning", "control.reprimand",
						"control.blocked")));
			assertThat(events(ppk, number)).containsSubsequence("control.warning", "control.reprimand",
					"control.blocked");
			Receiver.Received warning = ppk.about(number).get(0);
			assertThat(WebhookIntegrationTests.verified(warning, subscription.path("secret").asString())).isTrue();
			assertThat(warning.body()).contains("\"level\":\"WARNING\"", "\"employerCode\":\"PEMDA-32\"",
					"\"regionCode\":\"32.73\"");
			assertThat(warning.body()).doesNotMatch(".*\"letterId\":null.*");

			officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
					{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/9-BKD/2026", "decreeDate": "%s"}"""
				.formatted(LocalDate.now().minusDays(10)));
			await("lifted and closed").atMost(Duration.ofSeconds(30))
				.until(() -> events(ppk, number).containsAll(List.of("control.unblocked", "case.closed")));
			Receiver.Received closed = ppk.about(number).stream()
				.filter(r -> "case.closed".equals(r.header("X-Netra-Event")))
				.findFirst()
				.orElseThrow();
			assertThat(closed.body()).contains("\"status\":\"SANCTIONED\"", "\"stage\":\"CLOSED\"");
			EventSchemas schemas = new EventSchemas(officers.http(), officers.token("PPK"));
			for (Receiver.Received received : ppk.about(number)) {
				assertThat(schemas.violations(received.body())).isEmpty();
			}
			officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(), officers.token("PPK"));
		}
	}

	private static List<String> events(Receiver receiver, String complaintNumber) {
		return receiver.about(complaintNumber).stream().map(r -> r.header("X-Netra-Event")).distinct().toList();
	}
}
