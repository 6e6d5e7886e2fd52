package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The confidential channel for an ASN under pressure, over HTTP: filed anonymously and named, the person who pressed
 * is the case's subject and the ASN never is, the ASN's identity (with their NIP) opens only for the task force, and
 * the presser's PPK reads neither the account nor who gave it. A candidate is named without a NIP. Employees
 * 8981-8983 at PEMDA-32.
 */
@NetraIntegrationTest
class PressureReportIntegrationTests {

	static final String ACCOUNT = "Atasan meminta saya hadir di deklarasi bakal calon dan menyukai unggahan kampanyenya,"
			+ " kalau tidak jabatan saya dipindah. Saya staf di bagian umum.";

	static List<String> nips;

	@LocalServerPort
	int port;

	Officers officers;

	@BeforeEach
	void employOnce() {
		officers = new Officers(port);
		if (nips == null) {
			nips = officers.employ(8981, "PEMDA-32", "32.73", "Atasan Penekan (sintetis)", "Staf Tertekan (sintetis)",
					"Staf Anonim (sintetis)");
		}
	}

	@Test
	void anAnonymousPressureReportMakesThePresserTheSubjectAndTheReporterFollowsItWithTheCode() {
		JsonNode filed = file(pressure("SUPERIOR", nips.get(0), "Atasan Penekan (sintetis)",
				"{\"anonymous\": true, \"nip\": \"" + nips.get(2) + "\", \"name\": \"Staf Anonim (sintetis)\"}"));
		String number = filed.path("complaintNumber").asString();

		JsonNode pressCase = officers.caseOf(number);
		assertThat(pressCase.path("source").asString()).isEqualTo("PRESSURE_REPORT");
		assertThat(pressCase.path("employee").path("nip").asString()).isEqualTo(nips.get(0));
		assertThat(pressCase.path("summary").asString()).doesNotContain("deklarasi").contains("Laporan tekanan");
		assertThat(pressCase.path("report").path("description").asString()).isEqualTo(ACCOUNT);
		assertThat(pressCase.path("report").path("named").asBoolean()).isFalse();
		assertThat(officers.reporterOf(pressCase.path("id").asString()).path("anonymous").asBoolean()).isTrue();
		assertThat(pressCase.toString()).doesNotContain(nips.get(2)).doesNotContain("Staf Anonim");

		HttpResponse<String> status = new UserAgent(port).getWith("/api/v1/public/reports/" + number,
				"X-Receipt-Code", filed.path("receiptCode").asString());
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(status).path("complaintNumber").asString()).isEqualTo(number);
	}

	@Test
	void aNamedReportersIdentityOpensForTheTaskForceOnlyAndThePressersPpkNeverReadsTheAccount() {
		JsonNode filed = file(pressure("SUPERIOR", nips.get(0), "Atasan Penekan (sintetis)", """
				{"anonymous": false, "nip": "%s", "name": "Staf Tertekan (sintetis)", "email": "staf@tekanan.uji.invalid"}"""
			.formatted(nips.get(1))));
		JsonNode pressCase = officers.caseOf(filed.path("complaintNumber").asString());
		String id = pressCase.path("id").asString();
		assertThat(pressCase.path("employee").path("nip").asString()).as("the presser, never the ASN")
			.isEqualTo(nips.get(0));
		assertThat(pressCase.path("employee").path("identityResolved").asBoolean()).as(pressCase.path("employee")
			.toString()).isTrue();
		assertThat(pressCase.path("report").path("named").asBoolean()).isTrue();
		JsonNode reporter = officers.reporterOf(id);
		assertThat(reporter.path("nip").asString()).isEqualTo(nips.get(1));
		assertThat(reporter.path("name").asString()).isEqualTo("Staf Tertekan (sintetis)");

		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		assertThat(officers.get("ELECTION_SUPERVISOR", "/api/v1/cases/" + id).path("report").path("description")
			.asString()).as("Bawaslu reviews the account").isEqualTo(ACCOUNT);
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review",
				"{\"outcome\": \"PROVEN\", \"violations\": [\"DISIPLIN-02\"]}");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");

		HttpResponse<String> asPpk = officers.http().get("/api/v1/cases/" + id, officers.token("PPK"));
		assertThat(asPpk.statusCode()).as("the presser's PPK has the case").isEqualTo(200);
		assertThat(asPpk.body()).doesNotContain(nips.get(1)).doesNotContain("Staf Tertekan")
			.doesNotContain("staf@tekanan").doesNotContain("deklarasi");
		assertThat(UserAgent.json(asPpk).path("evidence")).isEmpty();
		assertThat(officers.post("PPK", "/api/v1/cases/" + id + "/reporter-identity",
				"{\"reason\": \"ingin tahu siapa pelapornya\"}").statusCode()).isIn(403, 404);
		assertThat(officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/reporter-identity",
				"{\"reason\": \"ingin tahu siapa pelapornya\"}").statusCode()).isIn(403, 404);
	}

	@Test
	void aCandidateIsNamedWithoutANipAndTheReporterIsNeverTheSubject() {
		JsonNode candidate = file(pressure("CANDIDATE", null, "Bakal Calon Uji (sintetis)", "{\"anonymous\": true}"));
		JsonNode candidateCase = officers.caseOf(candidate.path("complaintNumber").asString());
		assertThat(candidateCase.path("employee").path("identityResolved").asBoolean()).isFalse();
		assertThat(candidateCase.path("report").path("reportedName").asString()).isEqualTo("Bakal Calon Uji (sintetis)");

		HttpResponse<String> withNip = officers.http().postJson("/api/v1/public/pressure-reports", null,
				pressure("CAMPAIGN_TEAM", nips.get(0), "Tim Uji", "{\"anonymous\": true}"));
		assertThat(withNip.statusCode()).isEqualTo(400);
		assertThat(withNip.body()).contains("bukan ASN");
		HttpResponse<String> self = new UserAgent(port).language("en").postJson("/api/v1/public/pressure-reports",
				null, pressure("SUPERIOR", nips.get(1), "Saya", """
						{"anonymous": false, "nip": "%s", "name": "Staf", "email": "s@tekanan.uji.invalid"}"""
					.formatted(nips.get(1))));
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(self.body()).contains("is your own NIP").doesNotContain("Exception");
		HttpResponse<String> page = new UserAgent(port).get("/tekanan?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("never given to the staffing authority (PPK)").contains("Your NIP");
		HttpResponse<String> empty = officers.http().postJson("/api/v1/public/pressure-reports", null, "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("pressedBy.relation").contains("pressure.description");
	}

	private JsonNode file(String json) {
		HttpResponse<String> response = officers.http().postJson("/api/v1/public/pressure-reports", null, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return UserAgent.json(response);
	}

	static String pressure(String relation, String nip, String name, String reporter) {
		return """
				{"pressedBy": {"relation": "%s", "nip": %s, "name": "%s", "employer": "Pemerintah Provinsi Jawa Barat"},
				 "pressure": {"date": "%s", "regionCode": "32.73", "description": "%s"},
				 "reporter": %s, "consent": true}"""
			.formatted(relation, nip == null ? "null" : "\"" + nip + "\"", name, LocalDate.now().minusDays(2), ACCOUNT,
					reporter);
	}
}
