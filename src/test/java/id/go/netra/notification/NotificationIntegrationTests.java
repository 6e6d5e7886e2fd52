package id.go.netra.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import id.go.netra.UserAgent;
import id.go.netra.casework.CaseDeadlineApproaching;
import id.go.netra.casework.Stage;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.Officers;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * A case moves through its agencies while a real SMTP server (GreenMail) receives what Netra sends: each agency
 * that must act is mailed once per hand-over, reminded and told when late, and a mail server that is away for a
 * while delays the mails without losing them, up to the configured number of attempts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/notification-${random.uuid}",
				"netra.notification.send-interval=PT0.2S", "netra.notification.retry-backoff=PT0.5S",
				"netra.notification.max-attempts=5",
				"netra.notification.from=netra@uji.invalid", "netra.public-url=https://netra.uji.invalid/",
				// ten seconds, not three: on CI's PostgreSQL every cached test context runs its deadline watch on the
				// one database, like nodes of a cluster, and a reminder window of 1.5 s could pass between two looks
				"netra.deadlines.verification=PT10S", "netra.deadlines.review=PT1H", "netra.deadlines.forwarding=PT1H",
				"netra.deadlines.follow-up=PT1H", "netra.deadlines.poll-interval=PT0.3S" })
// its short deadlines and ladder would go on working every overdue case of the suite (one database on
// PostgreSQL) after the class: closed with it
@DirtiesContext
class NotificationIntegrationTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	static final String SATGAS = "satgas@demo.netra.invalid";
	static final String BAWASLU = "bawaslu@demo.netra.invalid";
	static final String BKN = "bkn@demo.netra.invalid";
	static final String PPK = "ppk.jabar@demo.netra.invalid";
	static final String AUDITOR = "auditor@demo.netra.invalid";
	static final String REPORTER = "warga@contoh.invalid";
	static final String STAGE_NEWS_REPORTER = "kabar@contoh.invalid";
	static final String STAGE_NEWS_DESCRIPTION = "Membagikan selebaran calon tertentu di ruang pelayanan kantor.";

	@LocalServerPort
	int port;

	@Autowired
	CaseNotices listener;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theAgencyThatMustActNextIsMailedRemindedAndToldWhenLateAndMailsSurviveAnOutage() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(7001, "PEMDA-32", "32.73", "Rina Notifikasi Uji (sintetis)").get(0);

		// a citizen reports: the task force (and only it) is asked to verify, with the deadline in WIB and a link
		String number = officers.fileReport(Officers.publicReport(nip, "Rina", "32.73", null))
			.path("complaintNumber")
			.asString();
		JsonNode opened = officers.caseOf(number);
		String id = opened.path("id").asString();
		Instant verificationDeadline = Instant.parse(opened.path("deadlineAt").asString());
		MimeMessage toTaskForce = mailTo(SATGAS, number + ": menunggu verifikasi Satgas");
		assertThat(toTaskForce.getFrom()[0].toString()).isEqualTo("netra@uji.invalid");
		assertThat(toTaskForce.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(toTaskForce.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(body(toTaskForce)).contains("nomor aduan " + number)
			.contains("Satgas Netralitas memverifikasi laporan")
			.contains("Tenggat: paling lambat " + NoticeTexts.deadline(verificationDeadline))
			.containsPattern("Tenggat: paling lambat \\d{1,2} \\p{L}+ \\d{4}, \\d{2}\\.\\d{2} WIB")
			.contains("https://netra.uji.invalid/kasus/" + id);
		assertThat(mailsTo(BAWASLU, number)).isEmpty();

		// nobody verifies within ten seconds: a reminder half-way, then a notice that the deadline passed
		assertThat(body(mailTo(SATGAS, number + ": pengingat tenggat, menunggu verifikasi Satgas")))
			.contains("Tenggat kasus dengan nomor aduan " + number + " sudah dekat");
		assertThat(body(mailTo(SATGAS, number + ": tenggat terlewati, menunggu verifikasi Satgas")))
			.contains("telah terlewati");

		// the deadline watch's reminder delivered again (as after a crash) mails nobody a second time
		listener.on(new CaseDeadlineApproaching(UUID.fromString(id), number, Stage.VERIFICATION,
				verificationDeadline, "PEMDA-32", "32.73"));
		await("no second reminder").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> notices(officers, "TASK_FORCE", number, "REMINDER").size() == 1
					&& mailsTo(SATGAS, number + ": pengingat").size() == 1);

		// verification hands the case to Bawaslu, the review to BKN
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "FORWARD", "note": "Bukti cukup"}""");
		assertThat(body(mailTo(BAWASLU, number + ": menunggu kajian Bawaslu"))).contains("Bawaslu mengkaji laporan");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"], "criminal": false, "note": "Kajian selesai"}""");
		assertThat(body(mailTo(BKN, number + ": menunggu penerusan rekomendasi oleh BKN")))
			.contains("https://netra.uji.invalid/kasus/" + id);

		// each hand-over reached each agency once, and no mail names the reporter
		assertThat(mailsTo(SATGAS, number + ": menunggu verifikasi Satgas")).hasSize(1);
		assertThat(mailsTo(BAWASLU, number)).hasSize(1);
		assertNoMailNamesTheReporter();

		// the mail server is away when BKN issues the recommendation: the PPK's notice waits and is retried
		smtp.stop();
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		await("retried while the server is away").atMost(Duration.ofSeconds(15))
			.until(() -> notices(officers, "PPK", number, "ACTION_REQUIRED").stream()
				.anyMatch(n -> n.path("status").asString().equals("PENDING") && n.path("attempts").asInt() >= 2));

		// once it is back the notice goes out, to the PPK of the employee's employer
		smtp.start();
		MimeMessage toPpk = mailTo(PPK, number + ": menunggu tindak lanjut PPK");
		assertThat(body(toPpk)).contains("nomor aduan " + number)
			.contains("PPK Pemerintah Provinsi Jawa Barat menjatuhkan sanksi")
			.contains("https://netra.uji.invalid/kasus/" + id)
			.doesNotContain(REPORTER);
		JsonNode sent = notices(officers, "PPK", number, "ACTION_REQUIRED").get(0);
		assertThat(sent.path("status").asString()).isEqualTo("SENT");
		assertThat(sent.path("attempts").asInt()).isGreaterThanOrEqualTo(3);

		// the in-app list shows an agency its own notices only
		JsonNode ppkList = officers.get("PPK", "/api/v1/notices?size=200");
		assertThat(ppkList.path("total").asLong()).isEqualTo(ppkList.path("items").size());
		assertThat(ppkList.path("items").valueStream().map(n -> n.path("recipient").asString())).containsOnly(PPK);
		JsonNode bknList = officers.get("TASK_FORCE", "/api/v1/notices?size=200");
		assertThat(bknList.path("items").valueStream().map(n -> n.path("recipient").asString()))
			.contains(SATGAS, BKN)
			.doesNotContain(PPK, BAWASLU);

		// a lighter sanction than recommended goes to the auditor; with the server away too long, it fails for good
		smtp.stop();
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "RINGAN-TERTULIS", "decreeNumber": "800/9-BKD/2026", "decreeDate": "%s",
				 "lighterReason": "Pelanggaran pertama"}"""
			.formatted(java.time.LocalDate.now().minusDays(1)));
		await("given up after five attempts").atMost(Duration.ofSeconds(30))
			.until(() -> notices(officers, "AUDITOR", number, "ACTION_REQUIRED").stream()
				.anyMatch(n -> n.path("recipient").asString().equals(AUDITOR)
						&& n.path("status").asString().equals("FAILED")));
		JsonNode failed = notices(officers, "AUDITOR", number, "ACTION_REQUIRED").stream()
			.filter(n -> n.path("recipient").asString().equals(AUDITOR))
			.findFirst()
			.orElseThrow();
		assertThat(failed.path("attempts").asInt()).isEqualTo(5);
		assertThat(failed.path("subject").asString()).contains("menunggu penilaian auditor");
		assertThat(failed.path("body").asString()).contains("ditangguhkan selama penilaian auditor");
		smtp.start();
		await("a failed notice is not sent later").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> mailsTo(AUDITOR, number).isEmpty());
	}

	@Test
	void aReporterWhoAskedForItHearsOfEachStageChangeWithALinkAndNothingElse() throws Exception {
		Officers officers = new Officers(port);
		UserAgent citizen = new UserAgent(port);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Terlapor Kabar (sintetis)");
		form.put("date", java.time.LocalDate.now().minusDays(2).toString());
		form.put("regionCode", "32.73");
		form.put("description", STAGE_NEWS_DESCRIPTION);
		form.put("reporterName", "Pelapor Kabar (sintetis)");
		form.put("reporterEmail", STAGE_NEWS_REPORTER);
		form.put("notifyOnStageChange", "true");
		form.put("consent", "true");
		HttpResponse<String> filed = citizen.submit("/lapor", "/lapor", form);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String receipt = citizen.get("/lapor/terkirim").body();
		Matcher number = Pattern.compile("data-testid=\"complaint-number\">([^<]+)<").matcher(receipt);
		Matcher code = Pattern.compile("data-testid=\"receipt-code\">([^<]+)<").matcher(receipt);
		assertThat(number.find() && code.find()).isTrue();
		String optedIn = number.group(1);
		// a reporter who left an address but did not ask: never mailed
		String quiet = officers.fileReport(Officers.publicReport(null, "Tanpa Kabar", "32.73", null))
			.path("complaintNumber")
			.asString();

		for (String each : List.of(optedIn, quiet)) {
			officers.act("TASK_FORCE", "/api/v1/cases/" + officers.caseOf(each).path("id").asString()
					+ "/verification", """
					{"decision": "FORWARD", "note": "Catatan verifikator"}""");
		}
		MimeMessage news = mailTo(STAGE_NEWS_REPORTER, "Ada kabar tentang laporan Anda");
		assertThat(news.getSubject()).isEqualTo("[Netra] Ada kabar tentang laporan Anda / News about your report");
		assertThat(news.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		String digits = code.group(1).replaceAll("\\D", "");
		assertThat(body(news)).contains("https://netra.uji.invalid/lapor/status?nomor=" + optedIn)
			.contains("nomor aduan " + optedIn)
			.contains("There is news about your report")
			.doesNotContain(code.group(1))
			.doesNotContain(digits)
			.doesNotContain(STAGE_NEWS_DESCRIPTION)
			.doesNotContain("Terlapor Kabar")
			.doesNotContain("Catatan verifikator")
			.doesNotContain("Bawaslu");

		// the next stage change is news again, once; the quiet reporter hears nothing, and no agency sees these notices
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + officers.caseOf(optedIn).path("id").asString()
				+ "/review", """
				{"outcome": "NOT_PROVEN", "criminal": false, "note": "Tidak terbukti"}""");
		await("one mail per stage change").atMost(Duration.ofSeconds(20))
			.until(() -> mailsTo(STAGE_NEWS_REPORTER).size() == 2);
		// two stage changes, two mails: the opening of the case on filing is not news
		await("no more than one each").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> mailsTo(STAGE_NEWS_REPORTER).size() == 2 && mailsTo(REPORTER).isEmpty());
		for (String role : List.of("TASK_FORCE", "ELECTION_SUPERVISOR")) {
			assertThat(officers.get(role, "/api/v1/notices?size=200").toString()).doesNotContain(STAGE_NEWS_REPORTER);
		}
		// the notices were sent without keeping the address: it is opened from the sealed identity at sending
		assertThat(jdbc.sql("select recipient_email from notice where complaint_number = :number and kind = 'REPORTER_NEWS'")
			.param("number", optedIn)
			.query(String.class)
			.list()).containsOnly("reporter").hasSize(2);
		assertThat(jdbc.sql("select count(*) from notice where recipient_email like '%kabar@%' or last_error like '%kabar@%'")
			.query(Long.class)
			.single()).isZero();
	}

	private static List<JsonNode> notices(Officers officers, String role, String number, String kind) {
		return officers.get(role, "/api/v1/notices?size=200")
			.path("items")
			.valueStream()
			.filter(n -> n.path("complaintNumber").asString().equals(number) && n.path("kind").asString().equals(kind))
			.toList();
	}

	private static MimeMessage mailTo(String address, String subjectPart) {
		return await(address + ": " + subjectPart).atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> mailsTo(address, subjectPart).stream().findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static List<MimeMessage> mailsTo(String address) throws Exception {
		return mailsTo(address, "");
	}

	private static List<MimeMessage> mailsTo(String address, String subjectPart) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))
					&& message.getSubject().contains(subjectPart)) {
				found.add(message);
			}
		}
		return found;
	}

	private static void assertNoMailNamesTheReporter() throws Exception {
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).isNotEmpty();
		for (MimeMessage message : received) {
			assertThat(Arrays.stream(message.getAllRecipients()).map(Address::toString)).doesNotContain(REPORTER);
			assertThat(message.getSubject() + body(message)).doesNotContain(REPORTER).doesNotContain("Warga Uji");
		}
	}

	/** The text as the recipient reads it: transfer encoding undone, characters decoded from the declared charset. */
	private static String body(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
