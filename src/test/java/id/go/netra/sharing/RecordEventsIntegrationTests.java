package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The events of what is recorded around a case (its letters, its criminal referral, its sanction, the monitoring
 * lead it came from) and of a signed integrity pact, each delivered to whom the API would show it, signed, and
 * conforming to the schema Netra publishes for it.
 */
@NetraIntegrationTest
class RecordEventsIntegrationTests {

	private static final String[] EVENTS = { "letter.issued", "referral.changed", "sanction.recorded",
			"monitoring.lead", "pact.signed" };

	@LocalServerPort
	int port;

	@Test
	void aCasesLettersReferralAndSanctionReachTheTaskForceAndThePpkOnlyWhatIsItsOwn() throws Exception {
		Officers officers = new Officers(port);
		EventSchemas schemas = new EventSchemas(officers.http(), officers.token("TASK_FORCE"));
		try (Receiver taskForce = new Receiver(); Receiver ppk = new Receiver()) {
			JsonNode tfSubscription = WebhookIntegrationTests.subscribe(officers, "TASK_FORCE", taskForce.url(), EVENTS);
			JsonNode ppkSubscription = WebhookIntegrationTests.subscribe(officers, "PPK", ppk.url(), EVENTS);
			String nip = officers.employ(8931, "PEMDA-32", "32.73", "Rekaman Peristiwa (sintetis)").get(0);
			String number = officers.fileReport(Officers.publicReport(nip, "Pegawai Uji", "32.73", null))
				.path("complaintNumber").asString();
			String id = officers.caseOf(number).path("id").asString();
			officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
			officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
					{"outcome": "PROVEN", "violations": ["DISIPLIN-09"], "criminal": true}""");

			await("the referral and its letter told").atMost(Duration.ofSeconds(30))
				.until(() -> kinds(taskForce, number).contains("REFERRAL") && !taskForce.of("referral.changed").isEmpty());
			JsonNode referral = json(only(taskForce, "referral.changed", number));
			assertThat(referral.path("referral").path("stage").asString()).isEqualTo("REFERRED");
			assertThat(referral.path("referral").path("outcome").isNull()).isTrue();
			assertThat(referral.path("case").path("id").asString()).isEqualTo(id);

			officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
			await("the recommendation letter told to both").atMost(Duration.ofSeconds(30))
				.until(() -> kinds(taskForce, number).contains("RECOMMENDATION")
						&& kinds(ppk, number).contains("RECOMMENDATION"));
			JsonNode letter = letters(ppk, number).stream().map(RecordEventsIntegrationTests::json)
				.filter(l -> l.path("letter").path("kind").asString().equals("RECOMMENDATION")).findFirst().orElseThrow();
			String code = letter.path("letter").path("verificationCode").asString();
			JsonNode verified = UserAgent.json(officers.http().get("/api/v1/public/letters/" + code));
			assertThat(verified.path("number").asString()).isEqualTo(letter.path("letter").path("number").asString());
			assertThat(letter.path("letter").path("addresseeAgencyCode").asString()).isEqualTo("PEMDA-32");

			String referralId = referral.path("referral").path("id").asString();
			officers.act("ELECTION_SUPERVISOR", "/api/v1/referrals/" + referralId + "/stages", """
					{"stage": "DISCUSSION_1", "outcome": "CONTINUED", "note": "Catatan internal Gakkumdu"}""");
			officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
					{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/8931-BKD/2026", "decreeDate": "%s"}"""
				.formatted(LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3)));
			await("the stage and the sanction told").atMost(Duration.ofSeconds(30))
				.until(() -> taskForce.of("referral.changed").stream().filter(r -> r.body().contains(number)).count() == 2
						&& !ppk.of("sanction.recorded").isEmpty() && !taskForce.of("sanction.recorded").isEmpty());

			JsonNode stage = json(taskForce.of("referral.changed").stream().filter(r -> r.body().contains(number))
				.reduce((first, second) -> second).orElseThrow());
			assertThat(stage.path("referral").path("stage").asString()).isEqualTo("DISCUSSION_1");
			assertThat(stage.path("referral").path("outcome").asString()).isEqualTo("CONTINUED");
			assertThat(stage.toString()).doesNotContain("Catatan internal");
			// the schema check bites: a stage Gakkumdu does not have is refused
			assertThat(schemas.violations(stage.toString().replace("\"DISCUSSION_1\"", "\"LATER\""))).isNotEmpty();

			JsonNode sanction = json(only(ppk, "sanction.recorded", number));
			assertThat(sanction.path("sanction").path("code").asString()).isEqualTo("SEDANG-TPP-12");
			assertThat(sanction.path("sanction").path("decreeNumber").asString()).isEqualTo("800/8931-BKD/2026");
			String entry = sanction.path("sanction").path("entryId").asString();
			assertThat(officers.get("PPK", "/api/v1/discipline/" + entry).path("nip").asString()).isEqualTo(nip);
			String etag = officers.http().get("/api/v1/discipline/" + entry, officers.token("PPK")).headers()
				.firstValue("ETag").orElseThrow();
			assertThat(officers.http().exchange("GET", "/api/v1/discipline/" + entry, officers.token("PPK"), null, null,
					"If-None-Match", etag).statusCode()).as("unchanged since the ETag").isEqualTo(304);
			assertThat(officers.http().get("/api/v1/discipline/" + entry, officers.regionalToken("BAWASLU-32",
					"ELECTION_SUPERVISOR")).statusCode()).isEqualTo(403);

