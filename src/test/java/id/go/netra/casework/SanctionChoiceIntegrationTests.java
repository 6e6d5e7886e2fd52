package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * What each role may choose as a sanction and attach, over HTTP: BKN recommends only within the level the
 * review decided, the PPK's form starts from the recommended sanction and a lighter one needs a reason the
 * auditor reads, the decree must be a PDF, and Bawaslu's review document is kept with the case.
 */
@NetraIntegrationTest
class SanctionChoiceIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n% dokumen uji (sintetis)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	/** A .docx is a ZIP archive. */
	private static final byte[] DOCX = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, '[', 'C', 'o', 'n', 't', 'e',
			'n', 't', '_', 'T', 'y', 'p', 'e', 's', ']' };

	@LocalServerPort
	int port;

	@Test
	void bknRecommendsOnlyASanctionOfTheLevelTheReviewDecided() {
		Officers officers = new Officers(port);
		String id = provenCase(officers, 7701, "Rina Uji (sintetis)", "DISIPLIN-02");
		UserAgent bkn = signedIn("CIVIL_SERVICE_AGENCY");

		// the page offers the heavy sanctions only
		String form = actionForm(bkn.get("/kasus/" + id).body(), "RECOMMEND");
		assertThat(form).contains("value=\"BERAT-TURUN-JABATAN\"").contains("value=\"PTDH\"")
			.doesNotContain("value=\"SEDANG-TPP-12\"").doesNotContain("value=\"RINGAN-LISAN\"")
			.doesNotContain("value=\"MORAL-TERBUKA\"")
			.contains("Kajian menetapkan hukuman disiplin berat");

		// a system sending a medium sanction is refused, naming the level in words, in its language
		HttpResponse<String> medium = officers.http().postJson("/api/v1/cases/" + id + "/recommendation",
				officers.token("CIVIL_SERVICE_AGENCY"), """
						{"sanction": "SEDANG-TPP-12"}""");
		assertThat(medium.statusCode()).isEqualTo(400);
		JsonNode error = UserAgent.json(medium).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("sanction");
		assertThat(error.path("message").asString()).contains("SEDANG-TPP-12").contains("hukuman disiplin berat");
		HttpResponse<String> inEnglish = new UserAgent(port).language("en").postJson("/api/v1/cases/" + id
				+ "/recommendation", officers.token("CIVIL_SERVICE_AGENCY"), """
						{"sanction": "MORAL-TERBUKA"}""");
		assertThat(UserAgent.json(inEnglish).path("errors").get(0).path("message").asString())
			.contains("the review called for a heavy discipline sanction");

		// so is the page, sent by hand with a light sanction; nothing changed
		HttpResponse<String> refused = bkn.submit("/kasus/" + id, "/kasus/" + id + "/rekomendasi",
				Map.of("sanction", "RINGAN-LISAN"));
		assertThat(UserAgent.location(refused)).isEqualTo("/kasus/" + id);
		assertThat(bkn.get("/kasus/" + id).body()).contains(
				"Sanksi: Sanksi RINGAN-LISAN tidak dapat direkomendasikan: kajian menetapkan hukuman disiplin berat")
			.contains("data-status=\"PROVEN\"");
		assertThat(officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id).path("recommendation").isNull())
			.isTrue();

		// a heavy one goes through
		JsonNode forwarded = officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", """
				{"sanction": "BERAT-TURUN-JABATAN"}""");
		assertThat(forwarded.path("recommendation").path("sanction").asString()).isEqualTo("BERAT-TURUN-JABATAN");
	}

	@Test
	void anEthicsReviewLeavesBknTheMoralSanctionsOnly() {
		Officers officers = new Officers(port);
		String id = provenCase(officers, 7741, "Yuni Uji (sintetis)", "ETIK-04");

		String form = actionForm(signedIn("CIVIL_SERVICE_AGENCY").get("/kasus/" + id).body(), "RECOMMEND");

		assertThat(form).contains("value=\"MORAL-TERTUTUP\"").contains("value=\"MORAL-TERBUKA\"")
			.doesNotContain("value=\"RINGAN-LISAN\"").doesNotContain("value=\"BERAT-TURUN-JABATAN\"");
		HttpResponse<String> heavy = officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", """
				{"sanction": "PTDH"}""");
		assertThat(heavy.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(heavy).path("errors").get(0).path("message").asString()).contains("sanksi moral");
	}

	@Test
	void thePpkStartsFromTheRecommendedSanctionAndALighterOneNeedsAReasonTheAuditorReads() {
		Officers officers = new Officers(port);
		String id = awaitingFollowUp(officers, 7711, "Tono Uji (sintetis)", """
				{"sanction": "BERAT-JABATAN-PELAKSANA"}""");
		UserAgent ppk = signedIn("PPK");

		// the form opens on the recommended sanction; the reason field is there with its hint
		String form = actionForm(ppk.get("/kasus/" + id).body(), "FOLLOW_UP");
		assertThat(selected(form, "followup-sanction")).isEqualTo("BERAT-JABATAN-PELAKSANA");
		assertThat(form).contains("Wajib diisi bila sanksi lebih ringan dari rekomendasi")
			.containsPattern("value=\"BERAT-TURUN-JABATAN\"[^>]*data-lighter=\"true\"")
			.doesNotContainPattern("value=\"PTDH\"[^>]*data-lighter");

		// a lighter sanction without a reason is refused on the page, the form back as typed
		HttpResponse<String> refused = ppk.submit("/kasus/" + id, "/kasus/" + id + "/tindak-lanjut",
				Map.of("sanction", "BERAT-TURUN-JABATAN", "decreeNumber", "800/77-BKD/2026", "decreeDate",
						yesterday()));
		assertThat(UserAgent.location(refused)).isEqualTo("/kasus/" + id);
		String page = ppk.get("/kasus/" + id).body();
		assertThat(page).contains("Alasan sanksi lebih ringan: Sanksi ini lebih ringan daripada rekomendasi")
			.contains("data-status=\"AWAITING_FOLLOW_UP\"");
		String back = actionForm(page, "FOLLOW_UP");
		assertThat(selected(back, "followup-sanction")).isEqualTo("BERAT-TURUN-JABATAN");
		assertThat(back).contains("value=\"800/77-BKD/2026\"").containsPattern("id=\"lighterReason\"[^>]*is-invalid");
		assertThat(officers.get("PPK", "/api/v1/cases/" + id).path("followUp").isNull()).isTrue();

		// and over the API
		HttpResponse<String> apiRefused = officers.post("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "BERAT-TURUN-JABATAN", "decreeNumber": "800/77-BKD/2026", "decreeDate": "%s"}"""
			.formatted(yesterday()));
		assertThat(apiRefused.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(apiRefused).path("errors").get(0).path("field").asString()).isEqualTo("lighterReason");

		// with the reason it is recorded, and waits for the auditor, who reads the reason
		String reason = "Terlapor baru pertama kali melanggar dan telah meminta maaf secara terbuka.";
		JsonNode recorded = officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "BERAT-TURUN-JABATAN", "decreeNumber": "800/77-BKD/2026", "decreeDate": "%s",
				 "lighterReason": "%s"}""".formatted(yesterday(), reason));
		assertThat(recorded.path("followUp").path("audit").asString()).isEqualTo("PENDING");
		JsonNode audited = officers.get("AUDITOR", "/api/v1/cases/" + id);
		assertThat(audited.path("followUp").path("lighterReason").asString()).isEqualTo(reason);
		assertThat(audited.path("history").valueStream()
			.filter(h -> h.path("transition").asString().equals("FOLLOW_UP_NOT_IN_ACCORDANCE"))
			.map(h -> h.path("note").asString())).singleElement().asString().contains(reason);
		String auditorPage = signedIn("AUDITOR").get("/kasus/" + id).body();
		assertThat(actionForm(auditorPage, "AUDIT_FOLLOW_UP"))
			.contains("Alasan PPK menjatuhkan sanksi lebih ringan: " + reason);
		assertThat(auditorPage).contains("data-testid=\"lighter-reason\">" + reason);
	}

	@Test
	void theFollowUpInAccordanceNeedsNoReason() {
		Officers officers = new Officers(port);
		String id = awaitingFollowUp(officers, 7721, "Budi Uji (sintetis)", "{}");

		JsonNode done = officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "PTDH", "decreeNumber": "800/78-BKD/2026", "decreeDate": "%s"}""".formatted(yesterday()));

		assertThat(done.path("status").asString()).isEqualTo("SANCTIONED");
		assertThat(done.path("followUp").path("lighterReason").isNull()).isTrue();
	}

	@Test
	void aDecreeThatIsNotAPdfIsRefusedListingTheAcceptedTypeWithTheFormBackAsTyped() {
		Officers officers = new Officers(port);
		String id = awaitingFollowUp(officers, 7731, "Sinta Uji (sintetis)", "{}");
		UserAgent ppk = signedIn("PPK");
		assertThat(actionForm(ppk.get("/kasus/" + id).body(), "FOLLOW_UP"))
			.containsPattern("id=\"decree\"[^>]*accept=\"application/pdf\"").contains("Hanya PDF (.pdf).");

		// a PNG named .pdf, on the page
		HttpResponse<String> refused = ppk.submitFile("/kasus/" + id, "/kasus/" + id + "/tindak-lanjut",
				Map.of("sanction", "BERAT-TURUN-JABATAN", "decreeNumber", "800/79-BKD/2026", "decreeDate", yesterday(),
						"lighterReason", ""),
				"decree", "sk.pdf", PNG);
		assertThat(UserAgent.location(refused)).isEqualTo("/kasus/" + id);
		String page = ppk.get("/kasus/" + id).body();
		assertThat(page).contains("Berkas SK: Berkas &quot;sk.pdf&quot; bukan PDF. Jenis berkas yang diterima: PDF (.pdf).")
			.contains("data-status=\"AWAITING_FOLLOW_UP\"");
		String back = actionForm(page, "FOLLOW_UP");
		assertThat(back).containsPattern("id=\"decree\"[^>]*is-invalid").contains("value=\"800/79-BKD/2026\"")
			.contains("value=\"" + yesterday() + "\"");
		assertThat(selected(back, "followup-sanction")).isEqualTo("BERAT-TURUN-JABATAN");
		assertThat(actionForm(ppk.get("/kasus/" + id + "?lang=en").body(), "FOLLOW_UP")).contains("PDF only (.pdf).")
			.contains("Required when the sanction is lighter than recommended").doesNotContain("??");

		// a .docx, over the API, in English
		HttpResponse<String> docx = new UserAgent(port).language("en").postMultipart("/api/v1/cases/" + id
				+ "/follow-up", officers.token("PPK"), "followUp", """
						{"sanction": "BERAT-TURUN-JABATAN", "decreeNumber": "800/79-BKD/2026", "decreeDate": "%s"}"""
					.formatted(yesterday()), "decree", Map.of("sk.docx", DOCX));
		assertThat(docx.statusCode()).isEqualTo(400);
		JsonNode error = UserAgent.json(docx).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("decree");
		assertThat(error.path("message").asString()).isEqualTo(
				"File \"sk.docx\" is not a PDF. Accepted file type: PDF (.pdf). The type is checked from the content, not the name.");
		assertThat(officers.get("PPK", "/api/v1/cases/" + id).path("followUp").isNull()).isTrue();
	}

	@Test
	void bawasluAttachesItsReviewDocumentWhichThoseWhoSeeTheCaseDownload() {
		Officers officers = new Officers(port);
		String id = verifiedCase(officers, null);
		UserAgent bawaslu = signedIn("ELECTION_SUPERVISOR");
		assertThat(actionForm(bawaslu.get("/kasus/" + id).body(), "REVIEW"))
			.containsPattern("id=\"review-document\"[^>]*accept=\"application/pdf\"");

		// a PNG is refused, and the case stays in review
		HttpResponse<String> png = officers.http().postMultipart("/api/v1/cases/" + id + "/review",
				officers.token("ELECTION_SUPERVISOR"), "review", """
						{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""", "document", Map.of("kajian.pdf", PNG));
		assertThat(png.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(png).path("errors").get(0).path("field").asString()).isEqualTo("document");
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("status").asString()).isEqualTo("IN_REVIEW");

		// the page takes the review with its PDF
		HttpResponse<String> reviewed = bawaslu.submitFile("/kasus/" + id, "/kasus/" + id + "/kajian",
				Map.of("outcome", "PROVEN", "violations", "DISIPLIN-02", "note", "Berita acara terlampir."), "document",
				"berita-acara.pdf", PDF);
		assertThat(UserAgent.location(reviewed)).isEqualTo("/kasus/" + id);
		JsonNode detail = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id);
		assertThat(detail.path("status").asString()).isEqualTo("PROVEN");
		String sha = detail.path("review").path("documentSha256").asString();
		assertThat(sha).matches("[0-9a-f]{64}");

		HttpResponse<byte[]> overApi = officers.http().getBytes("/api/v1/cases/" + id + "/files/" + sha,
				"Authorization", "Bearer " + officers.token("CIVIL_SERVICE_AGENCY"));
		assertThat(overApi.statusCode()).isEqualTo(200);
		assertThat(overApi.body()).isEqualTo(PDF);
		UserAgent bkn = signedIn("CIVIL_SERVICE_AGENCY");
		assertThat(bkn.get("/kasus/" + id).body()).contains("Unduh dokumen kajian (PDF)")
			.contains("/kasus/" + id + "/berkas/" + sha);
		HttpResponse<byte[]> onPage = bkn.getBytes("/kasus/" + id + "/berkas/" + sha);
		assertThat(onPage.statusCode()).isEqualTo(200);
		assertThat(onPage.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(onPage.body()).isEqualTo(PDF);
	}

	/** A citizen's report (about an unregistered person when {@code nip} is null), verified; its case id. */
	private static String verifiedCase(Officers officers, String nip) {
		String number = officers.fileReport(Officers.publicReport(nip, "Uji", "32.73", null))
			.path("complaintNumber")
			.asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "FORWARD"}""");
		return id;
	}

	/** A case about a new employee of PEMDA-32 (the demo PPK's), reviewed as proven with one violation. */
	private static String provenCase(Officers officers, int number, String name, String violation) {
		String nip = officers.employ(number, "PEMDA-32", "32.73", name).get(0);
		String id = verifiedCase(officers, nip);
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["%s"]}""".formatted(violation));
		return id;
	}

	/** As {@link #provenCase} for a heavy violation, then forwarded to the PPK with {@code recommendation}. */
	private static String awaitingFollowUp(Officers officers, int number, String name, String recommendation) {
		String id = provenCase(officers, number, name, "DISIPLIN-02");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", recommendation);
		return id;
	}

	private UserAgent signedIn(String role) {
		DemoAccountRows account = DemoAccountRows.of(role);
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		return agent;
	}

	/** The form of one action on the case page. */
	private static String actionForm(String page, String action) {
		Matcher form = Pattern.compile("<form[^>]*data-action=\"" + action + "\".*?</form>", Pattern.DOTALL).matcher(page);
		assertThat(form.find()).as("form " + action).isTrue();
		return form.group();
	}

	/** The value of the selected option of a select, or null. */
	private static String selected(String form, String selectId) {
		Matcher select = Pattern.compile("<select[^>]*id=\"" + selectId + "\".*?</select>", Pattern.DOTALL).matcher(form);
		assertThat(select.find()).isTrue();
		Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group());
		return option.find() ? option.group(1) : null;
	}

	private static String yesterday() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
	}
}
