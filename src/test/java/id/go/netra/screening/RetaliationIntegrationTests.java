package id.go.netra.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.Dates;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.screening.Careers.Post;
import tools.jackson.databind.JsonNode;

/**
 * Retaliation: civil servants who reported under their own NIP (through the public form's API) and were then
 * transferred, demoted or dismissed within 12 months raise leads for the task force only; a transfer 13 months
 * after, a change before the report, an anonymous reporter and a colleague who never reported raise none. The
 * reports are dated back 14 months (to the 10th) in reporting's log, which a test cannot otherwise do.
 */
@NetraIntegrationTest
class RetaliationIntegrationTests {

	/**
	 * The day the reporters reported: relative to today, as Netra forgets a report day 24 months (the window and its
	 * margin for late changes) after it; a fixed 10 Jan 2025 was forgotten from 11 Jan 2027 on.
	 */
	private static final LocalDate REPORTED = LocalDate.now(Dates.ZONE).minusMonths(14).withDayOfMonth(10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	CareerCheck check;
	Officers officers;
	UserAgent http;
	Map<String, String> complaints;

	@BeforeEach
	void plant() {
		check = CareerCheck.retaliation(port, jdbc);
		officers = check.officers();
		http = check.http();
		complaints = new HashMap<>();
		Post clerk = Post.active(LocalDate.of(2018, 4, 1), "PEMDA-32.73", "Dinas Pendidikan", "ADMINISTRATOR",
				"Kepala Bidang", "IV/a");
		check.plant("transferred", "Pelapor Dimutasi", List.of(clerk,
				clerk.moved(REPORTED.plusMonths(3).plusDays(22), "PEMDA-32.73", "Kecamatan Terpencil")));
		check.plant("demoted", "Pelapor Diturunkan", List.of(clerk,
				new Post(REPORTED.plusMonths(4).plusDays(22), "PEMDA-32.73", "32.73", "Dinas Pendidikan", "STAFF", "Pengadministrasi",
						"IV/a", "ACTIVE")));
		check.plant("dismissed", "Pelapor Diberhentikan", List.of(clerk,
				clerk.dismissed(REPORTED.plusMonths(12))));
		check.plant("thirteenMonths", "Pelapor Tiga Belas Bulan", List.of(clerk,
				clerk.moved(REPORTED.plusMonths(13).plusDays(1), "PEMDA-32.73", "Kecamatan Terpencil")));
		check.plant("before", "Pelapor Sudah Pindah", List.of(clerk,
				clerk.moved(REPORTED.minusDays(40), "PEMDA-32.73", "Kecamatan Terpencil")));
		check.plant("anonymous", "Pelapor Anonim", List.of(clerk,
				clerk.moved(REPORTED.plusMonths(3).plusDays(22), "PEMDA-32.73", "Kecamatan Terpencil")));
		check.plant("colleague", "Rekan Tidak Melapor", List.of(clerk,
				clerk.moved(REPORTED.plusMonths(3).plusDays(22), "PEMDA-32.73", "Kecamatan Terpencil")));
		for (String who : List.of("transferred", "demoted", "dismissed", "thirteenMonths", "before")) {
			complaints.put(who, report(check.nip(who), false));
		}
		report(check.nip("anonymous"), true);
		int dated = jdbc.sql("update reporter_nip_log set reported_on = :day where nip in (:nips)")
			.param("day", REPORTED)
			.param("nips", check.nips())
			.update();
		assertThat(dated).as("only named reporters are logged").isEqualTo(5);
	}

	@Test
	void findsExactlyTheReportersMovedWithinTheWindowForTheTaskForceOnly() {
		HttpResponse<String> byBawaslu = http.postJson("/api/v1/screening/retaliation/runs",
				officers.token("ELECTION_SUPERVISOR"), "");
		JsonNode first = check.run("TASK_FORCE");
		JsonNode second = check.run("TASK_FORCE");

		assertThat(byBawaslu.statusCode()).isEqualTo(403);
		assertThat(first.path("leadsAdded").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(second.path("leadsAdded").asLong()).isZero();
		JsonNode page = check.leads(officers.token("TASK_FORCE"));
		Map<String, JsonNode> found = check.planted(page);
		assertThat(found.keySet()).containsExactlyInAnyOrder("transferred", "demoted", "dismissed");
		assertThat(found.get("transferred").path("matchKind").asString()).isEqualTo("TRANSFER");
		assertThat(found.get("demoted").path("matchKind").asString()).isEqualTo("DEMOTION");
		assertThat(found.get("dismissed").path("matchKind").asString()).isEqualTo("DISMISSAL");
		assertThat(found.get("transferred").path("change").path("reportedOn").asString()).isEqualTo(REPORTED.toString());
		assertThat(found.get("transferred").path("change").path("windowTo").asString())
			.isEqualTo(REPORTED.plusMonths(12).toString());
		// the lead says that and when the employee reported, never which report
		complaints.values().forEach(number -> assertThat(page.toString()).doesNotContain(number));
		for (String role : List.of("ELECTION_SUPERVISOR", "OVERSIGHT", "PPK", "CIVIL_SERVICE_AGENCY")) {
			HttpResponse<String> refused = http.get("/api/v1/screening/leads?source=RETALIATION",
					officers.token(role));
			assertThat(refused.statusCode()).as(role).isEqualTo(403);
		}
		assertThat(http.get("/api/v1/screening/leads?source=RETALIATION").statusCode()).isEqualTo(401);
	}

	@Test
	void theTaskForceOpensProtectionForTheReporter() {
		check.run("TASK_FORCE");
		long lead = check.planted(officers.token("TASK_FORCE")).get("transferred").path("id").asLong();

		HttpResponse<String> unknown = protect(lead, "TASK_FORCE", "SOMETHING", "Surat kepada PPK dikirim.");
		HttpResponse<String> noNote = protect(lead, "TASK_FORCE", "HOLD_REQUEST_TO_PPK", "");
		HttpResponse<String> byBawaslu = protect(lead, "ELECTION_SUPERVISOR", "HOLD_REQUEST_TO_PPK", "Surat dikirim.");
		HttpResponse<String> opened = protect(lead, "TASK_FORCE", "HOLD_REQUEST_TO_PPK",
				"Surat kepada PPK untuk menunda mutasi dikirim.");
		HttpResponse<String> english = new UserAgent(port).language("en")
			.postJson("/api/v1/screening/leads/" + lead + "/protection", officers.token("TASK_FORCE"),
					"{\"measure\": \"MONITORING\", \"note\": \"\"}");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(byBawaslu.statusCode()).isEqualTo(403);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		assertThat(english.body()).contains("at least 5 characters");
		JsonNode protections = check.planted(officers.token("TASK_FORCE")).get("transferred").path("protections");
		assertThat(protections).hasSize(1);
		assertThat(protections.get(0).path("measure").asString()).isEqualTo("HOLD_REQUEST_TO_PPK");
	}

	@Test
	void theTaskForceSeesTheAlertOnTheQueuePageAndOpensProtectionThere() {
		check.run("TASK_FORCE");
		long lead = check.planted(officers.token("TASK_FORCE")).get("dismissed").path("id").asLong();
		UserAgent taskForce = new UserAgent(port);
		id.go.netra.DemoAccountRows row = id.go.netra.DemoAccountRows.of("TASK_FORCE");
		taskForce.signIn(row.username(), row.password());

		String queue = taskForce.get("/penyaringan?source=RETALIATION").body();
		HttpResponse<String> refused = taskForce.submit("/penyaringan?source=RETALIATION",
				"/penyaringan/" + lead + "/perlindungan", Map.of("measure", "LPSK_REFERRAL", "note", "",
						"source", "RETALIATION"));
		String afterRefusal = taskForce.get("/penyaringan?source=RETALIATION").body();
		HttpResponse<String> opened = taskForce.submit("/penyaringan?source=RETALIATION",
				"/penyaringan/" + lead + "/perlindungan", Map.of("measure", "LPSK_REFERRAL",
						"note", "Dirujuk ke LPSK dengan surat satgas.", "source", "RETALIATION"));
		String afterOpening = taskForce.get("/penyaringan?source=RETALIATION").body();

		assertThat(queue).contains("Pelapor Diberhentikan").contains("Pemberhentian sesudah melapor")
			.contains("melapor " + Dates.day(REPORTED, Locale.forLanguageTag("id"))).contains("Diberhentikan");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(afterRefusal).contains("paling sedikit 5 karakter");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(afterOpening).contains("Perlindungan pelapor dibuka").contains("Rujukan ke LPSK: Dirujuk ke LPSK");
	}

	@Test
	void reportDaysPastTheWindowAndItsMarginAreForgotten() {
		String nip = check.nip("transferred");
		jdbc.sql("update reporter_nip_log set reported_on = :day where nip = :nip")
			.param("day", LocalDate.now(Dates.ZONE).minusMonths(25))
			.param("nip", nip)
			.update();

		check.run("TASK_FORCE");

		assertThat(jdbc.sql("select count(*) from reporter_nip_log where nip = :nip").param("nip", nip)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from reporter_nip_log where nip = :nip").param("nip", check.nip("demoted"))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theReportFormTakesTheReportersOwnNipAndRefusesOneThatIsNot() {
		String nip = check.nip("colleague");
		Map<String, String> form = new java.util.LinkedHashMap<>();
		form.put("name", "Atasan Uji (sintetis)");
		form.put("date", LocalDate.now().minusDays(2).toString());
		form.put("regionCode", "32.73");
		form.put("description", "Mengarahkan staf untuk menghadiri kampanye calon tertentu.");
		form.put("reporterName", "Pelapor Formulir (sintetis)");
		form.put("reporterEmail", "pelapor@contoh.invalid");
		form.put("consent", "true");
		form.put("reporterNip", "12345");

		HttpResponse<String> refused = new UserAgent(port).from("10.24.1." + (1 + new Random().nextInt(250)))
			.submit("/lapor", "/lapor", form);
		form.put("reporterNip", nip);
		HttpResponse<String> filed = new UserAgent(port).from("10.24.2." + (1 + new Random().nextInt(250)))
			.submit("/lapor", "/lapor", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("reporter-nip-error");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from reporter_nip_log where nip = :nip").param("nip", nip)
			.query(Long.class).single()).isEqualTo(1);
	}

	private String report(String reporterNip, boolean anonymous) {
		String json = """
				{"reported": {"nip": null, "name": "Atasan Uji (sintetis)", "employer": "Pemerintah Kota Bandung"},
				 "incident": {"date": "%s", "regionCode": "32.73",
				   "description": "Mengarahkan staf untuk menghadiri kampanye calon tertentu.", "links": []},
				 "reporter": {"anonymous": %s, "name": "Pelapor Uji (sintetis)", "email": "pelapor@contoh.invalid",
				   "nip": "%s"},
				 "consent": true}
				""".formatted(LocalDate.now().minusDays(2), anonymous, reporterNip);
		HttpResponse<String> filed = new UserAgent(port).from("10.23." + new Random().nextInt(250) + "."
				+ (1 + new Random().nextInt(250))).postJson("/api/v1/public/reports", null, json);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return UserAgent.json(filed).path("complaintNumber").asString();
	}

	private HttpResponse<String> protect(long lead, String role, String measure, String note) {
		return http.postJson("/api/v1/screening/leads/" + lead + "/protection", officers.token(role),
				"{\"measure\": \"%s\", \"note\": \"%s\"}".formatted(measure, note));
	}
}
