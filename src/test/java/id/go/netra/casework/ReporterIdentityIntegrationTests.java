package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * Identity access: a named reporter's identity is unreadable in the database, its file and the log, and the task
 * force opens it only by stating why, each reading audited; nobody else learns even whether the report was named.
 */
@NetraIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReporterIdentityIntegrationTests {

	private static final Pattern COMPLAINT_NUMBER = Pattern.compile("data-testid=\"complaint-number\">([^<]+)<");
	private static final String REASON = "verifikasi keterangan saksi kunci";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Value("${netra.data-dir}")
	Path dataDir;

	/** A reporter no other test names, so that finding them anywhere means this test's report leaked. */
	record Reporter(String name, String email, String phone) {

		static Reporter unique() {
			String tag = UUID.randomUUID().toString().substring(0, 8);
			return new Reporter("Pelapor Rahasia " + tag, "rahasia." + tag + "@contoh.invalid",
					// twelve digits always: without the padding 1 tag in 100,000 made a phone of under eight digits,
					// which the form refuses
					"0813" + "%08d".formatted(Math.abs(tag.hashCode() % 100_000_000)));
		}

		List<String> parts() {
			return List.of(name, email, phone);
		}
	}

	@Test
	void aNamedReportLeavesTheIdentityReadableNowhere_notInAnyColumnNorTheDatabaseFileNorTheLog(CapturedOutput log)
			throws Exception {
		Reporter reporter = Reporter.unique();
		String reportedName = "Terlapor Penanda " + UUID.randomUUID().toString().substring(0, 8);
		String number = fileOnThePage(reporter, reportedName, true);
		Officers officers = new Officers(port);
		String id = officers.caseOf(number).path("id").asString();
		// a stage change makes a notice to the reporter, who asked for news
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		await("the reporter's notice").atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from notice where complaint_number = :n and kind = 'REPORTER_NEWS'")
				.param("n", number)
				.query(Long.class)
				.single() == 1);
		assertThat(officers.reporterOf(id).path("email").asString()).isEqualTo(reporter.email());

		for (String part : reporter.parts()) {
			assertThat(columnsHolding(part)).as("text columns holding " + part).isEmpty();
		}
		// the same search finds what is stored in plain text: it would have found the reporter
		assertThat(columnsHolding(reportedName)).contains("report.reported_name");

		if (h2()) {
			jdbc.sql("checkpoint sync").update();
			byte[] file = Files.readAllBytes(dataDir.resolve("netra.mv.db"));
			assertThat(contains(file, reportedName)).as("the scan finds plain text in the file").isTrue();
			for (String part : reporter.parts()) {
				assertThat(contains(file, part)).as(part + " in the database file").isFalse();
			}
		}
		for (String part : reporter.parts()) {
			assertThat(log.getAll()).as("the log").doesNotContain(part);
		}
	}

	@Test
	void theTaskForceOpensTheIdentityOnlyWithAReasonAndEveryReadingIsAuditedWithIt() {
		Reporter reporter = Reporter.unique();
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(report(reporter));
		String id = officers.caseOf(filed.path("complaintNumber").asString()).path("id").asString();
		String path = "/api/v1/cases/" + id + "/reporter-identity";

		// without a reason, or with a word, nothing is shown and nothing is audited as read
		long readingsBefore = readings(officers, filed.path("complaintNumber").asString());
		for (String body : List.of("{}", "{\"reason\": \"   \"}", "{\"reason\": \"cek\"}")) {
			HttpResponse<String> refused = officers.post("TASK_FORCE", path, body);
			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertThat(UserAgent.json(refused).path("detail").asString()).contains("alasan membuka identitas pelapor");
			assertThat(refused.body()).doesNotContain(reporter.email());
		}
		HttpResponse<String> english = new UserAgent(port).language("en").postJson(path, officers.token("TASK_FORCE"), "{}");
		assertThat(UserAgent.json(english).path("detail").asString()).contains("State why you open");
		assertThat(readings(officers, filed.path("complaintNumber").asString())).isEqualTo(readingsBefore);

		// other roles are refused, and a case that does not exist is not found
		assertThat(officers.post("ELECTION_SUPERVISOR", path, "{\"reason\": \"" + REASON + "\"}").statusCode())
			.isEqualTo(403);
		assertThat(officers.post("CIVIL_SERVICE_AGENCY", path, "{\"reason\": \"" + REASON + "\"}").statusCode())
			.isIn(403, 404);
		assertThat(officers.post("TASK_FORCE", "/api/v1/cases/" + UUID.randomUUID() + "/reporter-identity",
				"{\"reason\": \"" + REASON + "\"}").statusCode()).isEqualTo(404);

		// with a reason: the identity, and an audit entry saying who, which report, when and why
		JsonNode shown = officers.act("TASK_FORCE", path, "{\"reason\": \"" + REASON + "\"}");
		assertThat(shown.path("anonymous").asBoolean()).isFalse();
		assertThat(shown.path("name").asString()).isEqualTo(reporter.name());
		assertThat(shown.path("email").asString()).isEqualTo(reporter.email());
		assertThat(shown.path("phone").asString()).isEqualTo(reporter.phone());

		JsonNode entries = officers.get("ADMIN", "/api/v1/audit?action=REPORTER_IDENTITY_VIEWED&size=500").path("items");
		JsonNode reading = entries.valueStream()
			.filter(e -> e.path("target").asString().equals(filed.path("complaintNumber").asString())
					&& e.path("outcome").asString().equals("SUCCESS"))
			.findFirst()
			.orElseThrow();
		assertThat(reading.path("actor").asString()).isEqualTo(DemoAccountRows.of("TASK_FORCE").clientId());
		assertThat(reading.path("detail").asString()).contains(REASON);
		assertThat(reading.path("occurredAt").isMissingNode()).isFalse();
		assertThat(entries.toString()).doesNotContain(reporter.email()).doesNotContain(reporter.name());
		// the refused Bawaslu is on the trail too, as a refusal
		assertThat(entries.valueStream()
			.anyMatch(e -> e.path("target").asString().equals(filed.path("complaintNumber").asString())
					&& e.path("outcome").asString().equals("DENIED"))).isTrue();

		// an anonymous report: the answer says so, and the reading is audited all the same
		JsonNode anonymous = officers.fileReport(report(reporter).replace("\"anonymous\": false",
				"\"anonymous\": true"));
		String anonymousId = officers.caseOf(anonymous.path("complaintNumber").asString()).path("id").asString();
		JsonNode nobody = officers.act("TASK_FORCE", "/api/v1/cases/" + anonymousId + "/reporter-identity",
				"{\"reason\": \"" + REASON + "\"}");
		assertThat(nobody.path("anonymous").asBoolean()).isTrue();
		assertThat(nobody.path("message").asString()).contains("anonim");
		assertThat(readings(officers, anonymous.path("complaintNumber").asString())).isOne();
	}

	@Test
	void theCasePageSaysWhetherTheReportIsNamedAndShowsWhoOnlyOnAReason() {
		Reporter reporter = Reporter.unique();
		String number = fileOnThePage(reporter, "Terlapor Halaman", false);
		String id = new Officers(port).caseOf(number).path("id").asString();
		UserAgent satgas = signedIn("TASK_FORCE");

		String page = satgas.get("/kasus/" + id).body();
		assertThat(page).contains("Pelapor: bernama").contains("Tampilkan identitas pelapor")
			.doesNotContain(reporter.name())
			.doesNotContain(reporter.email());

		// without a reason the page comes back saying what is missing
		HttpResponse<String> refused = satgas.submit("/kasus/" + id, "/kasus/" + id + "/identitas-pelapor",
				Map.of("reason", ""));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(satgas.get("/kasus/" + id).body()).contains("Tuliskan alasan membuka identitas pelapor")
			.doesNotContain(reporter.email());

		// with one, this answer shows who it is, and is not kept by the browser
		HttpResponse<String> shown = satgas.submit("/kasus/" + id, "/kasus/" + id + "/identitas-pelapor",
				Map.of("reason", REASON));
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains(reporter.name()).contains(reporter.email()).contains(reporter.phone())
			.doesNotContain("Tampilkan identitas pelapor");
		assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		// the next look at the page shows it no more
		assertThat(satgas.get("/kasus/" + id).body()).doesNotContain(reporter.email());

		// Bawaslu sees the case but neither who reported nor whether anyone was named
		String asBawaslu = signedIn("ELECTION_SUPERVISOR").get("/kasus/" + id).body();
		assertThat(asBawaslu).doesNotContain("Pelapor: bernama").doesNotContain("Pelapor: anonim")
			.doesNotContain("Tampilkan identitas pelapor")
			.doesNotContain(reporter.email());

		// the administrator's trail names the reading in words
		String trail = signedIn("ADMIN").get("/admin/audit?action=REPORTER_IDENTITY_VIEWED").body();
		assertThat(trail).contains("Identitas pelapor dibuka").contains(number).contains(REASON)
			.doesNotContain(reporter.email());
	}

	@Test
	void aCitizensAddressIsKeptNowhereWhileAnOfficersStaysOnTheTrail() {
		// addresses of a block no other test sends from, as the search matches any text that contains them: random
		// ones of 203.0.113.100-249 and 192.0.2.100-249 drew an address other tests send from 2 and 3 times in 150
		String citizenAddress = "198.18.71.203";
		String officerAddress = "198.19.72.192";
		Officers officers = new Officers(port);
		UserAgent citizen = new UserAgent(port);
		HttpResponse<String> filed = citizen.postJson("/api/v1/public/reports", null, report(Reporter.unique()),
				"X-Forwarded-For", citizenAddress);
		assertThat(filed.statusCode()).isEqualTo(201);
		String number = UserAgent.json(filed).path("complaintNumber").asString();
		assertThat(citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code",
				UserAgent.json(filed).path("receiptCode").asString(), "X-Forwarded-For", citizenAddress).statusCode())
			.isEqualTo(200);
		String id = officers.caseOf(number).path("id").asString();
		assertThat(officers.http().postJson("/api/v1/cases/" + id + "/verification", officers.token("TASK_FORCE"),
				"{\"decision\": \"FORWARD\"}", "X-Forwarded-For", officerAddress).statusCode()).isEqualTo(200);

		assertThat(columnsHolding(citizenAddress)).as("where the citizen's address is kept").isEmpty();
		assertThat(columnsHolding(officerAddress)).containsExactly("audit_entry.source_address");
	}

	private String fileOnThePage(Reporter reporter, String reportedName, boolean news) {
		UserAgent citizen = new UserAgent(port);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", reportedName);
		form.put("date", LocalDate.now().minusDays(2).toString());
		form.put("regionCode", "32.73");
		form.put("description", "Kepala dinas mengajak pegawai memilih pasangan calon tertentu dalam rapat kantor.");
		form.put("reporterName", reporter.name());
		form.put("reporterEmail", reporter.email());
		form.put("reporterPhone", reporter.phone());
		if (news) {
			form.put("notifyOnStageChange", "true");
		}
		form.put("consent", "true");
		HttpResponse<String> filed = citizen.submit("/lapor", "/lapor", form);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		Matcher number = COMPLAINT_NUMBER.matcher(citizen.get("/lapor/terkirim").body());
		assertThat(number.find()).isTrue();
		return number.group(1);
	}

	private static String report(Reporter reporter) {
		return Officers.publicReport(null, "Terlapor API", "32.73", null)
			.replace("Warga Uji (sintetis)", reporter.name())
			.replace("warga@contoh.invalid", reporter.email())
			.replace("0812-3456-7890", reporter.phone());
	}

	private static long readings(Officers officers, String complaintNumber) {
		return officers.get("ADMIN", "/api/v1/audit?action=REPORTER_IDENTITY_VIEWED&outcome=SUCCESS&size=500")
			.path("items")
			.valueStream()
			.filter(e -> e.path("target").asString().equals(complaintNumber))
			.count();
	}

	/** Every text column of every table that holds the value anywhere in it, as table.column. */
	private List<String> columnsHolding(String value) {
		List<String[]> columns = jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where lower(c.table_schema) = 'public' and t.table_type = 'BASE TABLE'
				  and (lower(c.data_type) like '%char%' or lower(c.data_type) in ('text', 'clob', 'json', 'jsonb'))
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		assertThat(columns).hasSizeGreaterThan(50);
		return columns.stream()
			.filter(c -> jdbc.sql("select count(*) from " + c[0] + " where cast(" + c[1] + " as varchar) like :v")
				.param("v", "%" + value + "%")
				.query(Long.class)
				.single() > 0)
			.map(c -> c[0].toLowerCase() + "." + c[1].toLowerCase())
			.toList();
	}

	private boolean h2() throws Exception {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().startsWith("H2");
		}
	}

	private static boolean contains(byte[] haystack, String needle) {
		byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
		outer: for (int i = 0; i <= haystack.length - bytes.length; i++) {
			for (int j = 0; j < bytes.length; j++) {
				if (haystack[i + j] != bytes[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private UserAgent signedIn(String role) {
		DemoAccountRows account = DemoAccountRows.of(role);
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		return agent;
	}
}
