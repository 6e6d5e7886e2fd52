package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.Dates;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * What a person reads on the queue, a case with a sanctioned history, the registry search and a letter: words
 * and dates in their language, never an enum name, a catalogue code or an ISO date.
 */
@NetraIntegrationTest
class WordsNotCodesIntegrationTests {

	/** An enum name such as AWAITING_FOLLOW_UP or TASK_FORCE. */
	private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)+\\b");

	/** A sanction catalogue code such as BERAT-TURUN-JABATAN. */
	private static final Pattern SANCTION_CODE = Pattern.compile("\\b(MORAL|RINGAN|SEDANG|BERAT)-[A-Z0-9]");

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@LocalServerPort
	int port;

	@Test
	void aSanctionedCaseAndTheQueueReadInWordsInBothLanguages() {
		Officers officers = new Officers(port);
		String nip = officers.employ(7801, "PEMDA-32", "32.73", "Wulan Kata Uji (sintetis)").get(0);
		String sanctioned = sanctioned(officers, nip);
		String rejected = rejected(officers);

		UserAgent satgas = signedIn("TASK_FORCE", "id");
		// the queue of this employee's cases: other tests share the database, and what their reporters typed (a fuzz
		// test files a name such as "TASK_FORCE_REPORT") is theirs, not Netra's words
		String page = visible(satgas.get("/kasus/" + sanctioned).body());
		assertThat(page).contains("Penurunan jabatan setingkat lebih rendah selama 12 bulan, 800/7801-BKD/2026")
			.contains("Sanksi dijatuhkan")
			.contains(Dates.day(LocalDate.now(Dates.ZONE), INDONESIAN));
		noCodes(page);
		String refusal = visible(satgas.get("/kasus/" + rejected).body());
		assertThat(refusal).contains("Bukan pelanggaran netralitas: Aduan tentang pelayanan");
		noCodes(refusal);
		String queue = visible(satgas.get("/kasus?status=ALL&nip=" + nip).body());
		assertThat(queue).contains("Sanksi dijatuhkan")
			.contains("Pemerintah Provinsi Jawa Barat")
			.doesNotContainPattern("\\bPEMDA-\\d");
		noCodes(queue);

		UserAgent inEnglish = signedIn("TASK_FORCE", "en");
		String english = visible(inEnglish.get("/kasus/" + sanctioned).body());
		assertThat(english).contains("Demotion").contains("Sanction imposed")
			.contains(Dates.day(LocalDate.now(Dates.ZONE), Locale.ENGLISH))
			.doesNotContain("Sanksi dijatuhkan");
		noCodes(english);
		assertThat(visible(inEnglish.get("/kasus/" + rejected).body())).contains("Not a neutrality violation");
		String englishQueue = visible(inEnglish.get("/kasus?status=ALL&nip=" + nip).body());
		assertThat(englishQueue).contains("Sanction imposed");
		noCodes(englishQueue);
	}

	@Test
	void theQueueShowsADeadlineAsItsLastDay() {
		Officers officers = new Officers(port);
		String number = officers.fileReport(Officers.publicReport(null, "Tenggat Uji", "32.73", null))
			.path("complaintNumber")
			.asString();
		Instant deadline = Instant.parse(officers.caseOf(number).path("deadlineAt").asString());

		String queue = visible(signedIn("TASK_FORCE", "id").get("/kasus?complaintNumber=" + number).body());

		assertThat(queue).contains("paling lambat " + Dates.deadline(deadline, INDONESIAN));
		if (deadline.atZone(Dates.ZONE).toLocalTime().equals(LocalTime.MIDNIGHT)) {
			assertThat(queue).doesNotContain(Dates.day(deadline.atZone(Dates.ZONE).toLocalDate(), INDONESIAN));
		}
	}

	@Test
	void theRegistrySearchShowsTheEmployeesStatusInWords() {
		Officers officers = new Officers(port);
		String nip = officers.employ(7811, "PEMDA-32", "32.73", "Sekar Status Uji (sintetis)").get(0);

		String indonesian = visible(signedIn("CIVIL_SERVICE_AGENCY", "id").get("/kepegawaian?q=" + nip).body());
		String english = visible(signedIn("CIVIL_SERVICE_AGENCY", "en").get("/kepegawaian?q=" + nip).body());

		assertThat(indonesian).contains("Sekar Status Uji").contains("Aktif").doesNotContain("ACTIVE");
		assertThat(english).contains("Sekar Status Uji").contains("In service").doesNotContain("ACTIVE");
	}

	@Test
	void theRecommendationLetterNamesTheViolationAndTheLastDayToAct() {
		Officers officers = new Officers(port);
		String nip = officers.employ(7821, "PEMDA-32", "32.73", "Laras Surat Uji (sintetis)").get(0);
		String id = forwarded(officers, nip);
		JsonNode c = await("the recommendation letter").atMost(Duration.ofSeconds(30))
			.until(() -> officers.get("AUDITOR", "/api/v1/cases/" + id),
					json -> json.path("letters").valueStream().anyMatch(l -> l.path("kind").asString().equals("RECOMMENDATION")));
		Instant deadline = Instant.parse(c.path("deadlineAt").asString());
		String letterId = c.path("letters").valueStream()
			.filter(l -> l.path("kind").asString().equals("RECOMMENDATION"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();

		String text = letterText(officers, letterId).replaceAll("\\s+", " ");

		assertThat(text).contains("Pelanggaran: ").doesNotContain("DISIPLIN-09").doesNotContain("(HEAVY")
			.contains("paling lambat " + Dates.deadline(deadline, INDONESIAN));
		assertThat(SANCTION_CODE.matcher(text).find()).as(text).isFalse();
		assertThat(ENUM.matcher(text).find()).as(text).isFalse();
	}

	private static String forwarded(Officers officers, String nip) {
		String number = officers.fileReport(Officers.publicReport(nip, "Pegawai Uji", "32.73", null))
			.path("complaintNumber")
			.asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "FORWARD"}""");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"], "criminal": false}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		return id;
	}

	private static String sanctioned(Officers officers, String nip) {
		String id = forwarded(officers, nip);
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "BERAT-TURUN-JABATAN", "decreeNumber": "800/7801-BKD/2026", "decreeDate": "%s"}"""
			.formatted(LocalDate.now(Dates.ZONE)));
		return id;
	}

	private static String rejected(Officers officers) {
		String number = officers.fileReport(Officers.publicReport(null, "Tolak Uji", "32.73", null))
			.path("complaintNumber")
			.asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "REJECT", "reason": "NOT_ABOUT_NEUTRALITY", "note": "Aduan tentang pelayanan"}""");
		return id;
	}

	private static void noCodes(String text) {
		assertThat(ENUM.matcher(text).results().map(m -> m.group()).toList()).as("enum names on the page").isEmpty();
		assertThat(SANCTION_CODE.matcher(text).results().map(m -> m.group()).toList()).as("sanction codes on the page")
			.isEmpty();
		assertThat(ISO_DATE.matcher(text).results().map(m -> m.group()).toList()).as("ISO dates on the page")
			.isEmpty();
	}

	/** The text a person reads: no scripts, no markup, no attributes. */
	private static String visible(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replace("&amp;", "&")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ");
	}

	private UserAgent signedIn(String role, String language) {
		DemoAccountRows account = DemoAccountRows.of(role);
		UserAgent agent = new UserAgent(port);
		assertThat(agent.signIn(account.username(), account.password())).isEqualTo("/beranda");
		assertThat(agent.get("/beranda?lang=" + language).statusCode()).isEqualTo(200);
		return agent;
	}

	private static String letterText(Officers officers, String letterId) {
		HttpResponse<byte[]> pdf = officers.http().getBytes("/api/v1/letters/" + letterId, "Authorization",
				"Bearer " + officers.token("AUDITOR"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
