package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import id.go.netra.Dates;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * The whole path of a case over HTTP, as the agencies' systems drive it, with second-long deadlines so the
 * deadline watch is seen at work.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/lifecycle-${random.uuid}", "netra.deadlines.verification=PT2S",
				"netra.deadlines.review=PT1H", "netra.deadlines.forwarding=PT1H", "netra.deadlines.follow-up=PT2S",
				"netra.deadlines.poll-interval=PT0.3S" })
// its short deadlines and ladder would go on working every overdue case of the suite (one database on
// PostgreSQL) after the class: closed with it
@DirtiesContext
class CaseLifecycleIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aCitizensReportTravelsFromReceiptToSanctionAcrossAgenciesAgainstItsDeadlines() {
		Officers officers = new Officers(port);
		String nip = officers.employ(6001, "PEMDA-32", "32.73", "Dewi Lestari Uji (sintetis)").get(0);

		// a citizen reports, with a link as evidence
		JsonNode filed = officers.fileReport(Officers.publicReport(nip, "Dewi", "32.73", "\"https://contoh.invalid/p/1\""));
		String number = filed.path("complaintNumber").asString();
		String receipt = filed.path("receiptCode").asString();
		assertThat(number).matches("NTR-\\d{4}-\\d{7}");
		assertThat(receipt.replace("-", "")).hasSizeGreaterThanOrEqualTo(16).containsOnlyDigits();

		// the case opened with the employee resolved from the registry, and a deadline of two seconds
		JsonNode opened = officers.caseOf(number);
		String id = opened.path("id").asString();
		assertThat(opened.path("status").asString()).isEqualTo("RECEIVED");
		assertThat(opened.path("employee").path("identityResolved").asBoolean()).isTrue();
		assertThat(opened.path("employee").path("employer").asString()).isEqualTo("PEMDA-32");
		assertThat(Duration.between(Instant.parse(opened.path("filedAt").asString()),
				Instant.parse(opened.path("deadlineAt").asString()))).isEqualTo(Duration.ofSeconds(2));
		assertThat(opened.path("report").path("named").asBoolean()).isTrue();
		assertThat(opened.toString()).doesNotContain("warga@contoh.invalid");
		assertThat(officers.reporterOf(id).path("email").asString()).isEqualTo("warga@contoh.invalid");
		assertThat(opened.path("evidence").get(0).path("url").asString()).isEqualTo("https://contoh.invalid/p/1");

		// nobody verifies in time: the watch marks it overdue, and overdue cases lead the queue
		await("overdue").atMost(Duration.ofSeconds(10))
			.until(() -> officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("overdue").asBoolean());
		JsonNode queue = officers.get("TASK_FORCE", "/api/v1/cases?open=true&size=200");
		assertThat(queue.path("items").get(0).path("overdue").asBoolean()).isTrue();