			// the PPK hears neither of the referral nor of Bawaslu's letter to Gakkumdu
			assertThat(ppk.of("referral.changed")).isEmpty();
			assertThat(kinds(ppk, number)).doesNotContain("REFERRAL");
			for (Receiver receiver : List.of(taskForce, ppk)) {
				for (Receiver.Received received : receiver.about(number)) {
					assertThat(schemas.violations(received.body())).isEmpty();
					assertThat(received.body()).doesNotContain(nip).doesNotContain("Rekaman Peristiwa");
				}
			}
			assertThat(WebhookIntegrationTests.verified(only(ppk, "sanction.recorded", number),
					ppkSubscription.path("secret").asString())).isTrue();
			unsubscribe(officers, "TASK_FORCE", tfSubscription);
			unsubscribe(officers, "PPK", ppkSubscription);
		}
	}

	@Test
	void aMonitoringLeadReachesTheTaskForceAndAPaperPactItsEmployersPpk() throws Exception {
		Officers officers = new Officers(port);
		EventSchemas schemas = new EventSchemas(officers.http(), officers.token("TASK_FORCE"));
		try (Receiver taskForce = new Receiver(); Receiver ppk = new Receiver()) {
			JsonNode tfSubscription = WebhookIntegrationTests.subscribe(officers, "TASK_FORCE", taskForce.url(), EVENTS);
			JsonNode ppkSubscription = WebhookIntegrationTests.subscribe(officers, "PPK", ppk.url(), EVENTS);
			String nip = officers.employ(8932, "PEMDA-32", "32.73", "Pakta Peristiwa (sintetis)").get(0);

			long post = UserAgent.json(officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
					{"posts": [{"platform": "instagram", "url": "https://www.instagram.com/p/uji-8932-peristiwa/",
					  "author": "@uji8932", "text": "Ayo coblos nomor 02, pilih pasangan kita! (uji sintetis)"}]}"""))
				.path("items").get(0).path("id").asLong();
			String number = officers.act("TASK_FORCE", "/api/v1/monitoring/posts/" + post + "/decision", """
					{"decision": "LEAD", "nip": "%s", "note": "Ajakan memilih pasangan calon."}""".formatted(nip))
				.path("complaintNumber").asString();
			await("the lead told").atMost(Duration.ofSeconds(30))
				.until(() -> !taskForce.of("monitoring.lead").isEmpty());
			JsonNode lead = json(only(taskForce, "monitoring.lead", number));
			assertThat(lead.path("lead").path("postId").asLong()).isEqualTo(post);
			assertThat(lead.path("lead").path("platform").asString()).isEqualTo("instagram");
			assertThat(lead.path("lead").path("snapshotSha256").asString()).hasSize(64);
			assertThat(lead.path("case").path("id").asString())
				.isEqualTo(officers.caseOf(number).path("id").asString());
			assertThat(lead.toString()).doesNotContain("uji-8932").doesNotContain("@uji8932").doesNotContain("coblos");

			String campaign = UserAgent.json(officers.post("PPK", "/api/v1/integrity-pacts/campaigns", """
					{"title": "Pakta peristiwa %d", "election": "PILKADA-2024", "deadline": "%s"}"""
				.formatted(System.nanoTime(), LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30))))
				.path("id").asString();
			HttpResponse<String> paper = officers.http().postFile(
					"/api/v1/integrity-pacts/campaigns/" + campaign + "/offline-signatures", Map.of("nip", nip), "file",
					"pakta.pdf", "%PDF-1.4\n% pindaian pakta\n".getBytes(StandardCharsets.US_ASCII), "Authorization",
					"Bearer " + officers.token("PPK"), "Accept", "application/json");
			assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
			await("the pact told to both").atMost(Duration.ofSeconds(30))
				.until(() -> pacts(ppk, campaign).size() == 1 && pacts(taskForce, campaign).size() == 1);
			JsonNode pact = json(pacts(ppk, campaign).get(0));
			assertThat(pact.path("pact").path("employerCode").asString()).isEqualTo("PEMDA-32");
			assertThat(pact.path("pact").path("channel").asString()).isEqualTo("OFFLINE");
			assertThat(pact.path("pact").path("letterNumber").isNull()).isTrue();
			assertThat(pact.has("case")).isFalse();
			assertThat(pact.toString()).doesNotContain(nip);

			// a PPK hears of a monitoring lead only once BKN forwards the case, which it has not
			assertThat(ppk.of("monitoring.lead")).isEmpty();
			for (Receiver.Received received : taskForce.all()) {
				assertThat(schemas.violations(received.body())).isEmpty();
			}
			unsubscribe(officers, "TASK_FORCE", tfSubscription);
			unsubscribe(officers, "PPK", ppkSubscription);
		}
	}

	private static List<String> kinds(Receiver receiver, String number) {
		return letters(receiver, number).stream().map(r -> json(r).path("letter").path("kind").asString()).toList();
	}

	private static List<Receiver.Received> letters(Receiver receiver, String number) {
		return receiver.of("letter.issued").stream().filter(r -> r.body().contains("\"" + number + "\"")).toList();
	}

	private static List<Receiver.Received> pacts(Receiver receiver, String campaign) {
		return receiver.of("pact.signed").stream().filter(r -> r.body().contains(campaign)).toList();
	}

	private static Receiver.Received only(Receiver receiver, String type, String number) {
		List<Receiver.Received> matching = receiver.of(type).stream()
			.filter(r -> r.body().contains("\"" + number + "\""))
			.toList();
		assertThat(matching).as(type + " about " + number).hasSize(1);
		return matching.get(0);
	}

	private static JsonNode json(Receiver.Received received) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(received.body());
	}

	private static void unsubscribe(Officers officers, String role, JsonNode subscription) {
		officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(), officers.token(role));
	}
}
