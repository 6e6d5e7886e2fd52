package id.go.netra.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * SP4N-LAPOR! and Netra, against a fake LAPOR! (a local HTTP server): forwarded complaints are filed as reports
 * with their tracking number, once, a bad one refused in words while the others are filed; a report rejected as
 * not about neutrality is handed over and the reporter sees LAPOR!'s number on the status page; no hand-over of a
 * report rejected for another reason, by another role, or while LAPOR! is down. Synthetic complaints.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/lapor-${random.uuid}", "netra.lapor.token=token-uji-lapor" })
class LaporIntegrationTests {

	private static final FakeLapor LAPOR = fake();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void lapor(DynamicPropertyRegistry registry) {
		registry.add("netra.lapor.url", LAPOR::url);
	}

	@AfterAll
	static void close() {
		LAPOR.close();
	}

	@Test
	void forwardedComplaintsAreFiledOnceWithTheirTrackingNumberAndABadOneIsRefusedInWords() {
		// given: LAPOR! forwards three synthetic complaints, one without a date or a known region
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		String first = "LPR-A" + suffix;
		String second = "LPR-B" + suffix;
		String bad = "LPR-C" + suffix;
		LAPOR.forwarding("[" + complaint(first, "\"" + LocalDate.now().minusDays(2) + "\"", "32.73", "Kepala Dinas A (sintetis)")
				+ "," + complaint(second, "\"" + LocalDate.now().minusDays(1) + "\"", "32.73", "Camat B (sintetis)") + ","
				+ complaint(bad, "null", "32.73", "Lurah C (sintetis)") + "]");
		Officers officers = new Officers(port);

		// when: the task force fetches them
		JsonNode pulled = pull(officers);

		// then: two are filed as reports, the bad one is refused with the reason in words
		assertThat(pulled.path("imported").valueStream().map(i -> i.path("laporNumber").asString()))
			.containsExactlyInAnyOrder(first, second);
		assertThat(pulled.path("refused")).hasSize(1);
		assertThat(pulled.path("refused").get(0).path("laporNumber").asString()).isEqualTo(bad);
		assertThat(pulled.path("refused").get(0).path("problem").asString()).startsWith("Date of the incident: ");
		assertThat(LAPOR.tokens()).contains("Bearer token-uji-lapor");

		String number = pulled.path("imported").valueStream()
			.filter(i -> first.equals(i.path("laporNumber").asString()))
			.findFirst().orElseThrow().path("complaintNumber").asString();
		JsonNode theCase = officers.caseOf(number);
		assertThat(theCase.path("source").asString()).isEqualTo("LAPOR_COMPLAINT");
		assertThat(theCase.path("report").path("laporNumber").asString()).isEqualTo(first);
		assertThat(theCase.path("report").path("description").asString()).contains("sintetis");

		// and fetching again adds nothing
		JsonNode again = pull(officers);
		assertThat(again.path("imported")).isEmpty();
		assertThat(again.path("alreadyIn").valueStream().map(JsonNode::asString)).contains(first, second);
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases?complaintNumber=" + number).path("items")).hasSize(1);
	}

	@Test
	void aReportRejectedAsNotAboutNeutralityIsHandedOverAndTheReporterSeesTheLaporNumber() {
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(Officers.publicReport(null, "Petugas Loket (sintetis)", "32.73", null));
		String number = filed.path("complaintNumber").asString();
		String caseId = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + caseId + "/verification",
				"{\"decision\": \"REJECT\", \"reason\": \"NOT_ABOUT_NEUTRALITY\"}");
		int before = LAPOR.handedOver().size();

		HttpResponse<String> handed = officers.post("TASK_FORCE", "/api/v1/lapor/handovers/" + caseId, "");
		assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
		String laporNumber = UserAgent.json(handed).path("laporNumber").asString();
		assertThat(laporNumber).startsWith("LPR-");
		assertThat(LAPOR.handedOver()).hasSize(before + 1);
		String sent = LAPOR.handedOver().get(before);
		assertThat(sent).contains(number, "Mengunggah ajakan memilih").as("the reporter stays in Netra")
			.doesNotContain("Warga Uji", "warga@contoh.invalid", "0812-3456-7890");

