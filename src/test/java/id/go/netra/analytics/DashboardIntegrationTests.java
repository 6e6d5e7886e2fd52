package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard, the election timeline and their exports over HTTP, in the caller's scope: BKN sees the West
 * Javan cases filed here, the PPK of another employer sees none of them, in JSON, CSV and XLSX alike.
 */
@NetraIntegrationTest
class DashboardIntegrationTests {

	/** Days of the Pemilu 2024 campaign that no other test files an act on. */
	static final LocalDate CAMPAIGN_DAY = LocalDate.of(2024, 1, 9);

	@LocalServerPort
	int port;

	@Test
	void theDashboardTheTimelineAndTheirExportsCountTheCasesInTheCallersScope() throws IOException {
		// given: two reports of acts during the Pemilu 2024 campaign, one proven as a partisan activity
		Officers officers = new Officers(port);
		String otherPpk = officers.regionalToken("PEMDA-31", "PPK");
		long otherBefore = json(officers, otherPpk, "/api/v1/statistics/dashboard").path("totals").path("cases").asLong();
		List<String> nips = officers.employ(8301, "PEMDA-32", "32.73", "Dasbor Satu (sintetis)", "Dasbor Dua (sintetis)");
		String first = officers.fileReport(reportOn(nips.get(0), CAMPAIGN_DAY)).path("complaintNumber").asString();
		officers.fileReport(reportOn(nips.get(1), CAMPAIGN_DAY.plusDays(1)));
		String id = officers.caseOf(first).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-08"]}""");

		// when: BKN asks for the timeline of Pemilu 2024, per day
		await("read model").atMost(Duration.ofSeconds(10)).until(() -> officers
			.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/elections/PEMILU-2024/timeline?granularity=DAY")
			.path("points").valueStream()
			.filter(p -> p.path("start").asString().equals(CAMPAIGN_DAY.toString())
					|| p.path("start").asString().equals(CAMPAIGN_DAY.plusDays(1).toString()))
			.mapToLong(p -> p.path("cases").asLong()).sum() >= 2);
		JsonNode days = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/elections/PEMILU-2024/timeline?granularity=DAY");

