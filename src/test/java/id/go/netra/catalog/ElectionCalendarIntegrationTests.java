package id.go.netra.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditQuery;
import id.go.netra.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

/**
 * Administrators keep the election calendar over the API and on the page. The elections added here lie in the
 * 2040s, so no other test's cases fall into their phases.
 */
@NetraIntegrationTest
class ElectionCalendarIntegrationTests {

	private static final String PILKADA_2041 = """
			{"name": "Pilkada Serentak 2041", "nameEn": "2041 Regional Elections", "kind": "REGIONAL",
			 "votingDate": "2041-11-27", "candidateDeterminationDate": "2041-09-22",
			 "legalBasis": "PKPU uji",
			 "phases": [
			   {"code": "CAMPAIGN", "start": "2041-09-25", "end": "2041-11-23"},
			   {"code": "QUIET_PERIOD", "start": "2041-11-24", "end": "2041-11-26"},
			   {"code": "VOTING", "start": "2041-11-27", "end": "2041-11-27"}]}
			""";

	@LocalServerPort
	int port;

	@Autowired
	ElectionCalendar elections;

	@Autowired
	AuditTrail audit;

	@Test
	void anAdministratorsSystemAddsAnElectionWhosePhasesPlaceLaterDatesAtOnce() {
		String token = token("ADMIN");

		HttpResponse<String> added = new UserAgent(port).postJson("/api/v1/catalog/elections", token, PILKADA_2041);

		assertThat(added.statusCode()).isEqualTo(201);
		String code = UserAgent.json(added).path("code").asString();
		assertThat(code).startsWith("PILKADA-2041");
		assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/catalog/elections/" + code);
		Election election = elections.election(code).orElseThrow();
		assertThat(election.phaseOn(LocalDate.of(2041, 10, 1))).hasValueSatisfying(phase -> {
			assertThat(phase.code()).isEqualTo("CAMPAIGN");
			assertThat(phase.name()).isEqualTo("Masa kampanye");
			assertThat(phase.nameEn()).isEqualTo("Campaign period");
		});
		JsonNode read = UserAgent.json(new UserAgent(port).get("/api/v1/catalog/elections/" + code));
		assertThat(read.path("candidateDeterminationDate").asString()).isEqualTo("2041-09-22");
		assertThat(audited("CATALOG_ELECTION_ADDED", code)).isNotEmpty();
		JsonNode timeline = UserAgent.json(new UserAgent(port).get(
				"/api/v1/statistics/elections/" + code + "/timeline", token("TASK_FORCE")));
		assertThat(timeline.path("phases").valueStream().map(phase -> phase.path("name").asString()))
			.containsExactly("Masa kampanye", "Masa tenang", "Pemungutan suara");

		HttpResponse<String> edited = send("PUT", "/api/v1/catalog/elections/" + code, token,
				PILKADA_2041.replace("2041-11-23", "2041-11-20").replace("2041-11-24", "2041-11-21"));

		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(elections.election(code).orElseThrow().phaseOn(LocalDate.of(2041, 11, 22)))
			.hasValueSatisfying(phase -> assertThat(phase.code()).isEqualTo("QUIET_PERIOD"));
		assertThat(audited("CATALOG_ELECTION_UPDATED", code))
			.anySatisfy(detail -> assertThat(detail).contains("2041-11-20"));
	}

	@Test
	void aRefusedElectionNamesEachWrongFieldInTheCallersLanguageAndSavesNothing() {
		int before = elections.elections().size();
		String wrong = PILKADA_2041.replace("\"Pilkada Serentak 2041\"", "\" \"")
			.replace("\"2041-11-24\", \"end\": \"2041-11-26\"", "\"2041-11-26\", \"end\": \"2041-11-24\"")
			.replace("\"VOTING\", \"start\": \"2041-11-27\"", "\"VOTING\", \"start\": \"2041-11-20\"");

		HttpResponse<String> refused = new UserAgent(port).language("en")
			.postJson("/api/v1/catalog/elections", token("ADMIN"), wrong);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		Map<String, String> errors = new HashMap<>();
		UserAgent.json(refused).path("errors")
			.forEach(error -> errors.put(error.path("field").asString(), error.path("message").asString()));
		assertThat(errors).containsEntry("name", "Required.")
			.containsEntry("phases.QUIET_PERIOD.end", "The end date must not be before the start date.")
			.containsEntry("phases.VOTING.start", "This phase overlaps the phase \"Campaign period\".");
		assertThat(elections.elections()).hasSize(before);
	}

