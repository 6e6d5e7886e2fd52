package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * The employer of the accused is the last to know, as the joint decree intends: West Java's PPK finds a case of
 * its own employee nowhere (API, queue, case and home pages, dashboard export, map, notices) while the task force
 * verifies it, Bawaslu reviews it and BKN has it proven, and everywhere once BKN forwards the recommendation;
 * the questions and answers exchanged with the reporter never.
 */
@NetraIntegrationTest
class PpkVisibilityIntegrationTests {

	/** A day of the Pemilu 2024 campaign on which no other test files an act. */
	static final LocalDate ACT_DAY = LocalDate.of(2024, 1, 23);

	static final String QUESTION = "Di akun mana unggahan itu dibuat?";

	static final String ANSWER = "Akun pribadinya, pukul 19.00 (sintetis).";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePpkFindsTheCaseOnlyOnceBknForwardsTheRecommendationAndNeverTheConversationWithTheReporter() {
		// given: a citizen reports an employee of West Java; the task force asks, the reporter answers
		Officers officers = new Officers(port);
		UserAgent ppk = signedIn("PPK");
		Before before = new Before(westJava(officers, "PPK"), CasePagesIntegrationTests.openCount(ppk.get("/beranda").body()));
		String nip = officers.employ(6601, "PEMDA-32", "32.73", "Terakhir Tahu (sintetis)").get(0);
		JsonNode filed = officers.fileReport(Officers.publicReport(nip, "Terakhir Tahu", "32.73", null)
			.replace("\"date\": \"" + LocalDate.now().minusDays(3) + "\"", "\"date\": \"" + ACT_DAY + "\""));
		String number = filed.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/questions", """
				{"question": "%s"}""".formatted(QUESTION));
		HttpResponse<String> answered = officers.http().postJson("/api/v1/public/reports/" + number + "/messages",
				null, """
						{"body": "%s", "links": []}""".formatted(ANSWER), "X-Receipt-Code",
				filed.path("receiptCode").asString());
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

		// while the task force verifies, the PPK finds it nowhere, though the task force was told; its queue says why
		assertThat(ppk.get("/kasus").body()).contains("sejak BKN meneruskan rekomendasi sanksinya");
		assertThat(signedIn("TASK_FORCE").get("/kasus").body()).doesNotContain("data-testid=\"employer-only\"");
		awaitStage(officers, id, number, "RECEIVED", "TASK_FORCE");
		assertHiddenFromThePpk(officers, ppk, id, number, before);

		// nor while Bawaslu reviews it
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		awaitStage(officers, id, number, "IN_REVIEW", "ELECTION_SUPERVISOR");
		assertHiddenFromThePpk(officers, ppk, id, number, before);

		// nor once it is proven and waits for BKN
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"], "criminal": true}""");
		awaitStage(officers, id, number, "PROVEN", "CIVIL_SERVICE_AGENCY");
		assertHiddenFromThePpk(officers, ppk, id, number, before);

		// when: BKN forwards the recommendation
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");

		// then: the PPK is told and finds it everywhere
		awaitStage(officers, id, number, "AWAITING_FOLLOW_UP", "PPK");
		JsonNode asPpk = officers.get("PPK", "/api/v1/cases/" + id);
		assertThat(asPpk.path("status").asString()).isEqualTo("AWAITING_FOLLOW_UP");
		assertThat(ids(officers.get("PPK", "/api/v1/cases?complaintNumber=" + number))).containsExactly(id);
		assertThat(ppk.get("/kasus?number=" + number).body()).contains("/kasus/" + id);
		assertThat(casesOnActDay(officers, "PPK")).isEqualTo(1);
		assertThat(westJava(officers, "PPK")).isEqualTo(before.westJava() + 1);
		assertThat(CasePagesIntegrationTests.openCount(ppk.get("/beranda").body())).isEqualTo(before.openCases() + 1);

