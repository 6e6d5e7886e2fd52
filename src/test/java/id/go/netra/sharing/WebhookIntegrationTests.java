package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.Officers;
import id.go.netra.casework.Snapshots;
import id.go.netra.casework.Transition;
import tools.jackson.databind.JsonNode;

/**
 * Agency systems hear what happens: a subscription made over the API receives signed deliveries at a receiver in
 * the test, retried through a failure and a timeout, dead-lettered after the window and sent again on request;
 * nothing from a change rolled back; a PPK nothing of another employer's case, nor of its own before BKN
 * forwards the recommendation; no target inside the network.
 */
@NetraIntegrationTest
class WebhookIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Deliveries deliveries;

	@Test
	void aNewCaseIsDeliveredSignedAsTheDocumentationSaysAndWithoutTheReporter() throws Exception {
		try (Receiver receiver = new Receiver()) {
			// given: the task force's system subscribes to new cases
			Officers officers = new Officers(port);
			JsonNode subscription = subscribe(officers, "TASK_FORCE", receiver.url(), "case.opened");
			String secret = subscription.path("secret").asString();
			assertThat(secret).hasSizeGreaterThan(30);

			// when: a citizen reports
			String number = officers.fileReport(Officers.publicReport(null, "Pegawai Webhook", "32.73", null))
				.path("complaintNumber").asString();

			// then: one delivery arrives, signed with the secret over "timestamp.body", recent, about that case
			await("delivery").atMost(PATIENCE).until(() -> !receiver.about(number).isEmpty());
			Receiver.Received delivery = receiver.about(number).get(0);
			assertThat(verified(delivery, secret)).as("signature as documented").isTrue();
			assertThat(verified(delivery, "rahasia-lain")).isFalse();
			assertThat(delivery.header("X-Netra-Event")).isEqualTo("case.opened");
			assertThat(delivery.header("X-Netra-Delivery")).isNotBlank();
			JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(delivery.body());
			assertThat(body.path("type").asString()).isEqualTo("case.opened");
			assertThat(body.path("version").asInt()).isEqualTo(1);
			assertThat(body.path("case").path("status").asString()).isEqualTo("RECEIVED");
			assertThat(body.path("case").path("stage").asString()).isEqualTo("VERIFICATION");
			assertThat(delivery.body()).as("never the reporter or the accused by name")
				.doesNotContain("Warga Uji", "warga@contoh.invalid", "0812-3456-7890", "Pegawai Webhook");

			// and the log says so
			JsonNode log = deliveries(officers, "TASK_FORCE", subscription);
			JsonNode entry = entryFor(log, delivery.header("X-Netra-Delivery"));
			await("logged").atMost(PATIENCE).until(() -> "DELIVERED".equals(entryFor(deliveries(officers, "TASK_FORCE",
					subscription), delivery.header("X-Netra-Delivery")).path("status").asString()));
			assertThat(entry.path("event").asString()).isEqualTo("case.opened");
			officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(), officers.token("TASK_FORCE"));
		}
	}

	@Test
	void aFailureAndATimeoutAreRetriedUntilTheReceiverTakesTheDelivery() throws Exception {
		try (Receiver receiver = new Receiver().answering(500, Receiver.HANG)) {
			Officers officers = new Officers(port);
			JsonNode subscription = subscribe(officers, "ELECTION_SUPERVISOR", receiver.url(), "case.opened");

			String number = officers.fileReport(Officers.publicReport(null, "Pegawai Ulang", "32.73", null))
				.path("complaintNumber").asString();

			await("three attempts").atMost(PATIENCE).until(() -> receiver.about(number).size() >= 3);
			List<Receiver.Received> attempts = receiver.about(number);
			assertThat(attempts).extracting(r -> r.header("X-Netra-Delivery")).as("the same delivery each time")
				.containsOnly(attempts.get(0).header("X-Netra-Delivery"));
			assertThat(attempts).allMatch(r -> verified(r, subscription.path("secret").asString()));
			await("delivered").atMost(PATIENCE).until(() -> "DELIVERED".equals(entryFor(deliveries(officers,
					"ELECTION_SUPERVISOR", subscription), attempts.get(0).header("X-Netra-Delivery")).path("status").asString()));
			JsonNode entry = entryFor(deliveries(officers, "ELECTION_SUPERVISOR", subscription),
					attempts.get(0).header("X-Netra-Delivery"));
			assertThat(entry.path("attempts").asInt()).isEqualTo(3);
			assertThat(entry.path("lastHttpStatus").asInt()).isEqualTo(200);
			assertThat(receiver.about(number)).as("nothing after the delivery succeeded").hasSize(3);
			officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(),
					officers.token("ELECTION_SUPERVISOR"));
		}
	}

	@Test
	void aReceiverThatHangsHoldsBackOnlyItsOwnDeliveries() throws Exception {
		Integer[] hangs = new Integer[20];
		java.util.Arrays.fill(hangs, Receiver.HANG);
		try (Receiver slow = new Receiver().answering(hangs); Receiver fast = new Receiver()) {
			Officers officers = new Officers(port);
			JsonNode slowOne = subscribe(officers, "AUDITOR", slow.url(), "case.opened");
			JsonNode fastOne = subscribe(officers, "OVERSIGHT", fast.url(), "case.opened");

			List<String> numbers = new java.util.ArrayList<>();
			for (int i = 0; i < 3; i++) {
				numbers.add(officers.fileReport(Officers.publicReport(null, "Pegawai Lambat " + i, "32.73", null))
					.path("complaintNumber").asString());
			}

			await("the fast receiver has all three").atMost(PATIENCE)
				.until(() -> numbers.stream().allMatch(n -> !fast.about(n).isEmpty()));
			long slowAttempts = numbers.stream().mapToLong(n -> slow.about(n).size()).sum();
			assertThat(slowAttempts).as("at most two attempts at once for one subscription").isLessThanOrEqualTo(2);
			officers.http().delete("/api/v1/webhooks/" + slowOne.path("id").asString(), officers.token("AUDITOR"));
			officers.http().delete("/api/v1/webhooks/" + fastOne.path("id").asString(), officers.token("OVERSIGHT"));
		}
	}

	@Test
	void aDeliveryNeverTakenIsDeadLetteredAfterTheWindowAndSentAgainOnRequest() throws Exception {
		Integer[] failures = new Integer[40];
		java.util.Arrays.fill(failures, 503);
		try (Receiver receiver = new Receiver().answering(failures)) {
			Officers officers = new Officers(port);
			JsonNode subscription = subscribe(officers, "CIVIL_SERVICE_AGENCY", receiver.url(), "case.opened");
			String number = officers.fileReport(Officers.publicReport(null, "Pegawai Mati", "32.73", null))
				.path("complaintNumber").asString();

			await("first attempt").atMost(PATIENCE).until(() -> !receiver.about(number).isEmpty());
			String id = receiver.about(number).get(0).header("X-Netra-Delivery");
			await("dead-lettered").atMost(PATIENCE).until(() -> "DEAD".equals(entryFor(deliveries(officers,
					"CIVIL_SERVICE_AGENCY", subscription), id).path("status").asString()));
			JsonNode dead = entryFor(deliveries(officers, "CIVIL_SERVICE_AGENCY", subscription), id);
			assertThat(dead.path("attempts").asInt()).isGreaterThan(1);
			assertThat(dead.path("lastHttpStatus").asInt()).isEqualTo(503);
			assertThat(dead.path("lastAnswer").asString()).contains("gagal sementara 503");
			int triedBefore = receiver.about(number).size();

			// BKN's people see it given up on their page; West Java's PPK does not see it at all
			UserAgent bkn = signedIn("CIVIL_SERVICE_AGENCY");
			String page = bkn.get("/berbagi/webhook").body();
			assertThat(page).contains(id, "Gagal (dihentikan)", "gagal sementara 503");
			assertThat(signedIn("PPK").get("/berbagi/webhook").body()).doesNotContain(id);
			assertThat(officers.post("PPK", "/api/v1/webhooks/deliveries/" + id + "/again", "").statusCode())
				.as("another agency's delivery does not exist for it").isEqualTo(404);

			// "send again" on the page, with the receiver back
			receiver.clearAnswers();
			HttpResponse<String> sent = bkn.submit("/berbagi/webhook", "/berbagi/webhook/pengiriman/" + id + "/ulang",
					java.util.Map.of());
			assertThat(sent.statusCode()).isEqualTo(302);
			assertThat(bkn.get(UserAgent.location(sent)).body()).contains("dijadwalkan ulang");
			await("delivered again").atMost(PATIENCE).until(() -> "DELIVERED".equals(entryFor(deliveries(officers,
					"CIVIL_SERVICE_AGENCY", subscription), id).path("status").asString()));
			int delivered = receiver.about(number).size();
			assertThat(delivered).isGreaterThan(triedBefore);

			// and through the API, even once delivered (a receiver that lost it)
			HttpResponse<String> again = officers.post("CIVIL_SERVICE_AGENCY",
					"/api/v1/webhooks/deliveries/" + id + "/again", "");
			assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
			await("sent once more").atMost(PATIENCE).until(() -> receiver.about(number).size() > delivered);
			assertThat(bkn.get("/berbagi/webhook?lang=en").body()).contains("Delivered", "Send again");
			officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(),
					officers.token("CIVIL_SERVICE_AGENCY"));
		}
	}

	@Test
	void theCatalogueListsEveryEventWithItsSchema() {
		Officers officers = new Officers(port);
		JsonNode catalogue = officers.get("PPK", "/api/v1/webhooks/events");
		List<String> types = catalogue.valueStream().map(entry -> entry.path("type").asString()).toList();
		assertThat(types).contains("case.opened", "case.changed", "case.closed", "control.warning",
				"control.reprimand", "control.blocked", "control.unblocked");
		for (JsonNode entry : catalogue) {
			JsonNode schema = officers.get("PPK", entry.path("schema").asString());
			assertThat(schema.path("title").asString()).isEqualTo(entry.path("type").asString() + " v1");
			assertThat(schema.path("properties").path("type").path("const").asString())
				.isEqualTo(entry.path("type").asString());
			assertThat(schema.toString()).as("no reporter field").doesNotContain("reporter\":");
		}
		HttpResponse<String> unknown = officers.http().get("/api/v1/webhooks/events/case.opened.v9",
				officers.token("PPK"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("tidak dikenal");
	}

	@Test
	void anAttemptIsClaimedByOneNodeOnlyAndAgainOnlyOnceItsClaimHasExpired() {
		// given: a delivery waiting, of a paused subscription so that this node's worker leaves it alone
		java.util.UUID subscription = java.util.UUID.randomUUID();
		java.util.UUID event = java.util.UUID.randomUUID();
		java.util.UUID delivery = java.util.UUID.randomUUID();
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
		jdbc.sql("""
				insert into webhook_subscription (id, client_id, agency_code, url, event_types, secret_sealed, paused,
				  created_at, secret_set_at)
				values (:id, 'uji-klaim', 'BKN', 'http://127.0.0.1:9/netra', 'case.opened', 'x', true, :now, :now)
				""").param("id", subscription).param("now", now).update();
		jdbc.sql("""
				insert into sharing_outbox (id, event_type, event_version, occurred_at, payload)
				values (:id, 'case.opened', 1, :now, '{}')
				""").param("id", event).param("now", now).update();
		jdbc.sql("""
				insert into webhook_delivery (id, subscription_id, outbox_id, event_type, status, attempts, created_at,
				  retry_from, next_attempt_at)
				values (:id, :s, :e, 'case.opened', 'PENDING', 0, :now, :now, :now)
				""").param("id", delivery).param("s", subscription).param("e", event).param("now", now).update();
		Instant at = now.toInstant();
		Deliveries.Attempt seen = new Deliveries.Attempt(delivery, subscription, "http://127.0.0.1:9/netra",
				"case.opened", "{}", 0, at, null);

		// when two nodes that read the same row claim it, one wins
		assertThat(deliveries.claim(seen, at, at.plusSeconds(30))).isTrue();
		assertThat(deliveries.claim(seen, at, at.plusSeconds(30))).as("the other node").isFalse();
		Deliveries.Attempt next = new Deliveries.Attempt(delivery, subscription, seen.url(), seen.event(),
				seen.payload(), 1, at, at.plusSeconds(30));
		assertThat(deliveries.claim(next, at.plusSeconds(10), at.plusSeconds(40))).as("while claimed").isFalse();
		// then a node that died mid-send is taken over once its claim expires, as the next attempt
		assertThat(deliveries.claim(next, at.plusSeconds(31), at.plusSeconds(60))).isTrue();
		assertThat(jdbc.sql("select attempts from webhook_delivery where id = :id").param("id", delivery)
			.query(Integer.class).single()).isEqualTo(2);
		jdbc.sql("delete from webhook_subscription where id = :id").param("id", subscription).update();
	}

	@Test
	void aChangeRolledBackLeavesNoEventBehind() {
		CaseSnapshot snapshot = Snapshots.inStatus(CaseStatus.RECEIVED, null);
		TransactionTemplate tx = new TransactionTemplate(transactions);

		long inside = tx.execute(status -> {
			events.publishEvent(Snapshots.changed(null, snapshot, Transition.OPENED));
			status.setRollbackOnly();
			return rowsOf(snapshot);
		});

		assertThat(inside).as("written in the publishing transaction").isEqualTo(1);
		assertThat(rowsOf(snapshot)).as("gone with the change rolled back").isZero();
	}

	@Test
	void targetsInsideTheNetworkOtherSchemesAndUnknownEventsAreRefusedInWords() {
		Officers officers = new Officers(port);
		for (String url : List.of("http://10.1.2.3/netra", "http://169.254.169.254/latest/meta-data",
				"http://localhost:8080/netra", "http://[::1]/netra", "http://192.168.1.10/netra")) {
			HttpResponse<String> refused = officers.post("TASK_FORCE", "/api/v1/webhooks", """
					{"url": "%s", "events": ["case.opened"]}""".formatted(url));
			assertThat(refused.statusCode()).as(url).isEqualTo(400);
			assertThat(refused.body()).as(url).contains("jaringan internal");
		}
		HttpResponse<String> ftp = officers.post("TASK_FORCE", "/api/v1/webhooks", """
				{"url": "ftp://netra.example/masuk", "events": ["case.opened"]}""");
		assertThat(ftp.statusCode()).isEqualTo(400);
		assertThat(ftp.body()).contains("http atau https");
		HttpResponse<String> unknown = officers.post("TASK_FORCE", "/api/v1/webhooks", """
				{"url": "http://127.0.0.1:9/netra", "events": ["case.opened", "case.deleted"]}""");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("case.deleted").doesNotContain("EventType");
		HttpResponse<String> none = officers.post("TASK_FORCE", "/api/v1/webhooks", """
				{"url": "http://127.0.0.1:9/netra", "events": []}""");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("paling sedikit satu");
		assertThat(jdbc.sql("select count(*) from webhook_subscription where url like '%10.1.2.3%' or url like '%:9/%'")
			.query(Long.class).single()).as("nothing refused is stored").isZero();
	}

	@Test
	void aPausedSubscriptionReceivesNothingUntilResumedAndOtherAgenciesCannotSeeIt() throws Exception {
		try (Receiver receiver = new Receiver()) {
			Officers officers = new Officers(port);
			JsonNode subscription = subscribe(officers, "OVERSIGHT", receiver.url(), "case.opened");
			String path = "/api/v1/webhooks/" + subscription.path("id").asString();
			HttpResponse<String> paused = officers.http().exchange("PATCH", path, officers.token("OVERSIGHT"),
					"application/json", "{\"paused\": true}");
			assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
			assertThat(UserAgent.json(paused).path("paused").asBoolean()).isTrue();

			String quiet = officers.fileReport(Officers.publicReport(null, "Pegawai Jeda", "32.73", null))
				.path("complaintNumber").asString();
			await("the event").atMost(PATIENCE).until(() -> outboxRows(quiet) > 0);
			assertThat(deliveryRows(subscription, quiet)).as("nothing queued while paused").isZero();

			officers.http().exchange("PATCH", path, officers.token("OVERSIGHT"), "application/json",
					"{\"paused\": false}");
			String heard = officers.fileReport(Officers.publicReport(null, "Pegawai Lanjut", "32.73", null))
				.path("complaintNumber").asString();
			await("delivered after resuming").atMost(PATIENCE).until(() -> !receiver.about(heard).isEmpty());
			assertThat(receiver.about(quiet)).isEmpty();

			// another agency's system finds it nowhere; an administrator sees it
			assertThat(officers.http().get(path, officers.token("PPK")).statusCode()).isEqualTo(404);
			assertThat(officers.get("PPK", "/api/v1/webhooks").toString()).doesNotContain(subscription.path("id").asString());
			assertThat(officers.http().delete(path, officers.token("PPK")).statusCode()).isEqualTo(404);
			assertThat(officers.get("ADMIN", "/api/v1/webhooks").toString()).contains(subscription.path("id").asString());
			assertThat(officers.get("OVERSIGHT", path).path("secret").isMissingNode()).as("the secret is shown once").isTrue();

			// a rotated secret signs from then on
			JsonNode rotated = UserAgent.json(officers.post("OVERSIGHT", path + "/secret", ""));
			String again = officers.fileReport(Officers.publicReport(null, "Pegawai Rahasia", "32.73", null))
				.path("complaintNumber").asString();
			await("signed with the new secret").atMost(PATIENCE).until(() -> !receiver.about(again).isEmpty());
			assertThat(verified(receiver.about(again).get(0), rotated.path("secret").asString())).isTrue();
			assertThat(verified(receiver.about(again).get(0), subscription.path("secret").asString())).isFalse();

			assertThat(officers.http().delete(path, officers.token("OVERSIGHT")).statusCode()).isEqualTo(204);
			assertThat(officers.http().get(path, officers.token("OVERSIGHT")).statusCode()).isEqualTo(404);
		}
	}

	@Test
	void aPpkHearsOnlyOfItsOwnEmployersCasesAndOnlyFromTheRecommendationOn() throws Exception {
		try (Receiver ppk = new Receiver(); Receiver national = new Receiver()) {
			Officers officers = new Officers(port);
			JsonNode mine = subscribe(officers, "PPK", ppk.url(), "case.opened", "case.changed", "case.closed");
			JsonNode theirs = subscribe(officers, "TASK_FORCE", national.url(), "case.opened", "case.changed");
			String own = officers.employ(4901, "PEMDA-32", "32.73", "Pegawai Uji").get(0);
			String other = officers.employ(4911, "PEMDA-33", "33.74", "Pegawai Uji").get(0);

			String ownCase = officers.provenCase(own, "DISIPLIN-02");
			String otherCase = officers.provenCase(other, "DISIPLIN-02");
			officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + ownCase + "/recommendation", "{}");
			officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + otherCase + "/recommendation", "{}");
			String ownNumber = officers.get("TASK_FORCE", "/api/v1/cases/" + ownCase).path("complaintNumber").asString();
			String otherNumber = officers.get("TASK_FORCE", "/api/v1/cases/" + otherCase).path("complaintNumber")
				.asString();

			// the national subscriber hears of both cases from the start
			await("national").atMost(PATIENCE).until(() -> national.about(ownNumber).size() >= 4
					&& national.about(otherNumber).size() >= 4);
			// the PPK of PEMDA-32 hears of its own case once forwarded, and never of PEMDA-33's
			await("ppk").atMost(PATIENCE).until(() -> !ppk.about(ownNumber).isEmpty());
			assertThat(ppk.about(ownNumber)).allSatisfy(r -> assertThat(r.body())
				.contains("\"status\":\"AWAITING_FOLLOW_UP\"").doesNotContain("\"case.opened\""));
			assertThat(deliveryRows(mine, otherNumber)).isZero();
			assertThat(deliveryRows(mine, ownNumber)).isEqualTo(1);
			assertThat(ppk.about(otherNumber)).isEmpty();
			officers.http().delete("/api/v1/webhooks/" + mine.path("id").asString(), officers.token("PPK"));
			officers.http().delete("/api/v1/webhooks/" + theirs.path("id").asString(), officers.token("TASK_FORCE"));
		}
	}

	@Test
	void aRegionalBawasluHearsOnlyOfCasesInItsRegion() throws Exception {
		try (Receiver receiver = new Receiver()) {
			Officers officers = new Officers(port);
			String token = officers.regionalToken("BAWASLU-32", "ELECTION_SUPERVISOR");
			HttpResponse<String> created = officers.http().postJson("/api/v1/webhooks", token, """
					{"url": "%s", "events": ["case.opened"]}""".formatted(receiver.url()));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			JsonNode subscription = UserAgent.json(created);

			String outside = officers.fileReport(Officers.publicReport(null, "Pegawai Jateng", "33.74", null))
				.path("complaintNumber").asString();
			String inside = officers.fileReport(Officers.publicReport(null, "Pegawai Jabar", "32.73", null))
				.path("complaintNumber").asString();

			await("its own region's case").atMost(PATIENCE).until(() -> !receiver.about(inside).isEmpty());
			assertThat(outboxRows(outside)).as("the other region's case was opened").isPositive();
			assertThat(deliveryRows(subscription, outside)).isZero();
			assertThat(receiver.about(outside)).isEmpty();
			officers.http().delete("/api/v1/webhooks/" + subscription.path("id").asString(), token);
		}
	}

	private UserAgent signedIn(String role) {
		id.go.netra.DemoAccountRows row = id.go.netra.DemoAccountRows.of(role);
		UserAgent person = new UserAgent(port);
		assertThat(person.signIn(row.username(), row.password())).isEqualTo("/beranda");
		return person;
	}

	private long outboxRows(String complaintNumber) {
		return jdbc.sql("select count(*) from sharing_outbox where complaint_number = :n").param("n", complaintNumber)
			.query(Long.class).single();
	}

	private long deliveryRows(JsonNode subscription, String complaintNumber) {
		return jdbc.sql("""
				select count(*) from webhook_delivery d join sharing_outbox o on o.id = d.outbox_id
				where d.subscription_id = :s and o.complaint_number = :n
				""")
			.param("s", java.util.UUID.fromString(subscription.path("id").asString()))
			.param("n", complaintNumber)
			.query(Long.class).single();
	}

	private long rowsOf(CaseSnapshot snapshot) {
		return jdbc.sql("select count(*) from sharing_outbox where case_id = :id").param("id", snapshot.id())
			.query(Long.class).single();
	}

	static JsonNode subscribe(Officers officers, String role, String url, String... events) {
		String list = String.join("\", \"", events);
		HttpResponse<String> created = officers.post(role, "/api/v1/webhooks", """
				{"url": "%s", "events": ["%s"]}""".formatted(url, list));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return UserAgent.json(created);
	}

	static JsonNode deliveries(Officers officers, String role, JsonNode subscription) {
		return officers.get(role, "/api/v1/webhooks/" + subscription.path("id").asString() + "/deliveries");
	}

	static JsonNode entryFor(JsonNode log, String deliveryId) {
		for (JsonNode entry : log) {
			if (entry.path("id").asString().equals(deliveryId)) {
				return entry;
			}
		}
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	/**
	 * What the README tells a receiver to do: refuse a timestamp more than five minutes away, compute
	 * HMAC-SHA256 over "timestamp.body" with the secret, compare with the header in constant time.
	 */
	static boolean verified(Receiver.Received delivery, String secret) {
		try {
			String timestamp = delivery.header("X-Netra-Timestamp");
			if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
				return false;
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal((timestamp + "." + delivery.body()).getBytes(StandardCharsets.UTF_8));
			String sent = delivery.header("X-Netra-Signature");
			return sent.startsWith("sha256=") && MessageDigest.isEqual(expected,
					HexFormat.of().parseHex(sent.substring("sha256=".length())));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