	@Test
	void onlyAnAdministratorMayAddOrEditAnElection() {
		int before = elections.elections().size();
		String taskForce = token("TASK_FORCE");

		assertThat(new UserAgent(port).postJson("/api/v1/catalog/elections", taskForce, PILKADA_2041).statusCode())
			.isEqualTo(403);
		assertThat(send("PUT", "/api/v1/catalog/elections/PEMILU-2024", taskForce, PILKADA_2041).statusCode())
			.isEqualTo(403);
		assertThat(new UserAgent(port).postJson("/api/v1/catalog/elections", null, PILKADA_2041).statusCode())
			.isEqualTo(401);
		UserAgent officer = signedIn("TASK_FORCE");
		assertThat(officer.get("/admin/pemilihan").statusCode()).isEqualTo(403);
		assertThat(elections.elections()).hasSize(before);
		assertThat(elections.election("PEMILU-2024").orElseThrow().votingDate()).isEqualTo(LocalDate.of(2024, 2, 14));
	}

	@Test
	void anAdministratorAddsAGeneralElectionOnThePage() {
		UserAgent admin = signedIn("ADMIN");
		Map<String, String> form = pemilu2044("Pemilihan Umum 2044");

		HttpResponse<String> saved = admin.submit("/admin/pemilihan", "/admin/pemilihan", form);

		assertThat(saved.statusCode()).isEqualTo(302);
		String page = UserAgent.location(saved);
		assertThat(page).startsWith("/admin/pemilihan/PEMILU-2044");
		String code = page.substring("/admin/pemilihan/".length());
		assertThat(admin.get(page).body()).contains("Perubahan disimpan.").contains("Pemilihan Umum 2044")
			.contains("value=\"2044-02-14\"");
		assertThat(elections.election(code).orElseThrow().phaseOn(LocalDate.of(2044, 2, 12)))
			.hasValueSatisfying(phase -> assertThat(phase.code()).isEqualTo("QUIET_PERIOD"));
		assertThat(admin.get("/admin/pemilihan").body()).contains(code);
	}

	@Test
	void aRefusedFormComesBackAsTypedWithTheWrongFieldsMarkedInEnglish() {
		UserAgent admin = signedIn("ADMIN");
		admin.get("/admin/pemilihan?lang=en");
		int before = elections.elections().size();
		Map<String, String> form = pemilu2044("");
		form.put("phases.CAMPAIGN.end", "2043-11-01");

		HttpResponse<String> refused = admin.submit("/admin/pemilihan", "/admin/pemilihan", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("The election was not saved. Correct the marked fields.")
			.contains("The end date must not be before the start date.")
			.contains("Required.")
			.contains("value=\"2043-11-01\"")
			.contains("value=\"2044-02-14\"")
			.contains("id=\"name\" name=\"name\"")
			.doesNotContain("catalog.election.")
			.containsPattern("id=\"end-CAMPAIGN\"[^>]*is-invalid|is-invalid[^>]*id=\"end-CAMPAIGN\"");
		assertThat(elections.elections()).hasSize(before);
	}

	private static Map<String, String> pemilu2044(String name) {
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("nameEn", "");
		form.put("kind", "GENERAL");
		form.put("votingDate", "2044-02-14");
		form.put("candidateDeterminationDate", "");
		form.put("legalBasis", "");
		form.put("phases.CAMPAIGN.start", "2043-11-28");
		form.put("phases.CAMPAIGN.end", "2044-02-10");
		form.put("phases.QUIET_PERIOD.start", "2044-02-11");
		form.put("phases.QUIET_PERIOD.end", "2044-02-13");
		form.put("phases.VOTING.start", "2044-02-14");
		form.put("phases.VOTING.end", "2044-02-14");
		form.put("phases.RECAPITULATION.start", "");
		form.put("phases.RECAPITULATION.end", "");
		return form;
	}

	private List<String> audited(String action, String code) {
		return audit.search(new AuditQuery(null, action, null, null, null, null, 0, 20))
			.items()
			.stream()
			.filter(entry -> entry.target().equals(code))
			.map(entry -> entry.detail())
			.toList();
	}

	private String token(String role) {
		DemoAccountRows row = DemoAccountRows.of(role);
		return new UserAgent(port).accessToken(row.clientId(), row.clientSecret());
	}

	private UserAgent signedIn(String role) {
		UserAgent agent = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of(role);
		agent.signIn(row.username(), row.password());
		return agent;
	}

	private HttpResponse<String> send(String method, String path, String bearer, String json) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", "Bearer " + bearer)
					.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
