package id.go.netra.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.go.netra.Mailbox;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.reporting.EvidenceSamples;
import tools.jackson.databind.JsonNode;

/**
 * Due process end to end: the accused hears of the case when it is forwarded to review (never who reported), proves
 * who they are through the personal link and answers with a statement and a file; Bawaslu reviews with the answer on
 * the case; the PPK records the examination before the sanction; the employee objects through the same link and the
 * annulment reaches the register. And the second paths: wrong answers, no address (the PPK delivers), a review
 * without an answer, an examination without its record, another employer.
 */
@NetraIntegrationTest
class HearingIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
	private static final Pattern LINK = Pattern.compile("https?://\\S+/klarifikasi/([A-Za-z0-9_-]{43})");
	private static final Pattern CODE = Pattern.compile("Kode sekali pakai Anda: (\\d{6})");
	/** An allegation in the task force's words, with markup that must stay text and a line break (JSON-escaped). */
	private static final String TEXT = "Anda diduga mengunggah ajakan memilih <b>kampanye</b> di akun pribadi.\\n"
			+ "Unggahan dibagikan di grup percakapan dinas.";

	@RegisterExtension
	static final GreenMailExtension smtp = Mailbox.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		Mailbox.configure(registry, smtp);
		registry.add("netra.hearing.notice-interval", () -> "PT1S");
		// mailed at once: NoticeHoldIntegrationTests has the hold for the task force's words
		registry.add("netra.hearing.notice-hold", () -> "PT0S");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccusedIsHeardBeforeTheReviewAndObjectsToTheSanctionThroughTheSameLink() throws Exception {
		Officers officers = new Officers(port);
		String nip = employedWithAddress(officers, jdbc, 8971, "Terlapor Satu (sintetis)");
		String address = "terlapor8971@uji.invalid";
		String id = forwardedToReview(officers, nip);
		Mailbox mailbox = new Mailbox(smtp);

		String token = mailbox.awaitGroup(address, "Pemberitahuan dugaan pelanggaran", 1, LINK);
		String notice = mailbox.bodies(address, "Pemberitahuan dugaan pelanggaran", "").get(0);
		assertThat(notice).contains("Terlapor Satu (sintetis)", "Kota Bandung", "Identitas pelapor dilindungi",
				"The reporter is protected")
			.doesNotContain("Warga Uji", "warga@contoh.invalid", "0812-3456-7890", "Mengunggah ajakan");
		JsonNode dueProcess = officers.get("ELECTION_SUPERVISOR", "/api/v1/cases/" + id).path("dueProcess");
		assertThat(dueProcess.path("noticeChannel").asString()).isEqualTo("EMAIL");
		assertThat(dueProcess.path("noticeSentAt").isNull()).isFalse();
		assertThat(dueProcess.path("clarificationDueAt").isNull()).isFalse();
		assertThat(dueProcess.path("clarification").isNull()).isTrue();

		UserAgent employee = new UserAgent(port);
		String page = "/klarifikasi/" + token;
		assertThat(employee.get(page).body()).contains("data-testid=\"identity-form\"").doesNotContain("Kota Bandung");
		assertThat(employee.get("/klarifikasi/" + token.substring(1) + "A").statusCode()).isEqualTo(404);
		String wrong = employee.submit(page, page + "/identitas", Map.of("nip", nip, "birthDate", "1970-01-01")).body();
		assertThat(wrong).contains("NIP atau tanggal lahir tidak cocok", "Sisa percobaan: 4");
		prove(employee, page, nip, mailbox, address, 1);
		String answerForm = employee.get(page).body();
		assertThat(answerForm).contains("data-testid=\"answer-form\"", "Kota Bandung", "Identitas pelapor dilindungi");

		HttpResponse<String> empty = employee.submitFile(page, page + "/jawaban", Map.of("statement", "  "), "files",
				"catatan.txt", "bukan bukti".getBytes());
		assertThat(empty.body()).contains("Wajib diisi");
		HttpResponse<String> answered = employee.submitFile(page, page + "/jawaban",
				Map.of("statement", "Saya tidak mengunggah ajakan itu; akun tersebut bukan milik saya."), "files",
				"bukti.pdf", EvidenceSamples.pdfWithMetadata());
		assertThat(answered.body()).contains("Klarifikasi Anda telah diterima");
		assertThat(employee.submitFile(page, page + "/jawaban", Map.of("statement", "lagi"), "files", "b.pdf",
				EvidenceSamples.pdfWithMetadata()).body()).contains("Buktikan identitas Anda dahulu");

		// Bawaslu's reviewers hear of it, without a word of the answer
		String number = officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("complaintNumber").asString();
		await("a notice to Bawaslu").atMost(Duration.ofSeconds(20)).until(() -> officers
			.get("ELECTION_SUPERVISOR", "/api/v1/notices?size=200").path("items").valueStream()
			.anyMatch(n -> n.path("kind").asString().equals("CLARIFICATION")
					&& n.path("complaintNumber").asString().equals(number)));
		assertThat(officers.get("ELECTION_SUPERVISOR", "/api/v1/notices?size=200").toString())
			.doesNotContain("bukan milik saya");
		JsonNode seen = officers.get("ELECTION_SUPERVISOR", "/api/v1/cases/" + id).path("dueProcess").path("clarification");
		assertThat(seen.path("statement").asString()).contains("akun tersebut bukan milik saya");
		assertThat(seen.path("givenBy").asString()).isEqualTo("EMPLOYEE");
		String file = seen.path("files").get(0).path("sha256").asString();
		assertThat(officers.http().getBytes("/api/v1/cases/" + id + "/files/" + file,
				"Authorization", "Bearer " + officers.token("ELECTION_SUPERVISOR")).statusCode()).isEqualTo(200);

		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"]}""");
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("dueProcess").path("reviewFound").asString())
			.isEqualTo("CLARIFIED");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");

		String examination = "/api/v1/cases/" + id + "/examination";
		HttpResponse<String> noRecord = officers.post("PPK", examination, """
				{"firstSummonsOn": "%s", "attendance": "ATTENDED", "examinedOn": "%s"}""".formatted(TODAY.minusDays(2), TODAY));
		assertThat(noRecord.statusCode()).isEqualTo(400);
		assertThat(noRecord.body()).contains("Lampirkan berita acara pemeriksaan");
		HttpResponse<String> absentOnce = officers.post("PPK", examination, """
				{"firstSummonsOn": "%s", "attendance": "ABSENT"}""".formatted(TODAY.minusDays(2)));
		assertThat(absentOnce.body()).contains("Isi tanggal panggilan kedua");
		assertThat(officers.http().postJson(examination, officers.regionalToken("PEMDA-33", "PPK"), "{}").statusCode())
			.isEqualTo(404);
		assertThat(officers.post("ELECTION_SUPERVISOR", examination, "{}").statusCode()).isEqualTo(403);
		HttpResponse<String> recorded = officers.http().postMultipart(examination, officers.token("PPK"), "examination",
				"""
				{"firstSummonsOn": "%s", "secondSummonsOn": "%s", "attendance": "ATTENDED_SECOND", "examinedOn": "%s"}"""
					.formatted(TODAY.minusDays(9), TODAY.minusDays(2), TODAY.minusDays(1)),
				"record", Map.of("bap.pdf", EvidenceSamples.pdfWithMetadata()));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		JsonNode exam = officers.get("PPK", "/api/v1/cases/" + id).path("dueProcess").path("examination");
		assertThat(exam.path("attendance").asString()).isEqualTo("ATTENDED_SECOND");
		assertThat(exam.path("recordSha256").asString()).hasSize(64);
		// the PPK, who sees the case from the recommendation on, reads the employee's answer too
		assertThat(officers.get("PPK", "/api/v1/cases/" + id).path("dueProcess").path("clarification")
			.path("statement").asString()).contains("bukan milik saya");

		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-12", "decreeNumber": "800/HRG-1/2026", "decreeDate": "%s"}""".formatted(TODAY));
		await("the sanction in the register").atMost(Duration.ofSeconds(20))
			.until(() -> officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip).path("entries").size() == 1);

		// later, the employee opens the same link again, proves who they are, and objects
		assertThat(employee.get(page).body()).contains("data-testid=\"identity-form\"");
		prove(employee, page, nip, mailbox, address, 2);
		String status = employee.get(page).body();
		assertThat(status).contains("data-testid=\"sanction\"", "800/HRG-1/2026", "data-testid=\"objection-form\"");
		assertThat(employee.submit(page, page + "/keberatan", Map.of("grounds", "")).body()).contains("Wajib diisi");
		String objected = employee.submit(page, page + "/keberatan",
				Map.of("grounds", "Akun itu bukan milik saya; pemeriksaan tidak menimbang bukti saya.")).body();
		assertThat(objected).contains("Keberatan Anda telah diterima");
		JsonNode objection = officers.get("PPK", "/api/v1/cases/" + id + "/objections").get(0);
		assertThat(objection.path("filedByName").asString()).isEqualTo("Terlapor Satu (sintetis)");
		assertThat(objection.path("inTime").asBoolean()).isTrue();

		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/objections/" + objection.path("id").asString() + "/decision", """
				{"outcome": "ANNULLED", "decreeNumber": "800/K-HRG/2026", "decreeDate": "%s"}""".formatted(TODAY));
		assertThat(officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/discipline?nip=" + nip).path("entries").get(0)
			.path("standing").asString()).isEqualTo("ANNULLED");
		// still proven from the objection a moment ago
		assertThat(employee.get(page).body()).contains("Hukuman ini telah dibatalkan atas keberatan",
				"Keberatan telah diputus: hukuman dibatalkan");
	}

	@Test
	void withoutAnAddressThePpkDeliversThePrintedNoticeAndAReviewWithoutAnAnswerSaysSo() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8972, "PEMDA-32", "32.73", "Terlapor Dua (sintetis)").get(0);
		String id = forwardedToReview(officers, nip);
		JsonNode dueProcess = officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("dueProcess");
		assertThat(dueProcess.path("noticeChannel").asString()).isEqualTo("PPK_DELIVERY");
		assertThat(dueProcess.path("noticeSentAt").isNull()).isTrue();
		String allegation = "/api/v1/cases/" + id + "/hearing/allegation";
		String words = "Anda diduga hadir berseragam dinas pada deklarasi pasangan calon.";
		assertThat(put(officers, "TASK_FORCE", allegation, "{\"text\": \"%s\"}".formatted(words)).statusCode())
			.isEqualTo(200);

		// the PPK sees that an employee of theirs is to be told, not the case (it has not reached them)
		JsonNode waiting = officers.get("PPK", "/api/v1/hearings/deliveries");
		assertThat(waiting.valueStream().map(w -> w.path("nip").asString())).contains(nip);
		assertThat(officers.http().get("/api/v1/cases/" + id, officers.token("PPK")).statusCode()).isEqualTo(404);
		assertThat(officers.http().get("/api/v1/hearings/deliveries", officers.regionalToken("PEMDA-33", "PPK"))
			.body()).doesNotContain(nip);
		assertThat(officers.post("TASK_FORCE", "/api/v1/hearings/" + id + "/delivery", "").statusCode()).isEqualTo(403);
		JsonNode first = officers.act("PPK", "/api/v1/hearings/" + id + "/delivery", "");
		JsonNode printed = officers.act("PPK", "/api/v1/hearings/" + id + "/delivery", "");
		assertThat(printed.path("text").asString()).contains("Kota Bandung", "Uraian dugaan dari Satuan Tugas:\n" + words)
			.doesNotContain("Warga Uji", "dijelaskan pada saat pemeriksaan");
		String oldPage = "/klarifikasi/" + token(first.path("link").asString());
		assertThat(new UserAgent(port).get(oldPage).statusCode()).as("a second print replaces the first").isEqualTo(404);

		UserAgent employee = new UserAgent(port);
		String page = "/klarifikasi/" + token(printed.path("link").asString());
		employee.get(page + "?lang=en");
		employee.submit(page, page + "/identitas", Map.of("nip", nip, "birthDate", birthDate(nip)));
		assertThat(employee.submit(page, page + "/kode", Map.of("code", "000000".equals(printed.path("code").asString())
				? "111111" : "000000")).body()).contains("Wrong code. Attempts left: 4.");
		employee.submit(page, page + "/kode", Map.of("code", printed.path("code").asString()));
		assertThat(employee.get(page).body()).contains("Send clarification", "Suspected breach of civil-service neutrality",
				"The allegation as the task force describes it:", words);
		// asked to go out again, a printed notice returns to the PPK's list to be printed anew
		JsonNode again = UserAgent.json(put(officers, "TASK_FORCE", allegation,
				"{\"text\": \"%s Ia berfoto bersama calon.\", \"resendNotice\": true}".formatted(words)));
		assertThat(again.path("noticeResent").asBoolean()).isTrue();
		assertThat(officers.get("PPK", "/api/v1/hearings/deliveries").valueStream().map(w -> w.path("nip").asString()))
			.contains(nip);

		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "NOT_PROVEN"}""");
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("dueProcess").path("reviewFound").asString())
			.isEqualTo("BEFORE_DEADLINE");
		assertThat(employee.get(page).body()).contains("Bawaslu has reviewed this complaint without a clarification from you")
			.doesNotContain("answer-form");
		HttpResponse<String> late = officers.post("PPK", "/api/v1/cases/" + id + "/clarification", "{\"statement\": \"terlambat\"}");
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("Bawaslu sudah mengkaji aduan ini");
		assertThat(officers.get("PPK", "/api/v1/hearings/deliveries").valueStream().map(w -> w.path("nip").asString()))
			.doesNotContain(nip);
	}

	@Test
	void theTaskForceRecordsAPaperAnswerAndALinkLocksAfterFiveWrongAnswers() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8973, "PEMDA-32", "32.73", "Terlapor Tiga (sintetis)").get(0);
		String id = forwardedToReview(officers, nip);
		String path = "/api/v1/cases/" + id + "/clarification";
		assertThat(officers.post("ELECTION_SUPERVISOR", path, "{\"statement\": \"x\"}").statusCode()).isEqualTo(403);
		assertThat(officers.http().postJson(path, officers.regionalToken("PEMDA-33", "PPK"), "{\"statement\": \"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(officers.post("TASK_FORCE", path, "{}").body()).contains("Wajib diisi");
		JsonNode recorded = officers.act("TASK_FORCE", path, "{\"statement\": \"Keterangan tertulis diterima di kantor.\"}");
		assertThat(recorded.path("clarification").path("givenBy").asString()).isEqualTo("PPK");
		assertThat(officers.post("PPK", path, "{\"statement\": \"lagi\"}").statusCode()).isEqualTo(409);

		JsonNode printed = officers.act("PPK", "/api/v1/hearings/" + id + "/delivery", "");
		UserAgent stranger = new UserAgent(port);
		String page = "/klarifikasi/" + token(printed.path("link").asString());
		for (int i = 0; i < 4; i++) {
			stranger.submit(page, page + "/identitas", Map.of("nip", nip, "birthDate", "1990-01-01"));
		}
		assertThat(stranger.submit(page, page + "/identitas", Map.of("nip", nip, "birthDate", "1990-01-01")).body())
			.contains("Tautan ini dikunci");
		assertThat(stranger.get(page).statusCode()).isEqualTo(403);
	}

	@Test
	void theTaskForcePhrasesTheAllegationAndTheAccusedReadsItWithoutANewMailUnlessAsked() throws Exception {
		Officers officers = new Officers(port);
		String nip = employedWithAddress(officers, jdbc, 8975, "Terlapor Uraian (sintetis)");
		String address = "terlapor8975@uji.invalid";
		String id = forwardedToReview(officers, nip);
		String path = "/api/v1/cases/" + id + "/hearing/allegation";
		Mailbox mailbox = new Mailbox(smtp);
		String first = mailbox.awaitGroup(address, "Pemberitahuan dugaan pelanggaran", 1, LINK);
		assertThat(mailbox.bodies(address, "Pemberitahuan dugaan pelanggaran", "").get(0)).contains(
				"Rincian dugaan akan dijelaskan pada saat pemeriksaan.",
				"The details of the allegation will be explained at the examination.");

		// refused, nothing changed: another role, no text, too short, too long, in English too
		assertThat(put(officers, "ELECTION_SUPERVISOR", path, "{\"text\": \"%s\"}".formatted(TEXT)).statusCode())
			.isEqualTo(403);
		assertThat(put(officers, "PPK", path, "{\"text\": \"%s\"}".formatted(TEXT)).statusCode()).isEqualTo(403);
		HttpResponse<String> empty = put(officers, "TASK_FORCE", path, "{\"text\": \"  \"}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Tulis uraian dugaan pelanggaran yang disampaikan kepada terlapor");
		HttpResponse<String> tooShort = put(officers, "TASK_FORCE", path, "{\"text\": \"Unggahan kampanye.\"}");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("harus 20 sampai 1.000 karakter; yang ditulis 18 karakter");
		HttpResponse<String> tooLong = new UserAgent(port).language("en").exchange("PUT", path,
				officers.token("TASK_FORCE"), "application/json", "{\"text\": \"%s\"}".formatted("a".repeat(1001)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("The allegation must have 20 to 1,000 characters; it has 1,001.");
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("dueProcess").path("allegation").isNull())
			.isTrue();

		// written after the notice went out, not ticked: no new mail, the page shows it
		JsonNode written = UserAgent.json(put(officers, "TASK_FORCE", path, "{\"text\": \"%s\"}".formatted(TEXT)));
		assertThat(written.path("noticeResent").asBoolean()).isFalse();
		assertThat(written.path("dueProcess").path("allegation").asString()).isEqualTo(TEXT.replace("\\n", "\n"));
		assertThat(written.path("dueProcess").path("allegationChangeable").asBoolean()).isTrue();
		assertThat(jdbc.sql("select notice_status || ' ' || notice_attempts from hearing where case_id = cast(:id as uuid)")
			.param("id", id).query(String.class).single()).isEqualTo("SENT 1");
		String audited = jdbc.sql("""
				select detail from audit_entry where action = 'HEARING_ALLEGATION' and outcome <> 'DENIED'
				order by id desc limit 1""").query(String.class).single();
		assertThat(audited).isEqualTo("uraian dugaan 0 -> 115 karakter").doesNotContain("grup");

		UserAgent employee = new UserAgent(port);
		String page = "/klarifikasi/" + first;
		prove(employee, page, nip, mailbox, address, 1);
		String answerForm = employee.get(page).body();
		assertThat(answerForm).contains("Uraian dugaan dari Satuan Tugas:", "&lt;b&gt;kampanye&lt;/b&gt;",
				"grup percakapan dinas.").doesNotContain("<b>kampanye</b>", "dijelaskan pada saat pemeriksaan");

		// changed and ticked: a new notice with the new words and a new link; the old link stops working
		String changed = "Anda diduga mengajak rekan kerja memilih pasangan calon tertentu dalam rapat dinas.";
		JsonNode resent = UserAgent.json(put(officers, "TASK_FORCE", path,
				"{\"text\": \"%s\", \"resendNotice\": true}".formatted(changed)));
		assertThat(resent.path("noticeResent").asBoolean()).isTrue();
		String second = mailbox.awaitGroup(address, "Pemberitahuan dugaan pelanggaran", 2, LINK);
		// a mail's lines end in CR LF
		String notice = mailbox.bodies(address, "Pemberitahuan dugaan pelanggaran", "").get(1).replace("\r\n", "\n");
		assertThat(notice).contains("Uraian dugaan dari Satuan Tugas:\n" + changed,
				"The allegation as the task force describes it:\n" + changed)
			.doesNotContain("grup percakapan", "Warga Uji");
		assertThat(employee.get(page).statusCode()).isEqualTo(404);
		assertThat(new UserAgent(port).get("/klarifikasi/" + second).statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select detail from audit_entry where action = 'HEARING_ALLEGATION' order by id desc limit 1")
			.query(String.class).single()).isEqualTo("uraian dugaan 115 -> 83 karakter, pemberitahuan dikirim ulang");

		// once the employee has answered, the words stand
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/clarification", "{\"statement\": \"Jawaban tertulis.\"}");
		HttpResponse<String> late = put(officers, "TASK_FORCE", path, "{\"text\": \"%s\"}".formatted(TEXT));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("Terlapor sudah memberikan klarifikasi");
		assertThat(officers.get("ELECTION_SUPERVISOR", "/api/v1/cases/" + id).path("dueProcess").path("allegation").asString())
			.isEqualTo(changed);

		// a case not forwarded has no hearing to tell
		String notForwarded = officers.caseOf(officers.fileReport(Officers.publicReport(nip, "Pegawai Uji", "32.73", null))
			.path("complaintNumber").asString()).path("id").asString();
		HttpResponse<String> none = put(officers, "TASK_FORCE", "/api/v1/cases/" + notForwarded + "/hearing/allegation",
				"{\"text\": \"%s\"}".formatted(TEXT));
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("tidak memiliki pemberitahuan kepada terlapor");
	}

	private static HttpResponse<String> put(Officers officers, String role, String path, String json) {
		return officers.http().exchange("PUT", path, officers.token(role), "application/json", json);
	}

	private void prove(UserAgent employee, String page, String nip, Mailbox mailbox, String address, int codes) {
		String codeStep = employee.submit(page, page + "/identitas", Map.of("nip", nip, "birthDate", birthDate(nip))).body();
		assertThat(codeStep).contains("data-testid=\"code-form\"", "t***@uji.invalid");
		String code = mailbox.awaitGroup(address, "Kode sekali pakai", codes, CODE);
		HttpResponse<String> accepted = employee.submit(page, page + "/kode", Map.of("code", code));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
	}

	/** An employee of PEMDA-32 in Bandung whose register entry has the address terlapor{number}@uji.invalid. */
	static String employedWithAddress(Officers officers, JdbcClient jdbc, int number, String name) {
		String nip = officers.employ(number, "PEMDA-32", "32.73", name).get(0);
		jdbc.sql("update employee set email = :e where nip = :n")
			.param("e", "terlapor" + number + "@uji.invalid")
			.param("n", nip)
			.update();
		return nip;
	}

	/** A citizen's report on the employee, forwarded to review by the task force; the case id. */
	static String forwardedToReview(Officers officers, String nip) {
		String number = officers.fileReport(Officers.publicReport(nip, "Pegawai Uji", "32.73", null))
			.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		return id;
	}

	private static String birthDate(String nip) {
		return nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8);
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}
}
