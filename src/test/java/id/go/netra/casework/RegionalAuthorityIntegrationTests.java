package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * A regional body files and acts only within its region; a refused caller is refused before its request is
 * read; and a colleague's assignment is released only by its holder or an administrator, always audited.
 */
@NetraIntegrationTest
class RegionalAuthorityIntegrationTests {

	private static final String FINDING = """
			{"kind": "SUPERVISOR_FINDING", "reported": {"name": "Camat Uji (sintetis)", "employer": "Pemerintah Daerah"},
			 "incident": {"date": "%s", "regionCode": "%s",
			   "description": "Temuan pengawas: camat hadir dan berorasi pada kampanye calon."}}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProvincialBawasluFilesFindingsOnlyForIncidentsInItsProvince() {
		Officers officers = new Officers(port);
		String jabar = jabarToken(officers);
		String yesterday = LocalDate.now().minusDays(1).toString();

		HttpResponse<String> inside = officers.http().postJson("/api/v1/reports", jabar, FINDING.formatted(yesterday, "32.73"));
		assertThat(inside.statusCode()).as(inside.body()).isEqualTo(201);

		long reportsBefore = jdbc.sql("select count(*) from report").query(Long.class).single();
		HttpResponse<String> outside = officers.http().postJson("/api/v1/reports", jabar, FINDING.formatted(yesterday, "33.74"));
		assertThat(outside.statusCode()).isEqualTo(403);
		assertThat(UserAgent.json(outside).path("detail").asString()).contains("di luar wilayah kerja Anda");
		assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(reportsBefore);
		// the national Bawaslu files anywhere
		assertThat(officers.post("ELECTION_SUPERVISOR", "/api/v1/reports", FINDING.formatted(yesterday, "33.74"))
			.statusCode()).isEqualTo(201);

		// the form offers West Java only, and a region typed in anyway is refused with the reason
		UserAgent officer = signedIn(DemoAccountRows.all().stream()
			.filter(row -> row.username().equals("bawaslu.jabar")).findFirst().orElseThrow());
		String form = officer.get("/kasus/laporan-baru").body();
		assertThat(form).contains("value=\"32.73\"").contains("value=\"32\"").doesNotContain("value=\"33.74\"")
			.doesNotContain("value=\"31\"");
		HttpResponse<String> refused = officer.submit("/kasus/laporan-baru", "/kasus/laporan-baru",
				Map.of("kind", "SUPERVISOR_FINDING", "name", "Camat Uji (sintetis)", "date", yesterday, "regionCode",
						"33.74", "description", "Temuan pengawas: camat hadir dan berorasi pada kampanye calon."));
		assertThat(UserAgent.location(refused)).isEqualTo("/kasus/laporan-baru");
		assertThat(officer.get("/kasus/laporan-baru").body()).contains("Kota Semarang berada di luar wilayah kerja Anda");
	}

	@Test
	void aCallerWhoMayNotActIsRefusedBeforeItsRequestIsRead() {
		Officers officers = new Officers(port);
		String nip = officers.employ(5221, "PEMDA-33", "33.74", "Semarang Uji (sintetis)").get(0);
		String outside = officers.caseOf(officers.fileReport(Officers.publicReport(nip, "Semarang", "33.74", null))
			.path("complaintNumber").asString()).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + outside + "/verification", "{\"decision\": \"FORWARD\"}");
		String jabar = jabarToken(officers);

		// out of region: as if the case did not exist, whatever the body
		for (String body : new String[] { "{}", "{\"outcome\": \"NOT_PROVEN\"}" }) {
			assertThat(officers.http().postJson("/api/v1/cases/" + outside + "/review", jabar, body).statusCode())
				.as(body).isEqualTo(404);
		}
		// in scope but another role's step: 403, not a list of missing fields
		for (String action : new String[] { "verification", "follow-up", "follow-up/audit", "cancellation" }) {
			HttpResponse<String> refused = officers.post("ELECTION_SUPERVISOR", "/api/v1/cases/" + outside + "/" + action, "{}");
			assertThat(refused.statusCode()).as(action + " " + refused.body()).isEqualTo(403);
		}
	}

	@Test
	void aColleaguesAssignmentIsReleasedOnlyByItsHolderOrAnAdministratorAndEveryReleaseIsAudited() {
		Officers officers = new Officers(port);
		String id = officers.caseOf(officers.fileReport(Officers.publicReport(null, "Sari", "32.73", null))
			.path("complaintNumber").asString()).path("id").asString();
		String holder = DemoAccountRows.of("TASK_FORCE").clientId();
		String colleague = officers.regionalToken("BKN", "TASK_FORCE");
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/assignment", "");

		// a colleague neither takes it over nor releases it
		HttpResponse<String> takeOver = officers.http().postJson("/api/v1/cases/" + id + "/assignment", colleague, "");
		assertThat(takeOver.statusCode()).isEqualTo(409);
		assertThat(UserAgent.json(takeOver).path("detail").asString()).contains("sedang ditangani");
		HttpResponse<String> released = officers.http().delete("/api/v1/cases/" + id + "/assignment", colleague);
		assertThat(released.statusCode()).isEqualTo(403);
		assertThat(UserAgent.json(released).path("detail").asString()).contains("Hanya").contains("administrator");
		assertThat(assignee(officers, id)).isEqualTo(holder);

		// the administrator releases it, and the trail says whose it was
		HttpResponse<String> byAdmin = officers.http().delete("/api/v1/cases/" + id + "/assignment", officers.token("ADMIN"));
		assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
		assertThat(assignee(officers, id)).isEmpty();
		// the holder takes it again and releases their own
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/assignment", "");
		assertThat(officers.http().delete("/api/v1/cases/" + id + "/assignment", officers.token("TASK_FORCE"))
			.statusCode()).isEqualTo(200);

		String number = officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("complaintNumber").asString();
		assertThat(jdbc.sql("""
				select outcome || ' ' || actor || ': ' || detail from audit_entry
				where action = 'case.assignment_released' and target = :number order by id""")
			.param("number", number).query(String.class).list()).satisfiesExactly(
					refusal -> assertThat(refusal).startsWith("DENIED").contains("held by " + holder),
					admin -> assertThat(admin).startsWith("SUCCESS admin-demo").contains("held by " + holder)
						.contains("released by a supervisor"),
					own -> assertThat(own).startsWith("SUCCESS " + holder).contains("released by the holder"));
	}

	private static String assignee(Officers officers, String id) {
		JsonNode assignment = officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("assignment");
		return assignment.isNull() || assignment.isMissingNode() ? "" : assignment.path("actor").asString();
	}

	private static String jabarToken(Officers officers) {
		DemoAccountRows row = DemoAccountRows.all().stream().filter(r -> r.agency().equals("BAWASLU-32")).findFirst()
			.orElseThrow();
		return officers.http().accessToken(row.clientId(), row.clientSecret());
	}

	private UserAgent signedIn(DemoAccountRows account) {
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		return agent;
	}
}
