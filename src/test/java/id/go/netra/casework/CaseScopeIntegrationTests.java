package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/** Who sees which case and may do what, enforced on the server; duplicates, withdrawals and separations. */
@NetraIntegrationTest
class CaseScopeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachAgencySeesOnlyTheCasesInItsScopeAndAnythingElseIsAsIfItDidNotExist() {
		Officers officers = new Officers(port);
		String inJabar = officers.employ(6201, "PEMDA-32", "32.73", "Jabar Uji (sintetis)").get(0);
		String inJateng = officers.employ(6202, "PEMDA-33", "33.74", "Jateng Uji (sintetis)").get(0);
		String jabar = officers.caseOf(officers.fileReport(Officers.publicReport(inJabar, "A", "32.73", null))
			.path("complaintNumber").asString()).path("id").asString();
		JsonNode jatengCase = officers.caseOf(officers.fileReport(Officers.publicReport(inJateng, "B", "33.74", null))
			.path("complaintNumber").asString());
		String jateng = jatengCase.path("id").asString();

		// the PPK of West Java never sees Central Java's case, even once BKN forwards it to Central Java's PPK
		officers.act("TASK_FORCE", "/api/v1/cases/" + jateng + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + jateng + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + jateng + "/recommendation", "{}");
		assertThat(ids(officers.get("PPK", "/api/v1/cases?size=200"))).doesNotContain(jateng);
		assertThat(officers.http().get("/api/v1/cases/" + jateng, officers.token("PPK")).statusCode()).isEqualTo(404);

		// a provincial Bawaslu sees its province only, and acting outside it answers 404 too
		String bawasluJabar = officers.regionalToken("BAWASLU-32", "ELECTION_SUPERVISOR");
		assertThat(ids(UserAgent.json(officers.http().get("/api/v1/cases?size=200", bawasluJabar))))
			.contains(jabar).doesNotContain(jateng);
		assertThat(officers.http().postJson("/api/v1/cases/" + jateng + "/review", bawasluJabar, """
				{"outcome": "NOT_PROVEN"}""").statusCode()).isEqualTo(404);

		// the reporter's contact is for the task force's verifiers only
		assertThat(jatengCase.path("report").path("named").asBoolean()).isTrue();
		assertThat(officers.reporterOf(jateng).path("phone").asString()).isEqualTo("0812-3456-7890");
		JsonNode asBawaslu = officers.get("ELECTION_SUPERVISOR", "/api/v1/cases/" + jateng);
		assertThat(asBawaslu.path("report").path("named").isNull()).isTrue();
		assertThat(asBawaslu.toString()).doesNotContain("warga@contoh.invalid").doesNotContain("0812-3456-7890");
		assertThat(officers.post("ELECTION_SUPERVISOR", "/api/v1/cases/" + jateng + "/reporter-identity",
				"{\"reason\": \"ingin tahu siapa pelapornya\"}").statusCode()).isEqualTo(403);
		assertThat(officers.http().postJson("/api/v1/cases/" + jateng + "/reporter-identity", bawasluJabar,
				"{\"reason\": \"ingin tahu siapa pelapornya\"}").statusCode()).isEqualTo(404);

		// a role acting outside its part is refused and the refusal is audited; the wrong stage is a conflict
		HttpResponse<String> bawasluVerifies = officers.post("ELECTION_SUPERVISOR", "/api/v1/cases/" + jabar + "/verification", """
				{"decision": "FORWARD"}""");
		assertThat(bawasluVerifies.statusCode()).isEqualTo(403);
		String number = officers.get("TASK_FORCE", "/api/v1/cases/" + jabar).path("complaintNumber").asString();
		assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED' and target = :number")
			.param("number", number).query(Long.class).single()).isEqualTo(1);
		HttpResponse<String> tooEarly = officers.post("ELECTION_SUPERVISOR", "/api/v1/cases/" + jabar + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-01"]}""");
		assertThat(tooEarly.statusCode()).isEqualTo(409);
		assertThat(UserAgent.json(tooEarly).path("detail").asString()).contains("RECEIVED");
	}

	@Test
	void aSecondReportOfTheSameActIsSuggestedAsDuplicateAndMergedIntoTheFirst() {
		Officers officers = new Officers(port);
		String nip = officers.employ(6301, "PEMDA-32", "32.73", "Ganda Uji (sintetis)").get(0);
		String first = officers.caseOf(officers.fileReport(Officers.publicReport(nip, "Ganda", "32.73", null))
			.path("complaintNumber").asString()).path("id").asString();
		JsonNode second = officers.caseOf(officers.fileReport(Officers.publicReport(nip, "Ganda", "32.73", null))
			.path("complaintNumber").asString());

		assertThat(second.path("possibleDuplicates").valueStream().map(d -> d.path("id").asString()).toList())
			.containsExactly(first);
		JsonNode merged = officers.act("TASK_FORCE", "/api/v1/cases/" + second.path("id").asString() + "/merge", """
				{"into": "%s", "note": "Kejadian yang sama"}""".formatted(first));
		assertThat(merged.path("status").asString()).isEqualTo("REJECTED");
		assertThat(merged.path("closingReason").asString()).isEqualTo("DUPLICATE");
		assertThat(merged.path("duplicateOf").asString()).isEqualTo(first);
		JsonNode primary = officers.get("TASK_FORCE", "/api/v1/cases/" + first);
		assertThat(primary.path("history").valueStream().map(h -> h.path("transition").asString()).toList())
			.contains("DUPLICATE_MERGED");
		assertThat(primary.path("possibleDuplicates")).isEmpty();
	}

	@Test
	void openCasesAreWithdrawnWithAReasonAndSeparatedOnlyWhenTheEmployeeHasLeft() {
		Officers officers = new Officers(port);
		String nip = officers.employ(6401, "PEMDA-32", "32.73", "Aktif Uji (sintetis)").get(0);
		String id = officers.caseOf(officers.fileReport(Officers.publicReport(nip, "Aktif", "32.73", null))
			.path("complaintNumber").asString()).path("id").asString();

		HttpResponse<String> noReason = officers.post("TASK_FORCE", "/api/v1/cases/" + id + "/cancellation", "{}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(noReason).path("errors").get(0).path("field").asString()).isEqualTo("note");

		HttpResponse<String> stillActive = officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/separation", """
				{"note": "Sudah pensiun"}""");
		assertThat(stillActive.statusCode()).isEqualTo(409);
		assertThat(UserAgent.json(stillActive).path("detail").asString()).contains(nip).contains("masih aktif");

		JsonNode cancelled = officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/cancellation", """
				{"note": "Pelapor mencabut laporan"}""");
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.path("closingNote").asString()).isEqualTo("Pelapor mencabut laporan");
		assertThat(officers.post("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "FORWARD"}""").statusCode()).isEqualTo(409);
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}
}
