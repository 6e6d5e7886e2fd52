package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import id.go.netra.DemoAccountRows;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * Enforcement over HTTP with second-long intervals: a PPK who lets the follow-up lie sees the case climb
 * WARNING, REPRIMAND and BLOCKED, the employee blocked in the registry and at the service gate, and the block
 * lifted once the sanction is imposed; the sanction enters the discipline register, and the next case of the
 * same employee is a repeat offence.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/enforcement-${random.uuid}", "netra.deadlines.follow-up=PT2S",
				"netra.deadlines.poll-interval=PT0.2S", "netra.enforcement.poll-interval=PT0.2S",
				"netra.enforcement.ladder.warning=PT0S", "netra.enforcement.ladder.reprimand=PT2S",
				"netra.enforcement.ladder.block=PT2S" })
// its short deadlines and ladder would go on working every overdue case of the suite (one database on
// PostgreSQL) after the class: closed with it
@DirtiesContext
class ControlLadderIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aLateFollowUpClimbsToABlockThatTheSanctionLifts() {
		Officers officers = new Officers(port);
		Enforcer enforcer = new Enforcer(officers);
		String nip = officers.employ(7101, "PEMDA-32", "32.73", "Rina Marlina Uji (sintetis)").get(0);
		String id = enforcer.forwardedCase(nip, LocalDate.now().minusDays(40), "DISIPLIN-09", false);
		assertThat(enforcer.letterKinds(id)).containsExactly("RECOMMENDATION");
		assertThat(enforcer.controlLevel(id)).isEqualTo("NONE");

