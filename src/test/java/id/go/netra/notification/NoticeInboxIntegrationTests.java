package id.go.netra.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/** Each agency's people read the notices Netra stored for their agency on /pemberitahuan, and no one else's. */
@NetraIntegrationTest
class NoticeInboxIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void eachAgencySeesOnlyItsOwnNoticesInWords() {
		Officers officers = new Officers(port);
		List<String> nips = officers.employ(4008, "PEMDA-32", "32.73", "Dewi Kotak Masuk (sintetis)",
				"Eko Kotak Masuk (sintetis)");
		String forwarded = officers.fileReport(Officers.publicReport(nips.get(0), "Dewi", "32.73", null))
			.path("complaintNumber").asString();
		String kept = officers.fileReport(Officers.publicReport(nips.get(1), "Eko", "32.73", null))
			.path("complaintNumber").asString();
		String forwardedId = officers.caseOf(forwarded).path("id").asString();
		String keptId = officers.caseOf(kept).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + forwardedId + "/verification", "{\"decision\": \"FORWARD\"}");
		await("notices stored").atMost(Duration.ofSeconds(30))
			.until(() -> apiLists(officers, "ELECTION_SUPERVISOR", forwarded) && apiLists(officers, "TASK_FORCE", kept));

		String taskForce = signedIn("TASK_FORCE").get("/pemberitahuan").body();
		UserAgent bawaslu = signedIn("ELECTION_SUPERVISOR");
		String supervisor = bawaslu.get("/pemberitahuan").body();

		assertThat(taskForce).contains("href=\"/kasus/" + keptId + "\">" + kept + "</a>")
			.contains("Perlu tindakan")
			.containsPattern("\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4} pukul \\d{2}\\.\\d{2} WIB")
			.contains("Belum dikirim")
			.doesNotContain("ACTION_REQUIRED", "PENDING");
		assertThat(supervisor).contains("href=\"/kasus/" + forwardedId + "\">" + forwarded + "</a>")
			.doesNotContain(kept);
		assertThat(officers.get("ELECTION_SUPERVISOR", "/api/v1/notices?size=200").toString()).doesNotContain(kept);

		String english = bawaslu.get("/pemberitahuan?lang=en").body();
		assertThat(english).contains("Action required").contains("Not mailed yet")
			.containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} WIB")
			.doesNotContain("ACTION_REQUIRED", "PENDING", "Perlu tindakan");
		assertThat(bawaslu.get("/beranda").body()).contains("href=\"/pemberitahuan\"");
	}

	@Test
	void theInboxIsForSignedInPeopleOnly() {
		assertThat(new UserAgent(port).get("/pemberitahuan").statusCode()).isEqualTo(302);
	}

	private static boolean apiLists(Officers officers, String role, String complaintNumber) {
		return officers.get(role, "/api/v1/notices?size=200")
			.path("items")
			.valueStream()
			.anyMatch(n -> n.path("complaintNumber").asString().equals(complaintNumber));
	}

	private UserAgent signedIn(String role) {
		UserAgent agent = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of(role);
		agent.signIn(row.username(), row.password());
		return agent;
	}
}
