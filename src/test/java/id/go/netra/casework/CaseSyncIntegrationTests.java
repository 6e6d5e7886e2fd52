package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.client.ApiClient;
import id.go.netra.client.ApiException;
import id.go.netra.client.ApiResponse;
import id.go.netra.client.api.CasesApi;
import id.go.netra.client.model.CaseDetail;
import id.go.netra.client.model.Line;
import id.go.netra.client.model.PageLine;

/**
 * An agency's system syncs the case list incrementally with the Java client generated at build time from the
 * committed OpenAPI document (ADR 0043): it pages through the changes with the cursor, receives a changed case
 * exactly once, is never left behind by a change that commits late, and gets 304 for a case it already holds.
 * The reports are synthetic.
 */
@NetraIntegrationTest
class CaseSyncIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theGeneratedClientPagesThroughTheChangesAndThenReceivesExactlyTheCaseThatChangedOnce() throws Exception {
		// given five new cases, filed after the instant the client starts from
		Officers officers = new Officers(port);
		Instant start = Instant.now().minusSeconds(1);
		List<UUID> filed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			filed.add(fileCase(officers, "Sinkron Uji " + i));
		}
		CasesApi taskForce = client(officers.token("TASK_FORCE"));

		// when it syncs from that instant two at a time, following next
		Sync first = sync(cursor -> list(taskForce, cursor == null ? start.toString() : null, cursor, 2));

		// then it receives each new case exactly once, over several pages
		assertThat(first.ids()).doesNotHaveDuplicates().containsAll(filed);
		assertThat(first.pages()).isGreaterThanOrEqualTo(3);

		// when one case changes and it syncs again from the last cursor
		UUID changed = filed.get(2);
		officers.act("TASK_FORCE", "/api/v1/cases/" + changed + "/assignment", "{}");
		Sync second = sync(cursor -> list(taskForce, null, cursor == null ? first.next() : cursor, 2));

		// then it receives that case once, as it stands now, and none of the others
		assertThat(second.ids()).containsOnlyOnce(changed).doesNotContainAnyElementsOf(without(filed, changed));
		assertThat(second.lines().stream().filter(line -> line.getId().equals(changed)).findFirst().orElseThrow()
			.getAssignee()).isNotNull();
	}

	@Test
	void aChangeThatCommitsAfterALaterOneIsStillReceivedAfterTheCursorHasMovedPastTheLaterOne() throws Exception {
		// given two cases the client has synced
		Officers officers = new Officers(port);
		Instant start = Instant.now().minusSeconds(1);
		UUID slow = fileCase(officers, "Lambat Uji");
		UUID quick = fileCase(officers, "Cepat Uji");
		CasesApi taskForce = client(officers.token("TASK_FORCE"));
		Sync synced = sync(cursor -> list(taskForce, cursor == null ? start.toString() : null, cursor, 50));
		assertThat(synced.ids()).contains(slow, quick);

		// when a save of one case is still in flight while the other changes, commits and is synced
		TransactionTemplate inFlight = new TransactionTemplate(transactions);
		Sync meanwhile = inFlight.execute(status -> {
			// the same columns a save sets (CaseRows.update), held uncommitted
			jdbc.sql("update case_file set summary = summary, version = version + 1, change_seq = null,"
					+ " changed_at = current_timestamp where id = :id").param("id", slow).update();
			officers.act("TASK_FORCE", "/api/v1/cases/" + quick + "/assignment", "{}");
			return sync(cursor -> list(taskForce, null, cursor == null ? synced.next() : cursor, 50));
		});
		assertThat(meanwhile.ids()).contains(quick).doesNotContain(slow);

		// then, once the slow save has committed, the next sync from the cursor past the quick one receives it
		Sync after = sync(cursor -> list(taskForce, null, cursor == null ? meanwhile.next() : cursor, 50));
		assertThat(after.ids()).containsOnlyOnce(slow).doesNotContain(quick);
	}

	@Test
	void aCaseTheClientHoldsIsAnswered304UntilItChanges() throws Exception {
		// given a case and its ETag
		Officers officers = new Officers(port);
		UUID id = fileCase(officers, "Etag Uji");
		CasesApi taskForce = client(officers.token("TASK_FORCE"));
		ApiResponse<CaseDetail> first = taskForce.caseOneWithHttpInfo(id);
		String etag = first.getHeaders().get("etag").get(0);
		assertThat(etag).matches("\"\\d+-[0-9a-f]{24}\"");

		// when asked again with If-None-Match: 304, without a body
		assertThatThrownBy(() -> taskForce.caseOne(id, Map.of("If-None-Match", etag)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(304));

		// when the case changes: the answer again, with another ETag
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/assignment", "{}");
		ApiResponse<CaseDetail> changed = taskForce.caseOneWithHttpInfo(id, Map.of("If-None-Match", etag));
		assertThat(changed.getStatusCode()).isEqualTo(200);
		assertThat(changed.getHeaders().get("etag").get(0)).isNotEqualTo(etag);
		assertThat(changed.getData().getAssignment()).isNotNull();

		// when it acts on the case with the old ETag in If-Match: 412 in words, and nothing changes
		String token = officers.token("TASK_FORCE");
		HttpResponse<String> stale = officers.http().language("en").exchange("DELETE",
				"/api/v1/cases/" + id + "/assignment", token, null, null, "If-Match", etag);
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
		assertThat(UserAgent.json(stale).path("detail").asString()).startsWith("This was changed since the version");
		assertThat(taskForce.caseOne(id).getAssignment()).isNotNull();

		// and with the current one it acts
		String current = changed.getHeaders().get("etag").get(0);
		HttpResponse<String> released = officers.http().exchange("DELETE", "/api/v1/cases/" + id + "/assignment",
				token, null, null, "If-Match", current);
		assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
		assertThat(taskForce.caseOne(id).getAssignment()).isNull();
	}

	@Test
	void aPpkSyncsNoCaseBeforeTheRecommendationAndABadInstantOrCursorIsRefusedInTheCallersLanguage() {
		// given a new case that BKN has not recommended on
		Officers officers = new Officers(port);
		Instant start = Instant.now().minusSeconds(1);
		UUID id = fileCase(officers, "Belum Rekomendasi Uji");
		UserAgent http = officers.http();

		// when the employer's PPK syncs from before it: the case is not among its changes
		HttpResponse<String> ppk = http.get("/api/v1/cases?changedSince=" + encode(start.toString()) + "&size=200",
				officers.token("PPK"));
		assertThat(ppk.statusCode()).isEqualTo(200);
		assertThat(ppk.body()).doesNotContain(id.toString()).contains("\"next\"");

		// when the instant is not one, or the cursor not this list's, or both are sent: 400 in words
		String token = officers.token("TASK_FORCE");
		HttpResponse<String> notAnInstant = new UserAgent(port).language("en").get("/api/v1/cases?changedSince=yesterday", token);
		assertThat(notAnInstant.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(notAnInstant).path("detail").asString())
			.contains("\"yesterday\" is not an ISO-8601 instant");
		HttpResponse<String> forged = new UserAgent(port).language("id").get("/api/v1/cases?cursor=Zm9v", token);
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(forged).path("detail").asString()).startsWith("Cursor ini tidak dikenal");
		HttpResponse<String> both = new UserAgent(port).language("en")
			.get("/api/v1/cases?changedSince=2026-01-01T00:00:00Z&cursor=Zm9v", token);
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(both).path("detail").asString()).contains("not both");
	}

	private record Sync(List<Line> lines, String next, int pages) {

		List<UUID> ids() {
			return lines.stream().map(Line::getId).toList();
		}
	}

	@FunctionalInterface
	private interface Call {

		ApiResponse<PageLine> page(String cursor) throws ApiException;
	}

	/** Follows next until a page holds all the changes it counts; checks the Link header says the same. */
	private static Sync sync(Call call) {
		List<Line> lines = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		while (true) {
			ApiResponse<PageLine> response;
			try {
				response = call.page(cursor);
			}
			catch (ApiException e) {
				throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
			}
			PageLine page = response.getData();
			pages++;
			lines.addAll(page.getItems());
			assertThat(page.getNext()).isNotBlank();
			assertThat(response.getHeaders().get("link").get(0)).contains("cursor=" + page.getNext())
				.endsWith("rel=\"next\"");
			cursor = page.getNext();
			if (page.getTotal() <= page.getItems().size()) {
				return new Sync(lines, cursor, pages);
			}
		}
	}

	private static ApiResponse<PageLine> list(CasesApi api, String changedSince, String cursor, int size)
			throws ApiException {
		return api.caseListWithHttpInfo(null, null, null, null, null, null, null, null, changedSince, cursor, null,
				size);
	}

	private CasesApi client(String bearer) {
		ApiClient client = new ApiClient();
		client.setHost("localhost");
		client.setPort(port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
		return new CasesApi(client);
	}

	private static UUID fileCase(Officers officers, String name) {
		String number = officers.fileReport(Officers.publicReport(null, name + " (sintetis)", "32.73", null))
			.path("complaintNumber")
			.asString();
		return UUID.fromString(officers.caseOf(number).path("id").asString());
	}

	private static List<UUID> without(List<UUID> ids, UUID left) {
		return ids.stream().filter(id -> !id.equals(left)).toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