		// the task force asks, the reporter answers with the receipt code
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/questions", """
				{"question": "Kapan tepatnya unggahan itu dibuat?"}""");
		JsonNode status = UserAgent.json(officers.http().getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", receipt));
		assertThat(status.path("status").asString()).isEqualTo("RECEIVED");
		assertThat(status.path("messages").get(0).path("body").asString()).contains("Kapan tepatnya");
		HttpResponse<String> answered = officers.http().postJson("/api/v1/public/reports/" + number + "/messages", null, """
				{"body": "Tanggal 20, sekitar pukul 19.00.", "links": ["https://contoh.invalid/p/2"]}""",
				"X-Receipt-Code", receipt);
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);

		// verification, review and recommendation, each by its own agency
		JsonNode verified = officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "FORWARD", "note": "Bukti cukup"}""");
		assertThat(verified.path("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(verified.path("overdue").asBoolean()).isFalse();
		assertThat(verified.path("messages")).hasSize(2);

		// before BKN's recommendation the PPK does not even know of the case: acting on it answers as if it did not exist
		assertThat(officers.post("PPK", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""").statusCode()).isEqualTo(404);
		JsonNode proven = officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02", "ETIK-04"], "criminal": false, "note": "Kajian selesai"}""");
		assertThat(proven.path("status").asString()).isEqualTo("PROVEN");
		assertThat(proven.path("violations").valueStream().map(JsonNode::asString).toList())
			.containsExactly("DISIPLIN-02", "ETIK-04");
		assertThat(proven.path("recommendedLevel").asString()).isEqualTo("HEAVY");

		JsonNode forwarded = officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		assertThat(forwarded.path("status").asString()).isEqualTo("AWAITING_FOLLOW_UP");
		assertThat(forwarded.path("recommendation").path("level").asString()).isEqualTo("HEAVY");

		// the PPK lets the deadline pass; the overdue event is raised once
		await("follow-up overdue").atMost(Duration.ofSeconds(10))
			.until(() -> officers.get("PPK", "/api/v1/cases/" + id).path("overdue").asBoolean());

		// a lighter sanction is not in accordance: it waits for the auditor, who sends it back
		JsonNode light = officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "RINGAN-TERTULIS", "decreeNumber": "800/1-BKD/2026", "decreeDate": "%s",
				 "lighterReason": "Pelanggaran pertama"}"""
			.formatted(LocalDate.now().minusDays(1)));
		assertThat(light.path("status").asString()).isEqualTo("AWAITING_FOLLOW_UP");
		assertThat(light.path("followUp").path("inAccordance").asBoolean()).isFalse();
		assertThat(light.path("followUp").path("audit").asString()).isEqualTo("PENDING");
		assertThat(light.path("availableActions").valueStream().map(JsonNode::asString).toList()).doesNotContain("FOLLOW_UP");
		JsonNode sentBack = officers.act("AUDITOR", "/api/v1/cases/" + id + "/follow-up/audit", """
				{"decision": "SEND_BACK", "note": "Tingkat sanksi harus berat"}""");
		assertThat(sentBack.path("followUp").path("audit").asString()).isEqualTo("SENT_BACK");

		JsonNode sanctioned = officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "BERAT-TURUN-JABATAN", "decreeNumber": "800/2-BKD/2026", "decreeDate": "%s"}"""
			// today in Jakarta, as Netra refuses a decree dated after it (the machine's today is a day ahead in WITA
			// and WIT around midnight)
			.formatted(LocalDate.now(Dates.ZONE)));
		assertThat(sanctioned.path("status").asString()).isEqualTo("SANCTIONED");
		assertThat(sanctioned.path("followUp").path("inAccordance").asBoolean()).isTrue();
		assertThat(sanctioned.path("deadlineAt").isNull()).isTrue();

		// the history tells who did what, in which role, in order
		List<String> transitions = sanctioned.path("history").valueStream().map(h -> h.path("transition").asString()).toList();
		assertThat(transitions).containsSubsequence("OPENED", "DEADLINE_PASSED", "QUESTION_TO_REPORTER", "VERIFIED",
				"REVIEWED_PROVEN", "RECOMMENDATION_ISSUED", "DEADLINE_PASSED", "FOLLOW_UP_NOT_IN_ACCORDANCE",
				"FOLLOW_UP_SENT_BACK", "FOLLOW_UP_RECORDED");
		assertThat(transitions.stream().filter("DEADLINE_PASSED"::equals)).hasSize(2);
		JsonNode review = sanctioned.path("history").valueStream()
			.filter(h -> h.path("transition").asString().equals("REVIEWED_PROVEN")).findFirst().orElseThrow();
		assertThat(review.path("agency").asString()).isEqualTo("BAWASLU");
		assertThat(review.path("role").asString()).isEqualTo("ELECTION_SUPERVISOR");
		assertThat(review.path("from").asString()).isEqualTo("IN_REVIEW");
		assertThat(review.path("to").asString()).isEqualTo("PROVEN");

		// the reporter sees the outcome, not the people
		JsonNode done = UserAgent.json(officers.http().getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", receipt));
		assertThat(done.path("status").asString()).isEqualTo("SANCTIONED");
		assertThat(done.path("closed").asBoolean()).isTrue();
		assertThat(done.toString()).doesNotContain(nip).doesNotContain("BKD/2026");
	}
}
