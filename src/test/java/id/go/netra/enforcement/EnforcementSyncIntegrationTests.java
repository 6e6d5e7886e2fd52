package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * An agency's system syncs the blocks list and the discipline register by cursor (ADR 0043): a block placed
 * comes once, its lifting once more; a register entry once, its delivery once more; a cursor of the case list is
 * refused here, and one block is answered 304 while unchanged. The employees are synthetic.
 */
@NetraIntegrationTest
class EnforcementSyncIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aBlockComesOnceWhenPlacedAndOnceMoreWhenLifted() {
		// given a block placed after the instant the client starts from
		Officers officers = new Officers(port);
		String nip = officers.employ(7601, "PEMDA-32", "32.73", "Sinkron Blokir Uji (sintetis)").get(0);
		Instant start = Instant.now().minusSeconds(1);
		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "blocks": "SERVICES", "type": "CRUCIAL_IMPACT",
				 "reason": "Data kepegawaian dipalsukan (uji sinkronisasi)"}""".formatted(nip));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String id = UserAgent.json(placed).path("id").asString();

		// when it syncs from that instant, one at a time
		Sync first = sync(officers, "changedSince=" + encode(start.toString()));

		// then the block comes once
		assertThat(first.ids()).containsOnlyOnce(id);

		// when it is lifted and the client syncs from its last cursor: once more, lifted
		officers.act("AUDITOR", "/api/v1/blocks/" + id + "/lifting", "{\"reason\": \"Klarifikasi diterima (uji)\"}");
		Sync second = sync(officers, "cursor=" + first.next());
		assertThat(second.ids()).containsOnlyOnce(id);
		assertThat(second.items().stream().filter(b -> b.path("id").asString().equals(id)).findFirst().orElseThrow()
			.path("liftedAt").isNull()).isFalse();

		// and a cursor of the case list is not one of this list's
		String caseCursor = officers.get("AUDITOR", "/api/v1/cases?changedSince=" + encode(start.toString()))
			.path("next").asString();
		HttpResponse<String> foreign = new UserAgent(port).language("en")
			.get("/api/v1/blocks?cursor=" + caseCursor, officers.token("AUDITOR"));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(foreign).path("detail").asString()).startsWith("This cursor is not one this list");
	}

	@Test
	void aRegisterEntryComesOnceWhenEnteredAndOnceMoreWhenItsDeliveryIsRecorded() {
		// given a sanction imposed after the instant the client starts from
		Officers officers = new Officers(port);
		String nip = officers.employ(7621, "PEMDA-32", "32.73", "Sinkron Register Uji (sintetis)").get(0);
		Instant start = Instant.now().minusSeconds(1);
		String id = new Enforcer(officers).forwardedCase(nip, LocalDate.now().minusDays(5), "DISIPLIN-09", false);
		LocalDate decree = LocalDate.now().minusDays(2);
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/9-BKD/2026", "decreeDate": "%s"}""".formatted(decree));
		await("register entry").atMost(Duration.ofSeconds(10))
			.until(() -> officers.get("AUDITOR", "/api/v1/discipline?nip=" + nip).path("sanctions").asInt() == 1);
		String entry = officers.get("AUDITOR", "/api/v1/discipline?nip=" + nip).path("entries").get(0).path("id")
			.asString();

		// when the register is synced from that instant: the entry comes once
		Sync first = sync(officers, "/api/v1/discipline", "changedSince=" + encode(start.toString()));
		assertThat(first.ids()).containsOnlyOnce(entry);

		// when the PPK records the decree's delivery: once more, with the day it takes effect
		officers.act("PPK", "/api/v1/discipline/" + entry + "/delivery", "{\"deliveredOn\": \"%s\"}".formatted(decree));
		Sync second = sync(officers, "/api/v1/discipline", "cursor=" + first.next());
		assertThat(second.ids()).containsOnlyOnce(entry);
		assertThat(second.items().stream().filter(e -> e.path("id").asString().equals(entry)).findFirst().orElseThrow()
			.path("deliveredOn").asString()).isEqualTo(decree.toString());
	}

	@Test
	void oneBlockIsAnswered304WhileUnchanged() {
		// given a block and its ETag
		Officers officers = new Officers(port);
		String nip = officers.employ(7611, "PEMDA-32", "32.73", "Etag Blokir Uji (sintetis)").get(0);
		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "blocks": "DATA", "type": "CRUCIAL_IMPACT",
				 "reason": "Uji ETag"}""".formatted(nip));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String path = "/api/v1/blocks/" + UserAgent.json(placed).path("id").asString();
		String token = officers.token("AUDITOR");
		String etag = officers.http().get(path, token).headers().firstValue("ETag").orElseThrow();

		// then: 304 while unchanged, 200 with another ETag once lifted
		assertThat(officers.http().exchange("GET", path, token, null, null, "If-None-Match", etag).statusCode())
			.isEqualTo(304);
		officers.act("AUDITOR", path + "/lifting", "{\"reason\": \"Uji selesai\"}");
		HttpResponse<String> changed = officers.http().exchange("GET", path, token, null, null, "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
	}

	private record Sync(List<JsonNode> items, String next) {

		List<String> ids() {
			return items.stream().map(b -> b.path("id").asString()).toList();
		}
	}

	private static Sync sync(Officers officers, String start) {
		return sync(officers, "/api/v1/blocks", start);
	}

	private static Sync sync(Officers officers, String list, String start) {
		List<JsonNode> items = new ArrayList<>();
		String query = start;
		while (true) {
			JsonNode page = officers.get("AUDITOR", list + "?size=1&" + query);
			page.path("items").forEach(items::add);
			String next = page.path("next").asString();
			assertThat(next).isNotBlank();
			if (page.path("total").asLong() <= page.path("items").size()) {
				return new Sync(items, next);
			}
			query = "cursor=" + next;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