		String page = statusPage(number, filed.path("receiptCode").asString());
		assertThat(page).contains("data-testid=\"handed-to-lapor\"").contains(laporNumber);
		assertThat(officers.caseOf(number).path("report").path("laporNumber").asString()).isEqualTo(laporNumber);

		// handing over again gives the same number and sends nothing
		HttpResponse<String> twice = officers.post("TASK_FORCE", "/api/v1/lapor/handovers/" + caseId, "");
		assertThat(UserAgent.json(twice).path("laporNumber").asString()).isEqualTo(laporNumber);
		assertThat(LAPOR.handedOver()).hasSize(before + 1);
	}

	@Test
	void noHandOverForAnotherReasonByAnotherRoleOrWhileLaporIsDown() {
		Officers officers = new Officers(port);
		JsonNode insufficient = officers.fileReport(Officers.publicReport(null, "Kurang Bukti (sintetis)", "32.73", null));
		String insufficientCase = officers.caseOf(insufficient.path("complaintNumber").asString()).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + insufficientCase + "/verification",
				"{\"decision\": \"REJECT\", \"reason\": \"INSUFFICIENT_EVIDENCE\"}");
		UserAgent english = new UserAgent(port).language("en");
		HttpResponse<String> refused = english.postJson("/api/v1/lapor/handovers/" + insufficientCase,
				officers.token("TASK_FORCE"), "");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Only a report rejected as not about neutrality");

		JsonNode outOfScope = officers.fileReport(Officers.publicReport(null, "Layanan KTP (sintetis)", "32.73", null));
		String caseId = officers.caseOf(outOfScope.path("complaintNumber").asString()).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + caseId + "/verification",
				"{\"decision\": \"REJECT\", \"reason\": \"NOT_ABOUT_NEUTRALITY\"}");
		assertThat(officers.post("ELECTION_SUPERVISOR", "/api/v1/lapor/handovers/" + caseId, "").statusCode())
			.isEqualTo(403);

		int before = LAPOR.handedOver().size();
		LAPOR.failing(503);
		HttpResponse<String> down = english.postJson("/api/v1/lapor/handovers/" + caseId,
				officers.token("TASK_FORCE"), "");
		assertThat(down.statusCode()).isEqualTo(502);
		assertThat(down.body()).contains("SP4N-LAPOR! refused the request").contains("nothing was changed");
		assertThat(LAPOR.handedOver()).hasSize(before);
		assertThat(statusPage(outOfScope.path("complaintNumber").asString(), outOfScope.path("receiptCode").asString()))
			.as("nothing recorded").doesNotContain("data-testid=\"handed-to-lapor\"");

		// once LAPOR! is back, the same hand-over goes through
		assertThat(officers.post("TASK_FORCE", "/api/v1/lapor/handovers/" + caseId, "").statusCode()).isEqualTo(200);
	}

	private JsonNode pull(Officers officers) {
		HttpResponse<String> pulled = new UserAgent(port).language("en").postJson("/api/v1/lapor/pull",
				officers.token("TASK_FORCE"), "");
		assertThat(pulled.statusCode()).as(pulled.body()).isEqualTo(200);
		return UserAgent.json(pulled);
	}

	private String statusPage(String number, String code) {
		HttpResponse<String> page = new UserAgent(port).submit("/lapor/status", "/lapor/status",
				Map.of("complaintNumber", number, "receiptCode", code));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}

	private static String complaint(String trackingNumber, String date, String region, String reported) {
		return """
				{"trackingNumber": "%s", "incidentDate": %s, "regionCode": "%s",
				 "content": "Aduan sintetis: ASN mengajak warga memilih calon tertentu saat apel pagi.",
				 "links": [], "reported": {"name": "%s", "employer": "Pemerintah Kota Bandung"},
				 "reporter": {"anonymous": true}, "channel": "web"}""".formatted(trackingNumber, date, region, reported);
	}

	private static FakeLapor fake() {
		try {
			return new FakeLapor();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
