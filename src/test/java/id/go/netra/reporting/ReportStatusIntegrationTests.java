package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * What the citizen sees of their report after filing: its stages in plain words with the day each began, in
 * both languages, without officers' notes; a closed report says so and takes no more messages; and who may ask
 * to be mailed when the stage changes.
 */
@NetraIntegrationTest
class ReportStatusIntegrationTests {

	private static final String INTERNAL_NOTE = "Catatan internal verifikator (sintetis)";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTimelineNamesEachStageInWordsWithTheDayItBeganInBothLanguages() {
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(Officers.publicReport(null, "Linimasa", "32.73", null));
		String number = filed.path("complaintNumber").asString();
		String code = filed.path("receiptCode").asString();
		String today = today(Locale.forLanguageTag("id"));

		String received = statusPage(new UserAgent(port), number, code).body();
		assertThat(timeline(received)).contains("Laporan diterima", "Verifikasi oleh Satgas Netralitas ASN", today)
			.doesNotContain("Kajian oleh Bawaslu");
		assertThat(received).contains("action=\"/lapor/status/jawab\"").doesNotContain("data-testid=\"closed\"");

		officers.act("TASK_FORCE", "/api/v1/cases/" + officers.caseOf(number).path("id").asString() + "/verification",
				"""
						{"decision": "FORWARD", "note": "%s"}""".formatted(INTERNAL_NOTE));

		String inReview = statusPage(new UserAgent(port), number, code).body();
		assertThat(timeline(inReview)).containsSubsequence("Laporan diterima", "Verifikasi oleh Satgas Netralitas ASN",
				"Kajian oleh Bawaslu", today);
		assertThat(inReview).containsPattern("aria-current=\"step\"[^>]*>\\s*<span>Kajian oleh Bawaslu")
			.doesNotContain(INTERNAL_NOTE)
			.doesNotContain("IN_REVIEW");

		UserAgent visitor = new UserAgent(port);
		visitor.get("/lapor/status?lang=en");
		String english = statusPage(visitor, number, code).body();
		assertThat(timeline(english)).containsSubsequence("Report received",
				"Verification by the ASN Neutrality Task Force", "Review by Bawaslu", today(Locale.ENGLISH));

		JsonNode status = UserAgent.json(new UserAgent(port).getWith("/api/v1/public/reports/" + number,
				"X-Receipt-Code", code));
		assertThat(status.path("timeline").valueStream().map(step -> step.path("stage").asString()))
			.containsExactly("FILED", "RECEIVED", "IN_REVIEW");
		assertThat(status.path("timeline").get(2).path("label").asString()).isEqualTo("Kajian oleh Bawaslu");
		assertThat(status.path("closed").asBoolean()).isFalse();
	}

	@Test
	void aRejectedReportSaysItIsClosedWithTheReasonHidesTheAnswerFormAndRefusesMessages() {
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(Officers.publicReport(null, "Ditutup", "32.73", null));
		String number = filed.path("complaintNumber").asString();
		String code = filed.path("receiptCode").asString();

		// while the case is open the reporter can still answer
		UserAgent citizen = new UserAgent(port);
		HttpResponse<String> answered = citizen.submit("/lapor/status", "/lapor/status/jawab",
				Map.of("complaintNumber", number, "receiptCode", code, "body", "Saya punya tangkapan layar lain."));
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);

		officers.act("TASK_FORCE", "/api/v1/cases/" + officers.caseOf(number).path("id").asString() + "/verification",
				"""
						{"decision": "REJECT", "reason": "INSUFFICIENT_EVIDENCE", "note": "%s"}""".formatted(INTERNAL_NOTE));

		String closed = statusPage(new UserAgent(port), number, code).body();
		String today = today(Locale.forLanguageTag("id"));
		assertThat(timeline(closed)).containsSubsequence("Laporan diterima", "Verifikasi oleh Satgas Netralitas ASN",
				"Ditutup: laporan tidak memenuhi syarat", today);
		assertThat(closed).contains("Laporan ini sudah ditutup pada " + today + ".")
			.contains("Alasan: bukti belum cukup untuk ditindaklanjuti.")
			.contains("Pesan dan bukti baru tidak lagi diterima")
			.doesNotContain("action=\"/lapor/status/jawab\"")
			.doesNotContain(INTERNAL_NOTE)
			.doesNotContain("INSUFFICIENT_EVIDENCE");

		UserAgent visitor = new UserAgent(port);
		visitor.get("/lapor/status?lang=en");
		assertThat(statusPage(visitor, number, code).body())
			.contains("Closed: the report does not meet the requirements")
			.contains("This report was closed on " + today(Locale.ENGLISH) + ".")
			.contains("Reason: the evidence is not enough to act on.")
			.doesNotContain("action=\"/lapor/status/jawab\"");

