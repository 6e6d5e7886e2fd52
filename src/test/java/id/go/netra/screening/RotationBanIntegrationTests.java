package id.go.netra.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.screening.Careers.Post;
import tools.jackson.databind.JsonNode;

/**
 * The rotation ban (UU 10/2016 art. 71(2)) over Pilkada 2024 (candidates determined 22 Sep 2024, so the ban runs from
 * 22 Mar 2024): planted officials replaced inside the window are found, and none of the near misses (a day before
 * the window, a day after a region's term end, a functional post, DI Yogyakarta's province where no governor is
 * elected). A recorded approval of the minister clears a lead; Bawaslu of West Java sees only its own region.
 */
@NetraIntegrationTest
class RotationBanIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	CareerCheck check;
	Officers officers;
	UserAgent http;

	@BeforeEach
	void plant() {
		check = CareerCheck.rotationBan(port, jdbc);
		officers = check.officers();
		http = check.http();
		// the regency's regent's term is recorded to end on 20 Feb 2025: the ban ends with it
		HttpResponse<String> term = http.exchange("PUT", "/api/v1/catalog/elections/PILKADA-2024/regions/32.73",
				officers.token("ADMIN"), "application/json", "{\"termEndsOn\": \"2025-02-20\", \"source\": \"uji\"}");
		assertThat(term.statusCode()).as(term.body()).isEqualTo(200);
		LocalDate old = LocalDate.of(2019, 1, 2);
		Post head = Post.active(old, "PEMDA-32.73", "Dinas Pendidikan", "ADMINISTRATOR", "Kepala Bidang SMP", "IV/a");
		// found: an official moved to another unit in the window, the current post
		check.plant("moved", "Bidang Dipindah", List.of(head,
				head.moved(LocalDate.of(2024, 6, 10), "PEMDA-32.73", "Dinas Perhubungan")));
		// found: the province's senior official replaced on the window's first day (then moved again after it)
		Post secretary = Post.active(old, "PEMDA-32", "Sekretariat Daerah", "JPT", "Asisten Pemerintahan", "IV/c");
		check.plant("firstDay", "Asisten Diganti", List.of(secretary,
				new Post(LocalDate.of(2024, 3, 22), "PEMDA-32", "32", "Sekretariat Daerah", "FUNCTIONAL", "Analis Kebijakan",
						"IV/c", "ACTIVE"),
				new Post(LocalDate.of(2025, 6, 1), "PEMDA-32", "32", "Badan Kepegawaian", "FUNCTIONAL", "Analis Kebijakan",
						"IV/c", "ACTIVE")));
		// found, then cleared by the minister's approval: another province's regency
		Post chief = Post.active(old, "PEMDA-33.74", "Dinas Kesehatan", "SUPERVISOR", "Kepala Seksi", "III/d");
		check.plant("approved", "Seksi Disetujui", List.of(chief,
				chief.moved(LocalDate.of(2024, 8, 1), "PEMDA-33.74", "Dinas Sosial")));
		// found: the regent's last day in office
		check.plant("lastDay", "Hari Terakhir", List.of(head,
				head.moved(LocalDate.of(2025, 2, 20), "PEMDA-32.73", "Dinas Pertanian")));
		// near misses
		check.plant("dayBefore", "Sehari Sebelum", List.of(head,
				head.moved(LocalDate.of(2024, 3, 21), "PEMDA-32.73", "Dinas Perhubungan")));
		check.plant("dayAfter", "Sehari Sesudah", List.of(head,
				head.moved(LocalDate.of(2025, 2, 21), "PEMDA-32.73", "Dinas Perhubungan")));
		Post teacher = Post.active(old, "PEMDA-32.73", "Dinas Pendidikan", "FUNCTIONAL", "Guru Ahli Muda", "III/c");
		check.plant("functional", "Guru Dipindah", List.of(teacher,
				teacher.moved(LocalDate.of(2024, 7, 1), "PEMDA-32.73", "SMPN 3")));
		Post yogya = Post.active(old, "PEMDA-34", "Sekretariat Daerah", "ADMINISTRATOR", "Kepala Bagian", "IV/a");
		check.plant("noPilkada", "Tanpa Pilkada", List.of(yogya,
				yogya.moved(LocalDate.of(2024, 7, 1), "PEMDA-34", "Biro Umum")));
	}

	@Test
	void findsExactlyTheOfficialsReplacedInsideTheWindowAndASecondRunAddsNothing() {
		JsonNode first = check.run("OVERSIGHT");
		JsonNode second = check.run("OVERSIGHT");

		assertThat(first.path("leadsAdded").asLong()).isGreaterThanOrEqualTo(4);
		assertThat(second.path("leadsAdded").asLong()).isZero();
		Map<String, JsonNode> found = check.planted(officers.token("OVERSIGHT"), "OPEN");
		assertThat(found.keySet()).containsExactlyInAnyOrder("moved", "firstDay", "approved", "lastDay");
		JsonNode moved = found.get("moved");
		assertThat(moved.path("change").path("regionCode").asString()).isEqualTo("32.73");
		assertThat(moved.path("change").path("windowFrom").asString()).isEqualTo("2024-03-22");
		assertThat(moved.path("change").path("windowTo").asString()).isEqualTo("2025-02-20");
		assertThat(moved.path("change").path("before").path("unit").asString()).isEqualTo("Dinas Pendidikan");
		assertThat(moved.path("change").path("after").path("unit").asString()).isEqualTo("Dinas Perhubungan");
		assertThat(found.get("firstDay").path("change").path("regionCode").asString()).isEqualTo("32");
		assertThat(found.get("firstDay").path("change").path("changedOn").asString()).isEqualTo("2024-03-22");
	}

	@Autowired
	ScreeningRuns runs;

	@Test
	void theScheduledRunClaimsADueRunOnceAndFindsThePlantedChanges() {
		jdbc.sql("update screening_run set next_run_at = :past where check_name = 'ROTATION_BAN'")
			.param("past", java.time.OffsetDateTime.now().minusMinutes(1))
			.update();

		runs.runDue();
		java.time.OffsetDateTime claimed = lastRun();
		runs.runDue();

		assertThat(claimed).isAfter(java.time.OffsetDateTime.now().minusMinutes(1));
		assertThat(lastRun()).isEqualTo(claimed);
		assertThat(jdbc.sql("select next_run_at from screening_run where check_name = 'ROTATION_BAN'")
			.query(java.time.OffsetDateTime.class).single()).isAfter(java.time.OffsetDateTime.now().plusHours(23));
		assertThat(check.planted(officers.token("OVERSIGHT"), "OPEN").keySet())
			.containsExactlyInAnyOrder("moved", "firstDay", "approved", "lastDay");
	}

	private java.time.OffsetDateTime lastRun() {
		return jdbc.sql("select last_run_at from screening_run where check_name = 'ROTATION_BAN'")
			.query(java.time.OffsetDateTime.class)
			.single();
	}

	@Test
	void theMinistersApprovalClearsALeadAndAWrongLetterChangesNothing() {
		check.run("ELECTION_SUPERVISOR");
		long lead = check.planted(officers.token("OVERSIGHT"), "OPEN").get("approved").path("id").asLong();
		byte[] pdf = "%PDF-1.4\n% surat persetujuan (sintetis)\n".getBytes(StandardCharsets.US_ASCII);

		HttpResponse<String> notAPdf = approve(lead, "OVERSIGHT", "100.2.2.6/1234/OTDA", "2024-07-20",
				"bukan surat".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> noNumber = approve(lead, "OVERSIGHT", " ", "2024-07-20", pdf);
		HttpResponse<String> byPpk = approve(lead, "PPK", "100.2.2.6/1234/OTDA", "2024-07-20", pdf);
		HttpResponse<String> approved = approve(lead, "OVERSIGHT", "100.2.2.6/1234/OTDA", "2024-07-20", pdf);
		HttpResponse<String> again = approve(lead, "OVERSIGHT", "100.2.2.6/1234/OTDA", "2024-07-20", pdf);

		assertThat(notAPdf.statusCode()).as(notAPdf.body()).isEqualTo(400);
		assertThat(noNumber.statusCode()).as(noNumber.body()).isEqualTo(400);
		assertThat(UserAgent.json(noNumber).toString()).contains("letterNumber");
		assertThat(byPpk.statusCode()).isEqualTo(403);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(409);
		JsonNode cleared = check.planted(officers.token("OVERSIGHT"), "CLEARED").get("approved");
		assertThat(cleared.path("status").asString()).isEqualTo("CLEARED");
		assertThat(cleared.path("approval").path("letterNumber").asString()).isEqualTo("100.2.2.6/1234/OTDA");
		assertThat(cleared.path("approval").path("letterDate").asString()).isEqualTo("2024-07-20");
		assertThat(check.planted(officers.token("OVERSIGHT"), "OPEN")).doesNotContainKey("approved");
	}

	@Test
	void bawasluOfARegionSeesOnlyItsRegionAndAPpkOrThePublicNothing() {
		check.run("TASK_FORCE");
		String westJava = officers.regionalToken("BAWASLU-32", "ELECTION_SUPERVISOR");
		long centralJavaLead = check.planted(officers.token("TASK_FORCE"), "OPEN").get("approved").path("id").asLong();

		Map<String, JsonNode> seen = check.planted(westJava, "OPEN");
		HttpResponse<String> otherRegion = http.postJson("/api/v1/screening/leads/" + centralJavaLead + "/dismissal",
				westJava, "{\"reason\": \"Bukan wilayah kami sama sekali.\"}");
		HttpResponse<String> byPpk = http.get("/api/v1/screening/leads?source=ROTATION_BAN", officers.token("PPK"));
		HttpResponse<String> anonymous = http.get("/api/v1/screening/leads?source=ROTATION_BAN");
		HttpResponse<String> runByPpk = http.postJson("/api/v1/screening/rotation-ban/runs", officers.token("PPK"), "");
		HttpResponse<String> counts = http.get("/api/v1/screening/counts", westJava);

		assertThat(seen.keySet()).containsExactlyInAnyOrder("moved", "firstDay", "lastDay");
		assertThat(otherRegion.statusCode()).isEqualTo(404);
		assertThat(byPpk.statusCode()).isEqualTo(403);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(runByPpk.statusCode()).isEqualTo(403);
		assertThat(counts.statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(counts).has("ROTATION_BAN")).isTrue();
		assertThat(UserAgent.json(counts).has("RETALIATION")).isFalse();
	}

	@Test
	void theTaskForceOpensARotationLeadAsACase() {
		check.run("OVERSIGHT");
		long lead = check.planted(officers.token("OVERSIGHT"), "OPEN").get("moved").path("id").asLong();

		HttpResponse<String> opened = http.postJson("/api/v1/screening/leads/" + lead + "/case",
				officers.token("TASK_FORCE"), "{\"note\": \"Tanpa persetujuan Mendagri.\"}");

		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String number = UserAgent.json(opened).path("complaintNumber").asString();
		JsonNode found = check.planted(officers.token("OVERSIGHT"), "CASE_OPENED").get("moved");
		assertThat(found.path("complaintNumber").asString()).isEqualTo(number);
		org.awaitility.Awaitility.await("the case filed through the intake")
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(http.get("/api/v1/cases?complaintNumber=" + number,
					officers.token("TASK_FORCE")).body()).contains(number));
	}

	private HttpResponse<String> approve(long lead, String role, String number, String date, byte[] document) {
		return http.postFile("/api/v1/screening/leads/" + lead + "/approval",
				Map.of("letterNumber", number, "letterDate", date), "document", "surat.pdf", document,
				"Authorization", "Bearer " + officers.token(role));
	}
}