		// then: the days run from weeks before the first phase to weeks after the last, the campaign holds them
		assertThat(days.path("from").asString()).isEqualTo("2022-05-16");
		assertThat(days.path("points").get(0).path("phase").isNull()).isTrue();
		JsonNode campaign = phase(days, "CAMPAIGN");
		assertThat(campaign.path("days").asLong()).isEqualTo(75);
		assertThat(campaign.path("cases").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(campaign.path("perDay").asDouble()).isEqualTo(Statistics.round(campaign.path("cases").asLong() / 75.0, 3));
		assertThat(days.path("phases").valueStream().map(p -> p.path("code").asString()))
			.containsExactly("PRE_CAMPAIGN", "CAMPAIGN", "QUIET_PERIOD", "VOTING", "RECAPITULATION", "POST_ELECTION");
		assertThat(point(days, CAMPAIGN_DAY).path("phase").asString()).isEqualTo("CAMPAIGN");
		// per week, every bar starts on a Monday and the week of 8 January 2024 holds both acts
		JsonNode weeks = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/elections/PEMILU-2024/timeline?granularity=WEEK");
		assertThat(weeks.path("points").valueStream().map(p -> LocalDate.parse(p.path("start").asString()).getDayOfWeek()))
			.containsOnly(DayOfWeek.MONDAY);
		assertThat(point(weeks, LocalDate.of(2024, 1, 8)).path("cases").asLong())
			.isGreaterThanOrEqualTo(point(days, CAMPAIGN_DAY).path("cases").asLong() + 1);

		// and the dashboard counts the cases with names beside the codes
		JsonNode dashboard = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/statistics/dashboard");
		assertThat(dashboard.path("scope").path("national").asBoolean()).isTrue();
		assertThat(dashboard.path("totals").path("cases").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(label(dashboard.path("byViolation"), "DISIPLIN-08").path("label").asString()).isNotEqualTo("DISIPLIN-08");
		assertThat(label(dashboard.path("byStage"), "VERIFICATION").path("count").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(label(dashboard.path("byStage"), "FORWARDING").path("count").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(dashboard.path("byStage").valueStream().mapToLong(s -> s.path("count").asLong()).sum())
			.isEqualTo(dashboard.path("totals").path("cases").asLong());
		assertThat(dashboard.path("weekly")).hasSize(Dashboards.TREND_WEEKS);
		assertThat(dashboard.path("byProvince").valueStream()
			.filter(p -> p.path("code").asString().equals("32")).findFirst().orElseThrow().path("cases").asLong())
			.isGreaterThanOrEqualTo(2);
		assertThat(dashboard.path("topEmployers").valueStream().map(e -> e.path("key").asString())).contains("PEMDA-32");

		// the exports: CSV with a byte-order mark that parses into the same counts, XLSX that opens
		HttpResponse<byte[]> csv = officers.http().getBytes("/api/v1/statistics/exports/violations.csv",
				"Authorization", "Bearer " + officers.token("CIVIL_SERVICE_AGENCY"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("netra-violations-" + Dashboards.today() + ".csv");
		assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("Kode,Jenis pelanggaran,Kasus");
		assertThat(lines).anyMatch(line -> line.startsWith("DISIPLIN-08,")
				&& line.endsWith("," + label(dashboard.path("byViolation"), "DISIPLIN-08").path("count").asLong()));
		HttpResponse<byte[]> xlsx = new UserAgent(port).language("en").getBytes(
				"/api/v1/statistics/elections/PEMILU-2024/exports/phases.xlsx",
				"Authorization", "Bearer " + officers.token("CIVIL_SERVICE_AGENCY"));
		assertThat(xlsx.statusCode()).isEqualTo(200);
		List<Row> sheet = rows(xlsx.body());
		assertThat(sheet.get(0).getCellText(1)).isEqualTo("Phase");
		Row campaignRow = sheet.stream().filter(r -> r.getCellText(0).equals("CAMPAIGN")).findFirst().orElseThrow();
		assertThat(campaignRow.getCellAsNumber(5).orElseThrow().longValue()).isEqualTo(campaign.path("cases").asLong());

		// a PPK of another employer sees none of these cases, in the JSON and in the files
		assertThat(json(officers, otherPpk, "/api/v1/statistics/dashboard").path("totals").path("cases").asLong())
			.isEqualTo(otherBefore);
		JsonNode foreign = json(officers, otherPpk, "/api/v1/statistics/elections/PEMILU-2024/timeline?granularity=DAY");
		assertThat(point(foreign, CAMPAIGN_DAY).path("cases").asLong()).isZero();
		assertThat(point(foreign, CAMPAIGN_DAY.plusDays(1)).path("cases").asLong()).isZero();
		HttpResponse<byte[]> foreignDays = officers.http().getBytes("/api/v1/statistics/elections/PEMILU-2024/exports/days.csv",
				"Authorization", "Bearer " + otherPpk);
		assertThat(new String(foreignDays.body(), StandardCharsets.UTF_8)).contains(CAMPAIGN_DAY + "," + CAMPAIGN_DAY + ",CAMPAIGN,0");
		HttpResponse<byte[]> foreignXlsx = officers.http().getBytes("/api/v1/statistics/exports/employers.xlsx",
				"Authorization", "Bearer " + otherPpk);
		assertThat(rows(foreignXlsx.body())).noneMatch(r -> r.getCellText(0).equals("PEMDA-32"));

		// an unknown election or table is not found
		assertThat(officers.http().get("/api/v1/statistics/elections/PEMILU-1955/timeline", officers.token("PPK"))
			.statusCode()).isEqualTo(404);
		assertThat(officers.http().getBytes("/api/v1/statistics/exports/secrets.csv",
				"Authorization", "Bearer " + officers.token("PPK")).statusCode()).isEqualTo(404);
	}

	private static String reportOn(String nip, LocalDate day) {
		return Officers.publicReport(nip, "Dasbor", "32.73", null)
			.replace("\"date\": \"" + LocalDate.now().minusDays(3) + "\"", "\"date\": \"" + day + "\"");
	}

	private static JsonNode json(Officers officers, String token, String path) {
		HttpResponse<String> response = officers.http().get(path, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return UserAgent.json(response);
	}

	private static JsonNode phase(JsonNode timeline, String code) {
		return timeline.path("phases").valueStream().filter(p -> p.path("code").asString().equals(code)).findFirst()
			.orElseThrow();
	}

	private static JsonNode point(JsonNode timeline, LocalDate start) {
		return timeline.path("points").valueStream().filter(p -> p.path("start").asString().equals(start.toString()))
			.findFirst().orElseThrow();
	}

	private static JsonNode label(JsonNode counts, String key) {
		return counts.valueStream().filter(c -> c.path("key").asString().equals(key)).findFirst().orElseThrow();
	}

	private static List<Row> rows(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read();
		}
	}
}