		// but never the questions and answers with the reporter, which the task force still sees
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("messages")).hasSize(2);
		assertThat(asPpk.path("messages").isNull()).isTrue();
		assertThat(asPpk.toString()).doesNotContain(QUESTION).doesNotContain(ANSWER);
		// nor whether the report was named, nor who filed it
		assertThat(asPpk.path("report").path("named").isNull()).isTrue();
		assertThat(asPpk.toString()).doesNotContain("warga@contoh.invalid").doesNotContain("Warga Uji");
		assertThat(officers.post("PPK", "/api/v1/cases/" + id + "/reporter-identity",
				"{\"reason\": \"ingin tahu siapa pelapornya\"}").statusCode()).isEqualTo(403);
		// nor the Gakkumdu referral, which is Bawaslu's, the police's and the prosecutors'
		await("the referral").atMost(Duration.ofSeconds(30)).until(() -> officers.get("TASK_FORCE", "/api/v1/cases/" + id)
			.path("criminalReferralStage")
			.isString());
		assertThat(officers.get("PPK", "/api/v1/cases/" + id).path("criminalReferralStage").isNull()).isTrue();
		HttpResponse<String> page = ppk.get("/kasus/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(number).doesNotContain("Percakapan dengan pelapor").doesNotContain(QUESTION)
			.doesNotContain(ANSWER).doesNotContain("warga@contoh.invalid");
		assertThat(ppk.get("/kasus/" + id + "?lang=en").body()).contains(number)
			.doesNotContain("Messages with the reporter").doesNotContain(ANSWER);
		assertThat(ppk.get("/kasus").body()).contains("once BKN has forwarded its recommendation of a sanction");
		assertThat(signedIn("TASK_FORCE").get("/kasus/" + id).body()).contains("Percakapan dengan pelapor")
			.contains(ANSWER);
	}

	@Test
	void aCaseClosedBeforeTheRecommendationStaysHiddenFromThePpkAndOneClosedAfterItStaysInView() {
		// given: two proven cases of West Javan employees
		Officers officers = new Officers(port);
		List<String> nips = officers.employ(6602, "PEMDA-32", "32.73", "Batal Awal (sintetis)",
				"Batal Akhir (sintetis)");
		String early = proven(officers, nips.get(0));
		String late = proven(officers, nips.get(1));

		// when: the first is withdrawn before BKN forwards it, the second after
		officers.act("TASK_FORCE", "/api/v1/cases/" + early + "/cancellation", """
				{"note": "Pelapor mencabut laporan"}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + late + "/recommendation", "{}");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + late + "/cancellation", """
				{"note": "Pelapor mencabut laporan"}""");

		// then: the PPK never learns of the first, and keeps the second it had been sent
		assertThat(officers.http().get("/api/v1/cases/" + early, officers.token("PPK")).statusCode()).isEqualTo(404);
		assertThat(officers.get("PPK", "/api/v1/cases/" + late).path("status").asString()).isEqualTo("CANCELLED");
		assertThat(ids(officers.get("PPK", "/api/v1/cases?status=CANCELLED&size=200"))).contains(late)
			.doesNotContain(early);
		UserAgent ppk = signedIn("PPK");
		assertThat(ppk.get("/kasus/" + early).statusCode()).isEqualTo(404);
		assertThat(ppk.get("/kasus/" + late).statusCode()).isEqualTo(200);
		// and a PPK acting on a case it may not see yet is answered as if the case did not exist
		String fresh = proven(officers, officers.employ(6604, "PEMDA-32", "32.73", "Pisah Awal (sintetis)").get(0));
		assertThat(officers.post("PPK", "/api/v1/cases/" + fresh + "/separation", """
				{"note": "Sudah pensiun"}""").statusCode()).isEqualTo(404);
	}

	/** What the PPK counted before the report: West Java's cases on the map, open cases on its home page. */
	private record Before(long westJava, long openCases) {
	}

	private void assertHiddenFromThePpk(Officers officers, UserAgent ppk, String id, String number, Before before) {
		String stage = officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("status").asString();
		assertThat(officers.http().get("/api/v1/cases/" + id, officers.token("PPK")).statusCode()).as(stage)
			.isEqualTo(404);
		assertThat(ids(officers.get("PPK", "/api/v1/cases?complaintNumber=" + number))).as(stage).isEmpty();
		assertThat(ids(officers.get("PPK", "/api/v1/cases?size=200"))).as(stage).doesNotContain(id);
		assertThat(ppk.get("/kasus/" + id).statusCode()).as(stage).isEqualTo(404);
		assertThat(ppk.get("/kasus?status=ALL&number=" + number).body()).as(stage).doesNotContain("/kasus/" + id);
		assertThat(casesOnActDay(officers, "PPK")).as(stage).isZero();
		assertThat(westJava(officers, "PPK")).as(stage).isEqualTo(before.westJava());
		assertThat(CasePagesIntegrationTests.openCount(ppk.get("/beranda").body())).as(stage)
			.isEqualTo(before.openCases());
		assertThat(notices(officers, "PPK", number)).as(stage).isEmpty();
	}

	/**
	 * Waits until the agency that must act has its notice and the dashboard's read model holds the case at
	 * {@code status}, so that what the PPK does not find is not merely late.
	 */
	private void awaitStage(Officers officers, String id, String number, String status, String role) {
		await(status).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
			.until(() -> !notices(officers, role, number).isEmpty()
					&& status.equals(jdbc.sql("select status from case_fact where case_id = :id")
						.param("id", UUID.fromString(id)).query(String.class).optional().orElse(null)));
		assertThat(casesOnActDay(officers, "CIVIL_SERVICE_AGENCY")).as(status).isEqualTo(1);
	}

	/** The cases on the act's day in the timeline's CSV export, as the role downloads it. */
	private static long casesOnActDay(Officers officers, String role) {
		HttpResponse<byte[]> csv = officers.http().getBytes("/api/v1/statistics/elections/PEMILU-2024/exports/days.csv",
				"Authorization", "Bearer " + officers.token(role));
		assertThat(csv.statusCode()).isEqualTo(200);
		String line = new String(csv.body(), StandardCharsets.UTF_8).lines()
			.filter(l -> l.startsWith(ACT_DAY + ","))
			.findFirst()
			.orElseThrow();
		return Long.parseLong(line.substring(line.lastIndexOf(',') + 1));
	}

	/** West Java's cases on the violation map, as the role sees them. */
	private static long westJava(Officers officers, String role) {
		return officers.get(role, "/api/v1/statistics/provinces")
			.valueStream()
			.filter(p -> p.path("code").asString().equals("32"))
			.findFirst()
			.orElseThrow()
			.path("cases")
			.asLong();
	}

	private static List<JsonNode> notices(Officers officers, String role, String number) {
		return officers.get(role, "/api/v1/notices?size=200")
			.path("items")
			.valueStream()
			.filter(n -> n.path("complaintNumber").asString().equals(number))
			.toList();
	}

	private static String proven(Officers officers, String nip) {
		String number = officers.fileReport(Officers.publicReport(nip, "Batal", "32.73", null))
			.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""");
		return id;
	}

	private UserAgent signedIn(String role) {
		DemoAccountRows account = DemoAccountRows.of(role);
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		return agent;
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}
}
