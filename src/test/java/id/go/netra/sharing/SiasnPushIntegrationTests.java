package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.DemoAccountRows;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIASN hears of every block: a local SIASN receiver (a JDK HTTP server) gets a block an auditor placed and then
 * its lifting, in that order, with the NIP, the block's id, the reason and the times, authenticated with the
 * bearer token and signed; a receiver failing twice gets it on the third attempt, and the lifting waits for it; a
 * push that keeps failing dies after the window, shows why in words, and goes out on "send again". Synthetic
 * employees (Officers.employ).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/siasn-${random.uuid}", "netra.siasn.token=token-uji-siasn",
				"netra.siasn.hmac-secret=rahasia-uji-siasn", "netra.siasn.poll-interval=PT0.2S",
				"netra.siasn.first-retry=PT0.5S", "netra.siasn.longest-wait=PT1S", "netra.siasn.timeout=PT2S",
				"netra.siasn.retry-window=PT4S" })
class SiasnPushIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Receiver SIASN = receiver();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void siasn(DynamicPropertyRegistry registry) {
		registry.add("netra.siasn.url", SIASN::url);
	}

	@AfterAll
	static void close() {
		SIASN.close();
	}

	@Test
	void aBlockAndItsLiftingReachSiasnInOrderWithTheNipReasonAndTimes() throws Exception {
		// given: a synthetic employee, blocked by an auditor by hand
		Officers officers = new Officers(port);
		String nip = officers.employ(3701, "PEMDA-32", "32.73", "Pegawai Uji SIASN").get(0);
		Instant before = Instant.now();
		JsonNode block = place(officers, nip, "Uji: tidak menindaklanjuti rekomendasi");

		// when: the block is lifted with a reason
		officers.act("AUDITOR", "/api/v1/blocks/" + block.path("id").asString() + "/lifting",
				"{\"reason\": \"Uji: sanksi telah dijatuhkan\"}");

		// then: SIASN received the block, then its lifting, each authenticated and signed
		await("placed and lifted").atMost(PATIENCE).until(() -> SIASN.about(nip).size() >= 2);
		List<Receiver.Received> got = SIASN.about(nip);
		assertThat(got).hasSize(2);
		JsonNode placed = JSON.readTree(got.get(0).body());
		JsonNode lifted = JSON.readTree(got.get(1).body());
		assertThat(placed.path("type").asString()).isEqualTo("block.placed");
		assertThat(lifted.path("type").asString()).isEqualTo("block.lifted");
		for (JsonNode change : List.of(placed.path("block"), lifted.path("block"))) {
			assertThat(change.path("id").asString()).isEqualTo(block.path("id").asString());
			assertThat(change.path("nip").asString()).isEqualTo(nip);
			assertThat(change.path("scope").asString()).isEqualTo("EMPLOYEE");
			assertThat(change.path("employerCode").asString()).isEqualTo("PEMDA-32");
			assertThat(change.path("reason").asString()).isEqualTo("Uji: tidak menindaklanjuti rekomendasi");
			assertThat(Instant.parse(change.path("placedAt").asString())).isBetween(before, Instant.now());
		}
		assertThat(placed.path("block").path("liftedAt").isNull()).isTrue();
		assertThat(lifted.path("block").path("liftReason").asString()).isEqualTo("Uji: sanksi telah dijatuhkan");
		assertThat(Instant.parse(lifted.path("block").path("liftedAt").asString()))
			.isAfterOrEqualTo(Instant.parse(placed.path("block").path("placedAt").asString()));
		assertThat(got.get(0).body()).as("not the employee's name").doesNotContain("Pegawai Uji SIASN");
		for (Receiver.Received r : got) {
			assertThat(r.header("Authorization")).isEqualTo("Bearer token-uji-siasn");
			assertThat(WebhookIntegrationTests.verified(r, "rahasia-uji-siasn")).isTrue();
			assertThat(WebhookIntegrationTests.verified(r, "rahasia-lain")).isFalse();
		}
		assertThat(got.get(0).header("X-Netra-Event")).isEqualTo("block.placed");
		assertThat(got.get(0).header("X-Netra-Delivery")).isEqualTo(placed.path("id").asString());

		// and the administrators' log shows both delivered over HTTP
		await("logged").atMost(PATIENCE).until(() -> pushesOf(nip, null).size() == 2
				&& pushesOf(nip, null).stream().allMatch(p -> "DELIVERED".equals(p.path("status").asString())));
		assertThat(pushesOf(nip, null)).extracting(p -> p.path("change").asString()).containsExactly("LIFTED", "PLACED");
		assertThat(pushesOf(nip, null)).allMatch(p -> "HTTP".equals(p.path("channel").asString())
				&& p.path("lastHttpStatus").asInt() == 200 && p.path("attempts").asInt() == 1);
	}

	@Test
	void aReceiverFailingTwiceGetsTheBlockOnTheThirdAttemptAndTheLiftingWaitsForIt() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(3702, "PEMDA-32", "32.73", "Pegawai Uji SIASN Ulang").get(0);
		SIASN.answering(500, 503);
		JsonNode block = place(officers, nip, "Uji: percobaan ulang");
		officers.act("AUDITOR", "/api/v1/blocks/" + block.path("id").asString() + "/lifting",
				"{\"reason\": \"Uji: dicabut segera\"}");

		await("three attempts and the lifting").atMost(PATIENCE).until(() -> SIASN.about(nip).size() >= 4);
		List<Receiver.Received> got = SIASN.about(nip);
		assertThat(got).extracting(r -> r.header("X-Netra-Event"))
			.as("the lifting only after the block was taken")
			.containsExactly("block.placed", "block.placed", "block.placed", "block.lifted");
		assertThat(got.subList(0, 3)).extracting(r -> r.header("X-Netra-Delivery")).as("the same change each time")
			.containsOnly(got.get(0).header("X-Netra-Delivery"));
		await("logged").atMost(PATIENCE).until(() -> pushesOf(nip, "DELIVERED").size() == 2);
		JsonNode placed = pushesOf(nip, null).stream().filter(p -> "PLACED".equals(p.path("change").asString()))
			.findFirst().orElseThrow();
		assertThat(placed.path("attempts").asInt()).isEqualTo(3);
		assertThat(placed.path("lastFailure").isNull()).as("the last attempt succeeded").isTrue();
	}

	@Test
	void aPushThatKeepsFailingDiesExplainsWhyInWordsAndGoesOutWhenSentAgain() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(3703, "PEMDA-32", "32.73", "Pegawai Uji SIASN Mati").get(0);
		Integer[] refusals = new Integer[30];
		java.util.Arrays.fill(refusals, 500);
		SIASN.answering(refusals);
		try {
			place(officers, nip, "Uji: penerima gagal terus");

			await("dead").atMost(PATIENCE).until(() -> pushesOf(nip, "DEAD").size() == 1);
			JsonNode dead = pushesOf(nip, "DEAD").get(0);
			assertThat(dead.path("attempts").asInt()).isGreaterThan(1);
			assertThat(dead.path("lastHttpStatus").asInt()).isEqualTo(500);
			assertThat(dead.path("lastFailure").asString()).isEqualTo("SIASN refused it with HTTP 500.");
			assertThat(dead.path("statusText").asString()).isEqualTo("Failed (given up)");
			assertThat(dead.path("nextAttemptAt").isNull()).isTrue();
		}
		finally {
			SIASN.clearAnswers();
		}
		int before = SIASN.about(nip).size();
		String id = pushesOf(nip, "DEAD").get(0).path("id").asString();

		HttpResponse<String> again = admin().postJson("/api/v1/siasn/pushes/" + id + "/again", adminToken(), "");
		assertThat(again.statusCode()).isEqualTo(202);

		await("delivered after send again").atMost(PATIENCE).until(() -> pushesOf(nip, "DELIVERED").size() == 1);
		assertThat(SIASN.about(nip)).hasSize(before + 1);
	}

	@Test
	void theLogRefusesAnUnknownStatusAndAnUnknownPushInWords() {
		HttpResponse<String> unknown = admin().get("/api/v1/siasn/pushes?status=HILANG", adminToken());
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("Unknown status: HILANG");

		HttpResponse<String> none = admin().postJson("/api/v1/siasn/pushes/" + java.util.UUID.randomUUID() + "/again",
				adminToken(), "");
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("No such push to SIASN");

		HttpResponse<String> auditor = new UserAgent(port).get("/api/v1/siasn/pushes",
				new Officers(port).token("AUDITOR"));
		assertThat(auditor.statusCode()).as("administrators only").isEqualTo(403);
	}

	private static JsonNode place(Officers officers, String nip, String reason) {
		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "blocks": "BOTH", "reason": "%s"}""".formatted(nip, reason));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		return UserAgent.json(placed);
	}

	private List<JsonNode> pushesOf(String nip, String status) {
		HttpResponse<String> log = admin().get("/api/v1/siasn/pushes" + (status == null ? "" : "?status=" + status),
				adminToken());
		assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
		List<JsonNode> mine = new java.util.ArrayList<>();
		UserAgent.json(log).forEach(p -> {
			if (nip.equals(p.path("nip").asString())) {
				mine.add(p);
			}
		});
		return mine;
	}

	private UserAgent admin() {
		return new UserAgent(port).language("en");
	}

	private String adminToken() {
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		return new UserAgent(port).accessToken(row.clientId(), row.clientSecret());
	}

	private static Receiver receiver() {
		try {
			return new Receiver();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
