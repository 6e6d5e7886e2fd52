package id.go.netra.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.go.netra.Dates;
import id.go.netra.DemoAccountRows;
import id.go.netra.Mailbox;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.personnel.RegistryFiles;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * Neutrality reminders over HTTP with a real SMTP server (GreenMail): the audience counted before sending, a PPK held
 * to its own staff, a reminder scheduled by an election phase queued exactly once by two nodes at once, and the
 * delivery counts (sent, no address) with the English variant in the mail. Planted: three PNS and one PPPK in
 * senior posts (JPT) at PEMDA-32, the second PNS without an e-mail address (numbers 9101-9104); on the page, with no
 * class or type ticked, every active employee of PEMDA-51 (numbers 9111-9114, planted by that test).
 */
@NetraIntegrationTest
class ReminderIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = Mailbox.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("netra.fostering.interval", () -> "PT1S");
	}

	static final String AUDIENCE = """
			{"employerCode": "PEMDA-32", "positionClasses": ["JPT"], "employmentTypes": ["PNS"]}""";

	static boolean planted;

	static long before;

	static long beforeWithAddress;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ElectionCalendar calendar;

	@Autowired
	ReminderQueue queue;

	Officers officers;

	@BeforeEach
	void plantOnce() {
		officers = new Officers(port);
		if (planted) {
			return;
		}
		JsonNode count = audience("PPK", AUDIENCE);
		before = count.path("employees").asLong();
		beforeWithAddress = count.path("withAddress").asLong();
		RegistryFiles file = RegistryFiles.withEmail();
		for (int i = 0; i < 4; i++) {
			LocalDate birth = LocalDate.of(1971 + i, 2 + i, 5 + i);
			String type = i == 3 ? "PPPK" : "PNS";
			file.row(RegistryFiles.nip(birth, 1998, i % 2 == 0, 9101 % 800 + i), RegistryFiles.nik("32.73", birth,
					i % 2 == 0, 9101 + i), "Pejabat Pembinaan " + (9101 + i), birth.toString(), i % 2 == 0 ? "F" : "M",
					type, "PEMDA-32", "Sekretariat Daerah", "JPT", "Kepala Dinas", "IV/c", "32.73", "ACTIVE", "",
					i == 1 ? "" : "pejabat" + (9101 + i) + "@pembinaan.uji.invalid", "true");
		}
		officers.importRegistry(file);
		planted = true;
	}

	@Test
	void theAudienceIsCountedBeforeSendingWithThoseWithoutAnAddress() {
		JsonNode count = audience("PPK", AUDIENCE);

		assertThat(count.path("employees").asLong()).isEqualTo(before + 3);
		assertThat(count.path("withAddress").asLong()).isEqualTo(beforeWithAddress + 2);
		assertThat(count.path("withoutAddress").asLong()).isEqualTo(before - beforeWithAddress + 1);
		assertThat(audience("PPK", "{\"employerCode\": \"PEMDA-32\", \"positionClasses\": [\"JPT\"]}")
			.path("employees").asLong()).as("PPPK included without a type filter").isGreaterThanOrEqualTo(before + 4);
	}

	@Test
	void aPpkCannotTargetAnotherEmployerAndGetsItsOwnWhenItNamesNone() {
		HttpResponse<String> other = officers.post("PPK", "/api/v1/reminders/audience",
				"{\"employerCode\": \"PEMDA-33\"}");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("instansinya sendiri").doesNotContain("Exception");
		HttpResponse<String> send = officers.post("PPK", "/api/v1/reminders", """
				{"electionCode": "PILKADA-2024", "phaseCode": "CAMPAIGN", "employerCode": "PEMDA-33",
				 "subject": "Uji", "body": "Uji"}""");
		assertThat(send.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from reminder where employer_code = 'PEMDA-33' and sender_agency = 'PEMDA-32'")
			.query(Long.class).single()).isZero();

		assertThat(audience("PPK", "{}").path("employees").asLong())
			.isEqualTo(audience("CIVIL_SERVICE_AGENCY", "{\"employerCode\": \"PEMDA-32\"}").path("employees").asLong());
		assertThat(officers.post("ELECTION_SUPERVISOR", "/api/v1/reminders/audience", "{}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void badInputIsRefusedInWordsInTheCallersLanguageAndNothingIsStored() {
		long stored = jdbc.sql("select count(*) from reminder").query(Long.class).single();
		HttpResponse<String> empty = officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/reminders", "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("electionCode").contains("Wajib diisi");
		assertThat(officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/reminders", """
				{"electionCode": "PEMILU-TIDAK-ADA", "phaseCode": "CAMPAIGN", "subject": "x", "body": "y"}""").body())
			.contains("Pemilu tidak ditemukan");
		HttpResponse<String> english = new UserAgent(port).language("en").exchange("POST", "/api/v1/reminders",
				officers.token("CIVIL_SERVICE_AGENCY"), "application/json", """
						{"electionCode": "PILKADA-2024", "phaseCode": "CAMPAIGN", "offsetDays": -7,
						 "subject": "x", "body": "y"}""");
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("has passed").doesNotContain("sudah lewat");
		HttpResponse<String> unknownClass = officers.post("PPK", "/api/v1/reminders/audience",
				"{\"positionClasses\": [\"KEPALA\"]}");
		assertThat(unknownClass.statusCode()).isEqualTo(400);
		assertThat(unknownClass.body()).contains("Nilai KEPALA tidak dikenal");
		assertThat(jdbc.sql("select count(*) from reminder").query(Long.class).single()).isEqualTo(stored);
	}

	@Test
	void aReminderScheduledByAPhaseIsQueuedOnceByTwoNodesAndCountsItsDeliveries() throws Exception {
		String election = futureElection();
		String template = null;
		for (JsonNode shared : officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/reminder-templates")) {
			if (shared.path("phaseCode").asString().equals("CAMPAIGN") && shared.path("shared").asBoolean()) {
				template = shared.path("id").asString();
			}
		}
		JsonNode scheduled = UserAgent.json(officers.post("CIVIL_SERVICE_AGENCY", "/api/v1/reminders", """
				{"electionCode": "%s", "phaseCode": "CAMPAIGN", "templateId": "%s", "employerCode": "PEMDA-32",
				 "positionClasses": ["JPT"], "employmentTypes": ["PNS"], "offsetDays": -7}"""
			.formatted(election, template)));
		String id = scheduled.path("id").asString();
		assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(scheduled.path("sendOn").asString()).isEqualTo(LocalDate.now(Dates.ZONE).plusDays(1).toString());
		assertThat(queue.queueDue()).as("not before its day").isZero();

		// the day comes: the calendar moved the campaign one day earlier
		jdbc.sql("update reminder set send_on = :today where id = :id").param("today", LocalDate.now(Dates.ZONE))
			.param("id", UUID.fromString(id)).update();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<Integer>> rounds = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			rounds.add(nodes.submit((Callable<Integer>) queue::queueDue));
		}
		int queuedByThisTest = 0;
		for (Future<Integer> round : rounds) {
			queuedByThisTest += round.get();
		}
		nodes.shutdown();
		assertThat(queuedByThisTest).isLessThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from reminder_delivery where reminder_id = :id")
			.param("id", UUID.fromString(id)).query(Long.class).single()).isEqualTo(before + 3);

		await("reminder mails sent").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> counts(id).path("queued").asLong() == 0);
		JsonNode counts = counts(id);
		assertThat(counts.path("total").asLong()).isEqualTo(before + 3);
		assertThat(counts.path("sent").asLong()).isEqualTo(beforeWithAddress + 2);
		assertThat(counts.path("noAddress").asLong()).isEqualTo(before - beforeWithAddress + 1);
		assertThat(counts.path("failed").asLong()).isZero();

		List<String> mails = bodies("pejabat9101@pembinaan.uji.invalid").stream()
			.filter(mail -> mail.contains("Pilkada Uji Pembinaan"))
			.toList();
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0)).contains("Yth. Pejabat Pembinaan 9101").contains("Pilkada Uji Pembinaan")
			.contains("Dear Pejabat Pembinaan 9101").contains("Campaign period").doesNotContain("{nama}");
		assertThat(bodies("pejabat9104@pembinaan.uji.invalid")).as("PPPK not in the audience").isEmpty();

		assertThat(queue.queueDue()).as("never twice").isZero();
		assertThat(officers.get("PPK", "/api/v1/reminders/" + id).path("counts").path("sent").asLong())
			.as("the PPK reads what reached its staff").isEqualTo(beforeWithAddress + 2);
	}

	@Test
	void aPpkWritesItsOwnTemplateAndSendsItNowToItsStaff() {
		HttpResponse<String> added = officers.post("PPK", "/api/v1/reminder-templates", """
				{"phaseCode": "PRE_CAMPAIGN", "title": "Apel pagi", "subject": "Netralitas: {pemilu}",
				 "body": "Yth. {nama}, tetap netral selama {tahapan}."}""");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		String template = UserAgent.json(added).path("id").asString();
		assertThat(officers.http().exchange("PUT", "/api/v1/reminder-templates/" + template,
				officers.token("CIVIL_SERVICE_AGENCY"), "application/json",
				"{\"phaseCode\": \"CAMPAIGN\", \"title\": \"x\", \"subject\": \"x\", \"body\": \"x\"}").statusCode())
			.as("BKN does not edit a PPK's template").isEqualTo(404);

		HttpResponse<String> sent = officers.post("PPK", "/api/v1/reminders", """
				{"electionCode": "PILKADA-2024", "phaseCode": "PRE_CAMPAIGN", "templateId": "%s",
				 "positionClasses": ["JPT"], "employmentTypes": ["PNS"]}""".formatted(template));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		JsonNode reminder = UserAgent.json(sent);
		assertThat(reminder.path("employerCode").asString()).isEqualTo("PEMDA-32");
		assertThat(reminder.path("status").asString()).isEqualTo("QUEUED");
		assertThat(reminder.path("counts").path("total").asLong()).isEqualTo(before + 3);
	}

	@Test
	void aPpkCountsAndSendsOnThePageLinkedFromItsHomeCard() {
		UserAgent ppk = new UserAgent(port);
		ppk.signIn(DemoAccountRows.of("PPK").username(), DemoAccountRows.of("PPK").password());
		assertThat(ppk.get("/beranda").body()).contains("href=\"/pembinaan\"");
		HttpResponse<String> page = ppk.get("/pembinaan");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Pengingat netralitas").contains("Masa kampanye")
			.doesNotContain("Kode instansi").as("a PPK picks no employer");

		HttpResponse<String> counted = ppk.submit("/pembinaan", "/pembinaan/penerima",
				Map.of("classes", "JPT", "types", "PNS"));
		assertThat(counted.body()).contains((before + 3) + " pegawai; " + (beforeWithAddress + 2) + " dengan surel");

		HttpResponse<String> refused = ppk.submit("/pembinaan", "/pembinaan", Map.of("phase", "PILKADA-2024|CAMPAIGN"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Wajib diisi");

		HttpResponse<String> sent = ppk.submit("/pembinaan", "/pembinaan", Map.of("phase", "PILKADA-2024|CAMPAIGN",
				"subject", "Apel netralitas halaman uji", "body", "Yth. {nama}, tetap netral.", "classes", "JPT"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(ppk.get("/pembinaan").body()).contains("Apel netralitas halaman uji").contains("masuk antrean");
		UserAgent english = new UserAgent(port);
		english.signIn(DemoAccountRows.of("PPK").username(), DemoAccountRows.of("PPK").password());
		assertThat(english.get("/pembinaan?lang=en").body()).contains("Neutrality reminders").contains("Count recipients")
			.contains("Reminders sent").doesNotContain("Pengingat yang dikirim");
	}

	@Test
	void withNothingTickedTheWholeEmployerIsCountedAndSentAndNothingChosenWhereRequiredStoresNothing() {
		// given: at PEMDA-51, which no other test plants, one active employee of each type in three classes, and a
		// retired one
		RegistryFiles file = RegistryFiles.withEmail();
		String[][] people = { { "PNS", "JPT", "ACTIVE" }, { "PPPK", "FUNCTIONAL", "ACTIVE" },
				{ "NON_ASN", "STAFF", "ACTIVE" }, { "PNS", "ADMINISTRATOR", "RETIRED" } };
		for (int i = 0; i < people.length; i++) {
			LocalDate birth = LocalDate.of(1966 + i, 3 + i, 9 + i);
			file.row(RegistryFiles.nip(birth, 1992, i % 2 == 0, 9111 % 800 + i), RegistryFiles.nik("51.71", birth,
					i % 2 == 0, 9111 + i), "Pegawai Bali Pembinaan " + (9111 + i), birth.toString(), i % 2 == 0 ? "F" : "M",
					people[i][0], "PEMDA-51", "Sekretariat Daerah", people[i][1], "Pegawai", "III/a", "51.71",
					people[i][2], "", "pegawai" + (9111 + i) + "@pembinaan.uji.invalid", "true");
		}
		officers.importRegistry(file);
		long everyone = jdbc.sql("select count(*) from employee where employer_code = 'PEMDA-51' and status = 'ACTIVE'")
			.query(Long.class).single();
		assertThat(everyone).as("the three active ones planted").isGreaterThanOrEqualTo(3);
		UserAgent bkn = new UserAgent(port);
		bkn.signIn(DemoAccountRows.of("CIVIL_SERVICE_AGENCY").username(),
				DemoAccountRows.of("CIVIL_SERVICE_AGENCY").password());

		// when counted and sent with no position class and no employment type ticked
		HttpResponse<String> counted = bkn.submit("/pembinaan", "/pembinaan/penerima", Map.of("employerCode", "PEMDA-51"));
		assertThat(counted.statusCode()).isEqualTo(200);
		assertThat(counted.body()).as("every class and type, the retired one not").contains(everyone + " pegawai; "
				+ everyone + " dengan surel");
		long stored = reminders();
		String subject = "Pengingat untuk seluruh pegawai Bali " + UUID.randomUUID();
		HttpResponse<String> sent = bkn.submit("/pembinaan", "/pembinaan", Map.of("phase", "PILKADA-2024|CAMPAIGN",
				"employerCode", "PEMDA-51", "subject", subject, "body", "Yth. {nama}, tetap netral."));

		// then it is stored for the whole employer and queued to each of them
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(bkn.get("/pembinaan").body()).contains(everyone + " pegawai masuk antrean");
		assertThat(reminders()).isEqualTo(stored + 1);
		Map<String, Object> reminder = jdbc.sql("select id, position_classes, employment_types, status from reminder"
				+ " where subject = :subject").param("subject", subject).query().singleRow();
		assertThat(reminder.get("position_classes")).as("stored as all").isNull();
		assertThat(reminder.get("employment_types")).as("stored as all").isNull();
		assertThat(reminder.get("status")).isEqualTo("QUEUED");
		assertThat(jdbc.sql("select count(*) from reminder_delivery where reminder_id = :id")
			.param("id", reminder.get("id")).query(Long.class).single()).isEqualTo(everyone);
		await("mails to all of them").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> List.of("pegawai9111", "pegawai9112", "pegawai9113")
				.stream()
				.allMatch(to -> bodies(to + "@pembinaan.uji.invalid").stream().anyMatch(mail -> mail.contains(subject))));
		assertThat(bodies("pegawai9114@pembinaan.uji.invalid")).as("retired").isEmpty();

		// and the form sent with no phase and no template or text chosen says what is missing and stores nothing
		HttpResponse<String> nothing = bkn.submit("/pembinaan", "/pembinaan",
				Map.of("employerCode", "PEMDA-51", "templateId", "", "offsetDays", ""));
		assertThat(nothing.statusCode()).isEqualTo(400);
		assertThat(nothing.body()).contains("Pemilu dan tahapan: Wajib diisi.").contains("Subjek: Wajib diisi.")
			.contains("Isi: Wajib diisi.").contains("value=\"PEMDA-51\"").doesNotContain("??");
		assertThat(reminders()).isEqualTo(stored + 1);
		UserAgent english = new UserAgent(port);
		english.signIn(DemoAccountRows.of("CIVIL_SERVICE_AGENCY").username(),
				DemoAccountRows.of("CIVIL_SERVICE_AGENCY").password());
		assertThat(english.get("/pembinaan?lang=en").body()).as("the apostrophe of a message with an argument")
			.contains("replace the template&#39;s.");
		assertThat(english.submit("/pembinaan", "/pembinaan", Map.of("phase", "PILKADA-2024|CAMPAIGN")).body())
			.contains("Subject: Required.").contains("Body: Required.");
		assertThat(reminders()).isEqualTo(stored + 1);
	}

	private long reminders() {
		return jdbc.sql("select count(*) from reminder").query(Long.class).single();
	}

	private JsonNode audience(String role, String json) {
		HttpResponse<String> response = officers.post(role, "/api/v1/reminders/audience", json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return UserAgent.json(response);
	}

	private JsonNode counts(String id) {
		return officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/reminders/" + id).path("counts");
	}

	/**
	 * A Pilkada whose campaign starts in eight days, so "seven days before the campaign" is tomorrow: days in Jakarta,
	 * as the application counts them (from 17:00 UTC the machine's date is a day behind).
	 */
	private String futureElection() {
		LocalDate today = LocalDate.now(Dates.ZONE);
		return calendar.add(new ElectionCalendar.Draft("Pilkada Uji Pembinaan (sintetis)",
				"Synthetic Pilkada for fostering tests", Election.Kind.REGIONAL, today.plusDays(60), today.plusDays(2),
				"uji", List.of(new ElectionCalendar.PhaseDates("PRE_CAMPAIGN", today.minusDays(30), today.plusDays(7)),
						new ElectionCalendar.PhaseDates("CAMPAIGN", today.plusDays(8), today.plusDays(50)),
						new ElectionCalendar.PhaseDates("VOTING", today.plusDays(60), today.plusDays(60)))))
			.code();
	}

	private static List<String> bodies(String address) {
		List<String> found = new ArrayList<>();
		try {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
					.anyMatch(a -> a.toString().equals(address))) {
					found.add(message.getSubject() + "\n" + message.getContent());
				}
			}
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return found;
	}
}