		// the follow-up deadline passes: every rung is seen, in order
		List<String> seen = new ArrayList<>();
		await("control ladder").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			String level = enforcer.controlLevel(id);
			if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(level)) {
				seen.add(level);
			}
			return level.equals("BLOCKED");
		});
		assertThat(seen).containsSubsequence("WARNING", "REPRIMAND", "BLOCKED");
		assertThat(enforcer.letterKinds(id)).containsExactly("RECOMMENDATION", "WARNING", "REPRIMAND", "BLOCK_NOTICE",
				"PPK_SANCTION");
		JsonNode blockedCase = enforcer.caseAs("PPK", id);
		assertThat(blockedCase.path("blockedAt").isNull()).isFalse();
		assertThat(blockedCase.path("blockLiftedAt").isNull()).isTrue();
		List<String> history = blockedCase.path("history").valueStream().map(h -> h.path("transition").asString()).toList();
		assertThat(history).containsSubsequence("RECOMMENDATION_ISSUED", "DEADLINE_PASSED", "CONTROL_WARNING",
				"CONTROL_REPRIMAND", "CONTROL_BLOCKED");
		assertThat(history.stream().filter(t -> t.startsWith("CONTROL_"))).hasSize(3);

		// the case page shows the rung and the letters to the PPK's people
		UserAgent ppk = new UserAgent(port);
		ppk.signIn(DemoAccountRows.of("PPK").username(), DemoAccountRows.of("PPK").password());
		String page = ppk.get("/kasus/" + id).body();
		assertThat(page).contains("data-level=\"BLOCKED\"").contains("data-kind=\"WARNING\"")
			.contains("Surat teguran").contains("Diblokir");
		assertThat(ppk.get("/pengendalian").body()).contains("data-employer=\"PEMDA-32\"");

		// the letters read as letters: the reprimand is copied to Kemendagri, the block names the employee
		String reprimand = enforcer.letterText("PPK", enforcer.letter(id, "REPRIMAND").path("id").asString());
		assertThat(reprimand).contains(enforcer.letter(id, "REPRIMAND").path("number").asString())
			.contains("Teguran")
			.contains("Menteri Dalam Negeri")
			.contains(blockedCase.path("complaintNumber").asString());
		String notice = enforcer.letterText("AUDITOR", enforcer.letter(id, "BLOCK_NOTICE").path("id").asString());
		assertThat(notice).contains(nip).contains("diblokir").contains("Peraturan BKN Nomor 1 Tahun 2023");
		// a PPK of another employer cannot fetch the letters of a case it cannot see
		HttpResponse<byte[]> foreign = officers.http().getBytes("/api/v1/letters/" + enforcer.letter(id, "WARNING").path("id").asString(),
				"Authorization", "Bearer " + officers.regionalToken("PEMDA-31", "PPK"));
		assertThat(foreign.statusCode()).isEqualTo(404);

		// the PPK's people were written to at each rung
		await("control notices").atMost(Duration.ofSeconds(10)).until(() -> officers.get("PPK", "/api/v1/notices?size=200")
			.path("items").valueStream()
			.filter(n -> n.path("caseId").asString().equals(id))
			.map(n -> n.path("kind").asString())
			.toList()
			.containsAll(List.of("CONTROL_WARNING", "CONTROL_REPRIMAND", "CONTROL_BLOCKED")));

		// the registry shows the block; the service gate refuses a promotion
		JsonNode employee = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel/" + nip);
		assertThat(employee.path("blocked").asBoolean()).isTrue();
		assertThat(employee.path("blocks")).hasSize(1);
		assertThat(employee.path("blocks").get(0).path("complaintNumber").asString())
			.isEqualTo(blockedCase.path("complaintNumber").asString());
		HttpResponse<String> promotion = officers.post("PPK", "/api/v1/personnel/" + nip + "/services", """
				{"service": "PROMOTION", "reference": "KP-2026-001"}""");
		assertThat(promotion.statusCode()).as(promotion.body()).isEqualTo(423);
		assertThat(promotion.body()).contains("diblokir");

		// the oversight ministry sees the employer at the top of the ranking, and the PPK proposed for sanction
		JsonNode ranking = officers.get("OVERSIGHT", "/api/v1/compliance");
		JsonNode jabar = ranking.valueStream().filter(e -> e.path("employerCode").asString().equals("PEMDA-32"))
			.findFirst().orElseThrow();
		// (other tests in this class may add late cases of the same employer)
		assertThat(jabar.path("openOverdue").asInt()).isPositive();
		assertThat(jabar.path("activeBlocks").asInt()).isPositive();
		assertThat(jabar.path("forwarded").asInt()).isGreaterThanOrEqualTo(jabar.path("openOverdue").asInt());
		assertThat(jabar.path("highestOpenLevel").asString()).isEqualTo("BLOCKED");
		JsonNode proposals = officers.get("OVERSIGHT", "/api/v1/compliance/ppk-sanctions");
		assertThat(proposals.valueStream().filter(p -> p.path("caseId").asString().equals(id)).findFirst().orElseThrow()
			.path("oversightAgency").asString()).isEqualTo("KEMENDAGRI");

		// the PPK imposes the sanction recommended: the block is lifted at once
		LocalDate decree = LocalDate.now().minusDays(10);
		JsonNode sanctioned = officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/7-BKD/2026", "decreeDate": "%s"}""".formatted(decree));
		assertThat(sanctioned.path("status").asString()).isEqualTo("SANCTIONED");
		await("block lifted").atMost(Duration.ofSeconds(10))
			.until(() -> !officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel/" + nip).path("blocked").asBoolean());
		assertThat(enforcer.caseAs("AUDITOR", id).path("blockLiftedAt").isNull()).isFalse();
		assertThat(enforcer.letterKinds(id)).endsWith("UNBLOCK_NOTICE");
		assertThat(officers.post("PPK", "/api/v1/personnel/" + nip + "/services", """
				{"service": "PROMOTION"}""").statusCode()).isEqualTo(200);
		assertThat(officers.get("OVERSIGHT", "/api/v1/compliance/ppk-sanctions").valueStream()
			.noneMatch(p -> p.path("caseId").asString().equals(id))).isTrue();

		// the discipline register: effective on the 15th day after receipt; a 12-month cut ends a year later
		JsonNode register = officers.get("AUDITOR", "/api/v1/discipline?nip=" + nip);
		assertThat(register.path("sanctions").asInt()).isEqualTo(1);
		JsonNode entry = register.path("entries").get(0);
		assertThat(entry.path("sanctionLevel").asString()).isEqualTo("MEDIUM");
		assertThat(entry.path("durationMonths").asInt()).isEqualTo(12);
		assertThat(entry.path("effectiveEstimated").asBoolean()).isTrue();
		assertThat(entry.path("effectiveOn").asString()).isEqualTo(decree.plusDays(14 + 15).toString());
		LocalDate delivered = decree.plusDays(1);
		JsonNode recorded = officers.act("PPK", "/api/v1/discipline/" + entry.path("id").asString() + "/delivery",
				"{\"deliveredOn\": \"%s\"}".formatted(delivered));
		assertThat(recorded.path("effectiveOn").asString()).isEqualTo(delivered.plusDays(15).toString());
		assertThat(recorded.path("endsOn").asString())
			.isEqualTo(delivered.plusDays(15).plusMonths(12).minusDays(1).toString());
		assertThat(officers.post("PPK", "/api/v1/discipline/" + entry.path("id").asString() + "/delivery",
				"{\"deliveredOn\": \"%s\"}".formatted(decree.minusDays(1))).statusCode()).isEqualTo(400);

		// a new act of the same employee: flagged as a repeat offence, recommended one level heavier
		String number = officers.fileReport(Officers.publicReport(nip, "Rina", "32.73", null)).path("complaintNumber")
			.asString();
		String second = officers.caseOf(number).path("id").asString();
		assertThat(enforcer.caseAs("TASK_FORCE", second).path("repeatOffence").path("count").asInt()).isEqualTo(1);
		officers.act("TASK_FORCE", "/api/v1/cases/" + second + "/verification", "{\"decision\": \"FORWARD\"}");
		JsonNode proven = officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + second + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"]}""");
		assertThat(proven.path("recommendedLevel").asString()).isEqualTo("HEAVY");
		assertThat(proven.path("repeatOffence").path("heaviest").asString()).isEqualTo("MEDIUM");
	}

	@Test
	void anAuditorBlocksAndUnblocksByHandWithAReason() {
		Officers officers = new Officers(port);
		String nip = officers.employ(7201, "PEMDA-32", "32.73", "Agus Salim Uji (sintetis)").get(0);
		assertThat(officers.post("PPK", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "reason": "uji"}""".formatted(nip)).statusCode()).isEqualTo(403);
		HttpResponse<String> noReason = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s"}""".formatted(nip));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");
		assertThat(officers.get("AUDITOR", "/api/v1/blocks?nip=" + nip).path("total").asInt()).isZero();

		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "blocks": "SERVICES", "type": "CRUCIAL_IMPACT",
				 "reason": "Data kepegawaian dipalsukan untuk mutasi menjelang pemungutan suara"}""".formatted(nip));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		JsonNode block = UserAgent.json(placed);
		JsonNode blockedEmployee = officers.get("PPK", "/api/v1/personnel/" + nip);
		assertThat(blockedEmployee.path("blocked").asBoolean()).isTrue();
		// a page of search results carries each employee's own blocks (fetched for the page in one query)
		JsonNode colleagues = officers.get("PPK", "/api/v1/personnel?size=100&employer="
				+ blockedEmployee.path("employer").path("code").asString());
		assertThat(colleagues.path("items").valueStream().filter(e -> e.path("nip").asString().equals(nip))
			.map(e -> e.path("blocked").asBoolean())).containsExactly(true);
		colleagues.path("items").valueStream().filter(e -> !e.path("nip").asString().isEmpty()).forEach(e -> assertThat(
				e.path("blocks")).as(e.path("nip").asString())
			.isEqualTo(officers.get("PPK", "/api/v1/personnel/" + e.path("nip").asString()).path("blocks")));
		assertThat(officers.post("PPK", "/api/v1/personnel/" + nip + "/services", """
				{"service": "TRANSFER"}""").statusCode()).isEqualTo(423);
		assertThat(officers.get("PPK", "/api/v1/blocks?active=true").path("items").valueStream()
			.anyMatch(b -> b.path("id").asString().equals(block.path("id").asString()))).isTrue();

		assertThat(officers.post("AUDITOR", "/api/v1/blocks/" + block.path("id").asString() + "/lifting", "{}")
			.statusCode()).isEqualTo(400);
		JsonNode lifted = officers.act("AUDITOR", "/api/v1/blocks/" + block.path("id").asString() + "/lifting", """
				{"reason": "Klarifikasi diterima"}""");
		assertThat(lifted.path("liftedAt").isNull()).isFalse();
		assertThat(lifted.path("liftReason").asString()).isEqualTo("Klarifikasi diterima");
		assertThat(officers.post("AUDITOR", "/api/v1/blocks/" + block.path("id").asString() + "/lifting", """
				{"reason": "lagi"}""").statusCode()).isEqualTo(409);
		assertThat(officers.get("PPK", "/api/v1/personnel/" + nip).path("blocked").asBoolean()).isFalse();
	}

	@Test
	void aCaseReviewedAsCriminalGoesToGakkumduWhoseStagesBawasluRecordsInOrder() {
		Officers officers = new Officers(port);
		Enforcer enforcer = new Enforcer(officers);
		String nip = officers.employ(7301, "PEMDA-32", "32.73", "Bambang Uji (sintetis)").get(0);
		String id = enforcer.forwardedCase(nip, LocalDate.now().minusDays(5), "DISIPLIN-02", true);
		JsonNode referral = await("referral").atMost(Duration.ofSeconds(10))
			.until(() -> officers.get("ELECTION_SUPERVISOR", "/api/v1/referrals?open=true").valueStream()
				.filter(r -> r.path("caseId").asString().equals(id)).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(referral.path("stage").asString()).isEqualTo("REFERRED");
		assertThat(enforcer.caseAs("TASK_FORCE", id).path("criminalReferralStage").asString()).isEqualTo("REFERRED");
		// Bawaslu's referral letter to Gakkumdu, sealed, naming the employee and never the reporter
		String referralLetter = enforcer.letterText("AUDITOR", enforcer.letter(id, "REFERRAL").path("id").asString());
		assertThat(referralLetter).contains("Penerusan Dugaan Tindak Pidana Pemilihan")
			.contains("Sentra Penegakan Hukum Terpadu")
			.contains(nip)
			.contains("Ketua Badan Pengawas Pemilihan Umum")
			.contains("Ditandatangani secara elektronik");
		String path = "/api/v1/referrals/" + referral.path("id").asString() + "/stages";

		assertThat(officers.post("ELECTION_SUPERVISOR", path, """
				{"stage": "REVIEW", "outcome": "CONTINUED"}""").statusCode()).isEqualTo(409);
		assertThat(officers.post("CIVIL_SERVICE_AGENCY", path, """
				{"stage": "DISCUSSION_1", "outcome": "CONTINUED"}""").statusCode()).isEqualTo(403);
		assertThat(officers.post("ELECTION_SUPERVISOR", path, """
				{"stage": "DISCUSSION_1", "outcome": "GUILTY"}""").statusCode()).isEqualTo(400);
		// Bawaslu's officer records the first discussion on the Gakkumdu page
		UserAgent bawaslu = new UserAgent(port);
		bawaslu.signIn(DemoAccountRows.of("ELECTION_SUPERVISOR").username(), DemoAccountRows.of("ELECTION_SUPERVISOR").password());
		assertThat(bawaslu.get("/gakkumdu").body()).contains("data-referral=\"" + referral.path("id").asString() + "\"");
		HttpResponse<String> recorded = bawaslu.submit("/gakkumdu", "/gakkumdu/" + referral.path("id").asString() + "/tahap",
				java.util.Map.of("stage", "DISCUSSION_1", "outcome", "CONTINUED", "note", "Memenuhi unsur pasal 280",
						"version", referral.path("version").asString()));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(bawaslu.get("/gakkumdu").body()).contains("telah dicatat").contains("data-stage=\"DISCUSSION_1\"");
		JsonNode discussed = officers.get("ELECTION_SUPERVISOR", "/api/v1/referrals/" + referral.path("id").asString());
		assertThat(discussed.path("stage").asString()).isEqualTo("DISCUSSION_1");
		assertThat(discussed.path("stages").get(0).path("note").asString()).isEqualTo("Memenuhi unsur pasal 280");
		JsonNode stopped = officers.act("ELECTION_SUPERVISOR", path, """
				{"stage": "REVIEW", "outcome": "STOPPED", "note": "Alat bukti tidak cukup"}""");
		assertThat(stopped.path("closedAt").isNull()).isFalse();
		assertThat(stopped.path("stages")).hasSize(2);
		assertThat(officers.post("ELECTION_SUPERVISOR", path, """
				{"stage": "DISCUSSION_2", "outcome": "CONTINUED"}""").statusCode()).isEqualTo(409);
		assertThat(officers.http().get("/api/v1/referrals", officers.token("PPK")).statusCode()).isEqualTo(403);
	}
}
