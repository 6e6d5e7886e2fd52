package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * The queue opens on what waits for the signed-in officer's own next step, with every open case in scope one
 * click away; a reporter's answer stays marked new for the task force until one of them opens the case.
 */
@NetraIntegrationTest
class QueueViewsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void eachQueueOpensOnTheCasesWaitingForThatRoleWithTheWholeOpenListOneClickAway() {
		// given: a citizen's report waits for the task force's verification
		Officers officers = new Officers(port);
		String number = officers.fileReport(Officers.publicReport(null, "Giliran Siapa (sintetis)", "32.73", null))
			.path("complaintNumber")
			.asString();
		String id = officers.caseOf(number).path("id").asString();
		UserAgent satgas = signedIn("TASK_FORCE");
		UserAgent bawaslu = signedIn("ELECTION_SUPERVISOR");

		// then: it is the task force's next action, not Bawaslu's, though Bawaslu finds it among the open cases
		assertThat(satgas.get("/kasus?number=" + number).body()).contains("/kasus/" + id)
			.contains("Menunggu tindakan saya");
		assertThat(bawaslu.get("/kasus?number=" + number).body()).doesNotContain("/kasus/" + id)
			.contains("Tidak ada kasus yang menunggu tindakan Anda");
		String bawasluOpen = bawaslu.get("/kasus?status=OPEN&number=" + number).body();
		assertThat(bawasluOpen).contains("/kasus/" + id);
		assertThat(bawaslu.get("/kasus").body()).contains("href=\"/kasus?status=OPEN\"");

		// when: the task force forwards it to Bawaslu's review
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");

		// then: the turn has passed, on the pages and over the API
		assertThat(bawaslu.get("/kasus?number=" + number).body()).contains("/kasus/" + id);
		assertThat(satgas.get("/kasus?number=" + number).body()).doesNotContain("/kasus/" + id);
		assertThat(officers.get("ELECTION_SUPERVISOR",
				"/api/v1/cases?waitingForMe=true&complaintNumber=" + number).path("total").asInt()).isEqualTo(1);
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases?waitingForMe=true&complaintNumber=" + number)
			.path("total")
			.asInt()).isZero();
	}

	@Test
	void oversightWhichNeverActsNextOpensOnEveryOpenCase() {
		String queue = signedIn("OVERSIGHT").get("/kasus").body();

		assertThat(queue).doesNotContain("Menunggu tindakan saya").contains("Semua kasus terbuka");
		assertThat(queue).containsPattern("<option value=\"OPEN\" selected");
	}

	@Test
	void aReportersAnswerStaysNewForTheTaskForceUntilOneOfThemOpensTheCase() {
		// given: the task force asked the reporter, and the reporter answered
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(Officers.publicReport(null, "Balasan Baru (sintetis)", "32.73", null));
		String number = filed.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/questions",
				"{\"question\": \"Di akun mana unggahan itu terlihat?\"}");
		assertThat(badges(signedIn("TASK_FORCE").get("/kasus?number=" + number).body())).isZero();
		HttpResponse<String> answered = officers.http()
			.postJson("/api/v1/public/reports/" + number + "/messages", null,
					"{\"body\": \"Di akun Facebook pribadinya, tanggal yang sama.\", \"links\": []}", "X-Receipt-Code",
					filed.path("receiptCode").asString());
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
		UserAgent satgas = signedIn("TASK_FORCE");

		// then: the queue marks it; Bawaslu opening the case does not count as read, nor does it see the mark
		assertThat(satgas.get("/kasus?number=" + number).body()).contains("Balasan baru dari pelapor");
		UserAgent bawaslu = signedIn("ELECTION_SUPERVISOR");
		assertThat(bawaslu.get("/kasus/" + id).statusCode()).isEqualTo(200);
		assertThat(bawaslu.get("/kasus?status=OPEN&number=" + number).body()).doesNotContain("Balasan baru");
		assertThat(satgas.get("/kasus?number=" + number).body()).contains("Balasan baru dari pelapor");

		// when: a task-force officer opens the case, the answer is shown as new this once
		String page = satgas.get("/kasus/" + id).body();
		assertThat(badges(page)).isEqualTo(1);

		// then: it is read, in the queue and on the case page
		assertThat(badges(satgas.get("/kasus?number=" + number).body())).isZero();
		assertThat(badges(signedIn("TASK_FORCE").get("/kasus/" + id).body())).isZero();
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("messages").get(1).path("unread").asBoolean())
			.isFalse();
	}

	private static int badges(String page) {
		return page.split("data-testid=\"unread-reply\"", -1).length - 1;
	}

	private UserAgent signedIn(String role) {
		DemoAccountRows account = DemoAccountRows.of(role);
		UserAgent agent = new UserAgent(port);
		agent.signIn(account.username(), account.password());
		return agent;
	}
}