		// a message posted anyway (an old tab, a script) is refused in the reporter's language and changes nothing
		long messages = messages(number);
		HttpResponse<String> refused = citizen.submit("/lapor/status", "/lapor/status/jawab",
				Map.of("complaintNumber", number, "receiptCode", code, "body", "Masih ada yang ingin saya sampaikan."));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
		assertThat(refused.body()).contains("Laporan ini sudah ditutup: pesan dan bukti baru tidak lagi diterima.")
			.doesNotContain("action=\"/lapor/status/jawab\"");
		HttpResponse<String> refusedInEnglish = visitor.submit("/lapor/status", "/lapor/status/jawab",
				Map.of("complaintNumber", number, "receiptCode", code, "body", "One more thing."));
		assertThat(refusedInEnglish.statusCode()).isEqualTo(409);
		assertThat(refusedInEnglish.body())
			.contains("This report is closed: new messages and evidence are no longer accepted.");

		HttpResponse<String> byApi = new UserAgent(port).postJson("/api/v1/public/reports/" + number + "/messages", null,
				"""
						{"body": "Lewat API."}""", "X-Receipt-Code", code);
		assertThat(byApi.statusCode()).isEqualTo(409);
		assertThat(UserAgent.json(byApi).path("detail").asString()).contains("Laporan ini sudah ditutup");
		assertThat(messages(number)).isEqualTo(messages);

		JsonNode status = UserAgent.json(new UserAgent(port).language("en")
			.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", code));
		assertThat(status.path("closed").asBoolean()).isTrue();
		assertThat(status.path("closingReason").asString()).isEqualTo("the evidence is not enough to act on");
	}

	@Test
	void onlyANamedReporterWithAnEmailAddressMayAskForStageNews() {
		UserAgent citizen = new UserAgent(port);
		String form = citizen.get("/lapor").body();
		assertThat(form).contains("Kirim kabar ke surel saya bila tahap laporan berubah")
			.containsPattern("<input id=\"reporter-notifyOnStageChange\" name=\"notifyOnStageChange\"")
			.doesNotContainPattern("id=\"reporter-notifyOnStageChange\"[^>]*checked");

		long before = reports();
		HttpResponse<String> anonymous = citizen.postJson("/api/v1/public/reports", null, report("""
				{"anonymous": true, "email": "anonim@contoh.invalid", "notifyOnStageChange": true}"""));
		assertThat(anonymous.statusCode()).isEqualTo(400);
		assertThat(fieldError(anonymous, "reporter.notifyOnStageChange")).contains("laporan anonim tidak menyimpannya");

		HttpResponse<String> phoneOnly = citizen.language("en").postJson("/api/v1/public/reports", null, report("""
				{"anonymous": false, "name": "Warga Telepon (sintetis)", "phone": "0812-3456-7890",
				 "notifyOnStageChange": true}"""));
		assertThat(phoneOnly.statusCode()).isEqualTo(400);
		assertThat(fieldError(phoneOnly, "reporter.notifyOnStageChange")).contains("Fill in your e-mail address");
		assertThat(reports()).isEqualTo(before);

		HttpResponse<String> optedIn = citizen.postJson("/api/v1/public/reports", null, report("""
				{"anonymous": false, "name": "Warga Kabar (sintetis)", "email": "kabar.api@contoh.invalid",
				 "notifyOnStageChange": true}"""));
		assertThat(optedIn.statusCode()).as(optedIn.body()).isEqualTo(201);
		assertThat(jdbc.sql("select notify_on_stage_change from report where complaint_number = :number")
			.param("number", UserAgent.json(optedIn).path("complaintNumber").asString())
			.query(Boolean.class)
			.single()).isTrue();
	}

	private static String report(String reporter) {
		return """
				{"reported": {"name": "Terlapor Kabar (sintetis)"},
				 "incident": {"date": "%s", "regionCode": "32.73",
				   "description": "Mengunggah ajakan memilih calon tertentu di akun media sosial pribadinya."},
				 "reporter": %s, "consent": true}""".formatted(LocalDate.now().minusDays(1), reporter);
	}

	private static String fieldError(HttpResponse<String> refused, String field) {
		return UserAgent.json(refused)
			.path("errors")
			.valueStream()
			.filter(error -> error.path("field").asString().equals(field))
			.map(error -> error.path("message").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no error on " + field + ": " + refused.body()));
	}

	private static HttpResponse<String> statusPage(UserAgent citizen, String number, String code) {
		HttpResponse<String> page = citizen.submit("/lapor/status", "/lapor/status",
				Map.of("complaintNumber", number, "receiptCode", code));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page;
	}

	/** The timeline list of the status page, as text. */
	private static String timeline(String page) {
		int start = page.indexOf("data-testid=\"timeline\"");
		assertThat(start).as("the page has a timeline").isNotNegative();
		return page.substring(start, page.indexOf("</ol>", start));
	}

	private static String today(Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
			.format(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
	}

	private long messages(String number) {
		return jdbc.sql("""
				select count(*) from report_message m join report r on r.id = m.report_id
				where r.complaint_number = :number""").param("number", number).query(Long.class).single();
	}

	private long reports() {
		return jdbc.sql("select count(*) from report").query(Long.class).single();
	}
}
