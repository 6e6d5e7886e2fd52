package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * Objections against a sanction: the PPK files one on the employee's behalf, in time, and its deciding body
 * lightens the sanction, which the register then shows beside the one imposed; one filed late is recorded as
 * late and its annulment takes the sanction out of the employee's prior offences; every refusal in words.
 */
@NetraIntegrationTest
class ObjectionIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@LocalServerPort
	int port;

	@Test
	void anObjectionInTimeIsDecidedAndTheChangedSanctionIsWhatTheRegisterShows() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8961, "PEMDA-32", "32.73", "Keberatan Satu (sintetis)").get(0);
		String id = sanctioned(officers, nip, TODAY.minusDays(10));
		String path = "/api/v1/cases/" + id + "/objections";

		HttpResponse<String> empty = officers.post("PPK", path, "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("\"filedOn\"", "\"grounds\"", "Wajib diisi");
		HttpResponse<String> wrongBody = officers.post("PPK", path, filing(TODAY.minusDays(1), "BPASN"));
		assertThat(wrongBody.statusCode()).isEqualTo(400);
		assertThat(wrongBody.body()).contains("diajukan kepada atasan pejabat yang berwenang menghukum");
		assertThat(officers.post("ELECTION_SUPERVISOR", path, filing(TODAY.minusDays(1), null)).statusCode())
			.isEqualTo(403);
		assertThat(officers.post("PPK", path, filing(TODAY.plusDays(1), null)).body())
			.contains("tidak boleh di masa depan");
		assertThat(officers.get("PPK", path)).isEmpty();

		HttpResponse<String> filed = officers.post("PPK", path, filing(TODAY.minusDays(1), "superior"));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode objection = UserAgent.json(filed);
		assertThat(objection.path("route").asString()).isEqualTo("SUPERIOR");
		assertThat(objection.path("inTime").asBoolean()).isTrue();
		assertThat(objection.path("legalBasis").asString()).contains("PP 94/2021");
		assertThat(LocalDate.parse(objection.path("decisionDueOn").asString()))
			.isAfter(TODAY.plusDays(21)).isBefore(TODAY.plusDays(45));
		assertThat(officers.post("PPK", path, filing(TODAY, null)).statusCode()).isEqualTo(409);

		String decision = "/api/v1/objections/" + objection.path("id").asString() + "/decision";
		String etagBefore = officers.http().get("/api/v1/discipline/" + objection.path("entryId").asString(),
				officers.token("PPK")).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> noSanction = officers.post("PPK", decision, """
				{"outcome": "CHANGED", "decreeNumber": "800/K-1/2026", "decreeDate": "%s"}""".formatted(TODAY));
		assertThat(noSanction.statusCode()).isEqualTo(400);
		assertThat(noSanction.body()).contains("Sebutkan hukuman disiplin penggantinya");
		assertThat(UserAgent.json(officers.post("PPK", decision, "{}")).path("errors").toString())
			.contains("outcome", "decreeNumber", "decreeDate");
		JsonNode decided = officers.act("PPK", decision, """
				{"outcome": "CHANGED", "decreeNumber": "800/K-1/2026", "decreeDate": "%s", "sanction": "ringan-tertulis"}"""
			.formatted(TODAY));
		assertThat(decided.path("outcome").asString()).isEqualTo("CHANGED");
		assertThat(decided.path("changedTo").asString()).isEqualTo("RINGAN-TERTULIS");
		assertThat(officers.post("PPK", decision, """
				{"outcome": "ANNULLED", "decreeNumber": "800/K-2/2026", "decreeDate": "%s"}""".formatted(TODAY))
			.statusCode()).isEqualTo(409);

		JsonNode entry = entry(officers, nip);
		assertThat(entry.path("standing").asString()).isEqualTo("CHANGED");
		assertThat(officers.http().exchange("GET", "/api/v1/discipline/" + entry.path("id").asString(),
				officers.token("PPK"), null, null, "If-None-Match", etagBefore).statusCode())
			.as("the decision changed the entry, so its ETag").isEqualTo(200);
		assertThat(entry.path("sanctionCode").asString()).isEqualTo("RINGAN-TERTULIS");
		assertThat(entry.path("sanctionLevel").asString()).isEqualTo("LIGHT");
		assertThat(entry.path("originalSanctionCode").asString()).isEqualTo("SEDANG-TPP-12");
		assertThat(entry.path("endsOn").isNull()).isTrue();
		HttpResponse<String> again = officers.post("PPK", path, filing(TODAY, null));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("sudah diubah atau dibatalkan");
	}

	@Test
	void aLateObjectionIsRecordedAsLateAndAnAnnulledSanctionNoLongerCountsAsAPriorOffence() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8962, "PEMDA-32", "32.73", "Keberatan Dua (sintetis)").get(0);
		String id = sanctioned(officers, nip, TODAY.minusDays(70));
		HttpResponse<String> filed = officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/objections",
				filing(TODAY, null));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode late = UserAgent.json(filed);
		assertThat(late.path("inTime").asBoolean()).isFalse();
		assertThat(LocalDate.parse(late.path("fileBy").asString())).isBefore(TODAY);
		assertThat(new UserAgent(port).language("en")
			.postJson("/api/v1/cases/" + id + "/objections", officers.token("PPK"), filing(TODAY, null)).body())
			.contains("An objection against this sanction is awaiting its decision.");
		// another employer's PPK does not see it, nor can decide it
		String decision = "/api/v1/objections/" + late.path("id").asString() + "/decision";
		assertThat(officers.http().postJson(decision, officers.regionalToken("PEMDA-33", "PPK"), """
				{"outcome": "ANNULLED", "decreeNumber": "800/K-3/2026", "decreeDate": "%s"}""".formatted(TODAY))
			.statusCode()).isEqualTo(404);

		officers.act("CIVIL_SERVICE_AGENCY", decision, """
				{"outcome": "ANNULLED", "decreeNumber": "800/K-3/2026", "decreeDate": "%s"}""".formatted(TODAY));
		JsonNode history = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip);
		assertThat(history.path("entries").get(0).path("standing").asString()).isEqualTo("ANNULLED");
		assertThat(history.path("entries").get(0).path("sanctionCode").asString()).isEqualTo("SEDANG-TPP-12");
		assertThat(officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/objections").get(0)
			.path("outcome").asString()).isEqualTo("ANNULLED");

		// a later case against the same employee: the annulled sanction is no prior offence
		String next = sanctioned(officers, nip, TODAY.minusDays(1));
		JsonNode entries = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip).path("entries");
		JsonNode newest = entries.valueStream()
			.filter(e -> e.path("caseId").asString().equals(next))
			.findFirst()
			.orElseThrow();
		assertThat(newest.path("repeatOffence").asBoolean()).isFalse();
	}

	/** A case against the employee forwarded and sanctioned SEDANG-TPP-12 by a decree of that day; its id. */
	private static String sanctioned(Officers officers, String nip, LocalDate decree) {
		String id = new Enforcer(officers).forwardedCase(nip, TODAY.minusDays(5), "DISIPLIN-09", false);
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/%s-BKD/2026", "decreeDate": "%s"}"""
			.formatted(id.substring(0, 6), decree));
		// enforcement enters the sanction in the register after the follow-up's commit
		await("the sanction in the register").atMost(Duration.ofSeconds(20))
			.until(() -> officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip).path("entries")
				.valueStream()
				.anyMatch(e -> e.path("caseId").asString().equals(id)));
		return id;
	}

	private static JsonNode entry(Officers officers, String nip) {
		return officers.get("PPK", "/api/v1/discipline?nip=" + nip).path("entries").get(0);
	}

	private static String filing(LocalDate filedOn, String body) {
		return """
				{"filedOn": "%s", "grounds": "Pegawai tidak hadir sebagai pendukung; foto diambil dalam acara dinas.",
				 "body": %s}""".formatted(filedOn, body == null ? "null" : "\"" + body + "\"");
	}
}
