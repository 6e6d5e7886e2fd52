package id.go.netra.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.PdfPages;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.documents.PdfSig;
import tools.jackson.databind.JsonNode;

/**
 * Integrity pacts over HTTP, with a real SMTP server (GreenMail) receiving the links and one-time codes: campaigns
 * and their coverage for a planted registry of mixed employment types, the cascade, the online signing end to end
 * with its refusals, paper pacts one by one and in a ZIP batch, the reminders, and scope.
 */
@NetraIntegrationTest
class PactIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = PactMailbox.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		PactMailbox.configure(registry, smtp);
	}

	static final String CAMPAIGNS = "/api/v1/integrity-pacts/campaigns";
	static final byte[] PDF = "%PDF-1.4\n% pindaian pakta\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };

	static PactPopulation planted;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PactMailer mailer;

	Officers officers;
	PactMailbox mailbox;

	@BeforeEach
	void plantOnce() {
		officers = new Officers(port);
		mailbox = new PactMailbox(smtp);
		if (planted == null) {
			planted = PactPopulation.plant(officers, jdbc, 500);
		}
	}

	@Test
	void aCampaignCountsItsEmployersStaffByEmploymentTypeAndRefusesBadInputInWords() {
		HttpResponse<String> empty = officers.post("PPK", CAMPAIGNS, "{}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Judul kampanye wajib diisi").contains("Pilih pemilihan")
			.contains("Batas waktu penandatanganan wajib diisi").doesNotContain("Exception");
		HttpResponse<String> unknown = officers.post("PPK", CAMPAIGNS, campaign("Uji", "PEMILU-1999", 30));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("PEMILU-1999").contains("tidak ada di kalender pemilihan");
		HttpResponse<String> past = officers.post("PPK", CAMPAIGNS, campaign("Uji", "PILKADA-2024", -1));
		assertThat(past.body()).contains("tidak boleh sebelum hari ini");

		JsonNode opened = open("PPK", campaign("Pakta Pilkada Jabar", "PILKADA-2024", 30));

		JsonNode coverage = opened.path("coverage");
		assertThat(coverage.path("total").asLong()).isEqualTo(planted.activeAt32());
		assertThat(coverage.path("signed").asLong()).isZero();
		for (String type : List.of("PNS", "PPPK", "NON_ASN")) {
			assertThat(coverage.path("byEmploymentType").path(type).path("total").asLong()).as(type)
				.isEqualTo(planted.activeAt32(type));
		}
		assertThat(opened.path("employerCode").asString()).isEqualTo("PEMDA-32");
		assertThat(opened.path("textVersion").asInt()).isEqualTo(1);
		assertThat(opened.path("textSha256").asString()).hasSize(64);
		assertThat(officers.get("CIVIL_SERVICE_AGENCY", CAMPAIGNS + "/" + opened.path("id").asString())
			.path("coverage").path("total").asLong()).isEqualTo(planted.activeAt32());
	}

	@Test
	void aCascadeGivesEachEmployerItsOwnCampaignAndAPpkSeesOnlyItsOwn() {
		JsonNode parent = open("CIVIL_SERVICE_AGENCY", """
				{"title": "Pakta nasional uji", "election": "PILKADA-2024", "deadline": "%s",
				 "employers": ["PEMDA-32", "PEMDA-33"], "text": "Saya netral.\\n\\nSaya tidak berkampanye."}"""
			.formatted(LocalDate.now().plusDays(30)));
		String id = parent.path("id").asString();
		assertThat(parent.path("employers").asInt()).isEqualTo(2);
		assertThat(parent.path("textVersion").asInt()).isGreaterThan(1);
		assertThat(parent.path("coverage").path("total").asLong()).isEqualTo(planted.activeAt32() + planted.activeAt33());

		JsonNode children = officers.get("CIVIL_SERVICE_AGENCY", CAMPAIGNS + "/" + id + "/employers");
		assertThat(children.size()).isEqualTo(2);
		String child32 = children.get(0).path("campaignId").asString();
		String child33 = children.get(1).path("campaignId").asString();
		assertThat(children.get(0).path("employerCode").asString()).isEqualTo("PEMDA-32");
		assertThat(children.get(1).path("coverage").path("total").asLong()).isEqualTo(planted.activeAt33());

		assertThat(officers.get("PPK", CAMPAIGNS + "/" + child32).path("coverage").path("total").asLong())
			.isEqualTo(planted.activeAt32());
		assertThat(officers.http().get(CAMPAIGNS + "/" + child33, officers.token("PPK")).statusCode()).isEqualTo(404);
		assertThat(officers.http().get(CAMPAIGNS + "/" + id, officers.token("PPK")).statusCode()).isEqualTo(404);
		assertThat(officers.http().get(CAMPAIGNS + "/" + id, officers.token("ELECTION_SUPERVISOR")).statusCode())
			.isEqualTo(403);
		assertThat(officers.get("PPK", CAMPAIGNS).path("items").toString()).contains(child32).doesNotContain(child33);
	}

	@Test
	void anEmployeeSignsOnlineWithTheMailedLinkAndCodeAndGetsTheIssuedPact() throws Exception {
		String title = "Pakta daring " + System.nanoTime();
		String id = open("PPK", campaign(title, "PILKADA-2024", 30)).path("id").asString();
		assertThat(officers.post("PPK", CAMPAIGNS + "/" + id + "/invitations", "").statusCode()).isEqualTo(202);
		PactPopulation.Planted pns = planted.get(0);
		String token = mailbox.linkToken(pns.email(), title);
		await("every address gets its link").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> planted.reachedAt32().stream()
				.filter(p -> p.email() != null)
				.allMatch(p -> mailbox.bodies(p.email(), "Pakta Integritas", title).size() == 1));
		String page = "/pakta/" + token;
		UserAgent employee = new UserAgent(port);
		assertThat(employee.get(page).body()).contains(pns.name()).contains("Kirim kode sekali pakai");

		// a wrong birth date is refused without saying which answer was wrong
		String wrong = employee.submit(page, page + "/identitas",
				Map.of("number", pns.number(), "birthDate", pns.birthDate().plusDays(1).toString())).body();
		assertThat(wrong).contains("tidak cocok dengan data kepegawaian").contains("Sisa percobaan: 4")
			.doesNotContain("tanggal lahir salah");
		assertThat(mailbox.bodies(pns.email(), "Kode sekali pakai", "")).isEmpty();

		String codeStep = employee.submit(page, page + "/identitas",
				Map.of("number", pns.number(), "birthDate", pns.birthDate().toString())).body();
		assertThat(codeStep).contains("p***@pakta.uji.invalid");
		String code = mailbox.code(pns.email(), 1);
		String wrongCode = code.equals("000000") ? "111111" : "000000";
		assertThat(employee.submit(page, page + "/kode", Map.of("code", wrongCode)).body())
			.contains("Kode sekali pakai salah");

		// an expired code is refused in words, and a new one is sent
		jdbc.sql("update pact_signer set otp_expires_at = :past where registry_number = :n and campaign_id = :c")
			.param("past", java.time.OffsetDateTime.now().minusMinutes(1))
			.param("n", pns.number())
			.param("c", java.util.UUID.fromString(id))
			.update();
		assertThat(employee.submit(page, page + "/kode", Map.of("code", code)).body()).contains("kedaluwarsa");
		employee.submit(page, page + "/identitas", Map.of("number", pns.number(), "birthDate", pns.birthDate().toString()));
		String fresh = mailbox.code(pns.email(), 2);
		HttpResponse<String> accepted = employee.submit(page, page + "/kode", Map.of("code", fresh));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(employee.get(page).body()).contains("Saya telah membaca pakta ini").contains("SHA-256");

		assertThat(employee.submit(page, page + "/tandatangan", Map.of()).body())
			.contains("Centang pernyataan persetujuan");
		assertThat(employee.submit(page, page + "/tandatangan", Map.of("consent", "yes")).statusCode())
			.isEqualTo(302);
		String receipt = employee.get(page).body();
		assertThat(receipt).contains("Pakta Anda telah ditandatangani").contains("/PKT/").contains("WIB");

		byte[] pdf = employee.getBytes(page + "/pakta.pdf").body();
		String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains(pns.name()).contains("NIP " + pns.number()).contains("kode sekali pakai")
			.contains("p***@pakta.uji.invalid").contains("Naskah pakta versi 1, SHA-256")
			.contains("Undang-Undang Nomor 5 Tahun 2014");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// the agency's PAdES seal (an archive timestamp may stand beside it)
			assertThat(document.getSignatureDictionaries()).as("sealed by the employer's agency when issued")
				.filteredOn(signature -> "ETSI.CAdES.detached".equals(signature.getSubFilter()))
				.hasSize(1);
		}
		// genuine for the public check; a changed byte is not; and valid for an independent validator
		assertThat(UserAgent.json(employee.postFile("/api/v1/public/letters/check", Map.of(), "file", "pakta.pdf", pdf))
			.path("genuine").asBoolean()).isTrue();
		byte[] changed = PdfSig.changedInsideTheSignedRange(pdf);
		assertThat(UserAgent.json(employee.postFile("/api/v1/public/letters/check", Map.of(), "file", "pakta.pdf",
				changed)).path("signatures").get(0).path("verdict").asString()).isEqualTo("INVALID");
		if (PdfSig.available()) {
			assertThat(PdfSig.validSignatures(PdfSig.read(pdf))).isEqualTo(1);
			assertThat(PdfSig.read(changed)).contains("Digest Mismatch");
		}

		JsonNode coverage = officers.get("PPK", CAMPAIGNS + "/" + id).path("coverage");
		assertThat(coverage.path("signed").asLong()).isEqualTo(1);
		assertThat(coverage.path("online").asLong()).isEqualTo(1);
		assertThat(coverage.path("byEmploymentType").path("PNS").path("online").asLong()).isEqualTo(1);
		// a paper pact for the same employee is a second signature: refused, the online one stands
		HttpResponse<String> paper = Multipart.post(port, CAMPAIGNS + "/" + id + "/offline-signatures",
				officers.token("PPK"), Map.of("nip", pns.number()), "file", "pakta.pdf", PDF);
		assertThat(paper.statusCode()).isEqualTo(409);
		assertThat(officers.get("PPK", CAMPAIGNS + "/" + id).path("coverage").path("offline").asLong()).isZero();
	}

	@Test
	void anUnknownLinkAndAWornOutLinkAreRefusedInWords() {
		UserAgent stranger = new UserAgent(port);
		HttpResponse<String> unknown = stranger.get("/pakta/" + "A".repeat(43));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Tautan ini tidak dikenal");

		String title = "Pakta terkunci " + System.nanoTime();
		String id = open("PPK", campaign(title, "PILKADA-2024", 30)).path("id").asString();
		officers.post("PPK", CAMPAIGNS + "/" + id + "/invitations", "");
		PactPopulation.Planted pppk = planted.get(5);
		String page = "/pakta/" + mailbox.linkToken(pppk.email(), title);
		for (int i = 0; i < 4; i++) {
			stranger.submit(page, page + "/identitas", Map.of("number", pppk.number(), "birthDate", "1990-01-01"));
		}
		String last = stranger.submit(page, page + "/identitas", Map.of("number", "123", "birthDate", "x")).body();
		assertThat(last).contains("Tautan ini dikunci");
		assertThat(stranger.get(page).body()).contains("Tautan ini dikunci");
	}

	@Test
	void thePpkRecordsPaperPactsOneByOneAndInABatchWithAReportPerRow() throws Exception {
		String id = open("PPK", campaign("Pakta kertas " + System.nanoTime(), "PILKADA-2024", 30)).path("id")
			.asString();
		String path = CAMPAIGNS + "/" + id + "/offline-signatures";
		String ppk = officers.token("PPK");
		PactPopulation.Planted first = planted.get(1);

		HttpResponse<String> text = Multipart.post(port, path, ppk, Map.of("nip", first.number()), "file", "pakta.pdf",
				"bukan pindaian".getBytes(StandardCharsets.UTF_8));
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(text.body()).contains("bukan PDF, JPEG atau PNG");
		HttpResponse<String> noFile = Multipart.post(port, path, ppk, Map.of("nip", first.number()), "file", "x", null);
		assertThat(noFile.body()).contains("Unggah pindaian pakta");

		HttpResponse<String> recorded = Multipart.post(port, path, ppk, Map.of("nip", first.number()), "file",
				"pindaian.dat", PDF);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		HttpResponse<String> again = Multipart.post(port, path, ppk, Map.of("nip", first.number()), "file", "lagi.pdf",
				PDF);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("sudah menandatangani pakta");
		assertThat(Multipart.post(port, path, officers.token("CIVIL_SERVICE_AGENCY"), Map.of("nip", first.number()),
				"file", "x.pdf", PDF).statusCode()).isEqualTo(403);

		PactPopulation.Planted pppk = planted.get(6);
		PactPopulation.Planted nonAsn = planted.get(8);
		String list = "file,nip\r\n" + "a.png," + pppk.number() + "\r\n" + "b.jpg," + nonAsn.number() + "\r\n"
				+ "hilang.pdf," + planted.get(2).number() + "\r\n" + "c.pdf,199001012015011001\r\n";
		byte[] zip = zip(Map.of("daftar.csv", list.getBytes(StandardCharsets.UTF_8), "a.png", PNG, "pindai/b.jpg", JPEG,
				"c.pdf", PDF));
		HttpResponse<String> batch = Multipart.post(port, path + "/batch", ppk, Map.of(), "archive", "pakta.zip", zip);
		assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
		JsonNode report = UserAgent.json(batch);
		assertThat(report.path("recorded").asInt()).isEqualTo(2);
		assertThat(report.path("refused").asInt()).isEqualTo(2);
		assertThat(report.path("rows").get(2).path("problem").asString()).contains("hilang.pdf")
			.contains("tidak ada di dalam arsip");
		assertThat(report.path("rows").get(3).path("problem").asString()).contains("tidak termasuk pegawai");
		assertThat(Multipart.post(port, path + "/batch", ppk, Map.of(), "archive", "x.zip", PDF).body())
			.contains("bukan arsip ZIP");

		JsonNode coverage = officers.get("PPK", CAMPAIGNS + "/" + id).path("coverage");
		assertThat(coverage.path("signed").asLong()).isEqualTo(3);
		assertThat(coverage.path("offline").asLong()).isEqualTo(3);
		assertThat(coverage.path("online").asLong()).isZero();
		JsonNode byType = coverage.path("byEmploymentType");
		assertThat(byType.path("PNS").path("offline").asLong()).isEqualTo(1);
		assertThat(byType.path("PPPK").path("signed").asLong()).isEqualTo(1);
		assertThat(byType.path("NON_ASN").path("signed").asLong()).isEqualTo(1);
		JsonNode unsigned = officers.get("PPK", CAMPAIGNS + "/" + id + "/unsigned?size=500");
		assertThat(unsigned.path("total").asLong()).isEqualTo(planted.activeAt32() - 3);
		assertThat(unsigned.path("items").toString()).doesNotContain(first.number()).contains(planted.get(2).number());
	}

	@Test
	void theUnsignedAreRemindedOncePerRoundBeforeTheDeadlineEvenWithTwoSendersAtOnce() throws Exception {
		String title = "Pakta pengingat " + System.nanoTime();
		open("PPK", campaign(title, "PILKADA-2024", 1));
		List<PactPopulation.Planted> reachable = planted.reachedAt32()
			.stream()
			.filter(p -> p.email() != null)
			.toList();
		// two senders at once besides the scheduled one, as two nodes would run the round
		java.util.concurrent.CompletableFuture<Integer> first = java.util.concurrent.CompletableFuture
			.supplyAsync(mailer::reminders);
		java.util.concurrent.CompletableFuture<Integer> second = java.util.concurrent.CompletableFuture
			.supplyAsync(mailer::reminders);
		first.get(60, java.util.concurrent.TimeUnit.SECONDS);
		second.get(60, java.util.concurrent.TimeUnit.SECONDS);
		await("a reminder to each unsigned employee with an address").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> reachable.stream().allMatch(p -> mailbox.bodies(p.email(), "Pengingat", title).size() == 1));
		assertThat(mailer.reminders()).isZero();
		assertThat(reachable.stream().mapToInt(p -> mailbox.bodies(p.email(), "Pengingat", title).size()).sum())
			.isEqualTo(reachable.size());
	}

	@Test
	void aSignedPactShowsOnTheEmployeePageAndOnACaseAboutTheEmployee() {
		PactPopulation.Planted pns = planted.get(3);
		String title = "Pakta profil " + System.nanoTime();
		String id = open("PPK", campaign(title, "PILKADA-2024", 30)).path("id").asString();
		UserAgent ppk = signedIn("PPK");
		assertThat(ppk.get("/kepegawaian/" + pns.number()).body()).doesNotContain(title);

		assertThat(Multipart.post(port, CAMPAIGNS + "/" + id + "/offline-signatures", officers.token("PPK"),
				Map.of("nip", pns.number()), "file", "pakta.png", PNG).statusCode()).isEqualTo(201);
		String employeePage = ppk.get("/kepegawaian/" + pns.number()).body();
		assertThat(employeePage).contains(title).contains("Di atas kertas").contains("WIB");

		String caseId = officers.provenCase(pns.number(), "DISIPLIN-02");
		UserAgent reviewer = signedIn("TASK_FORCE");
		String casePage = reviewer.get("/kasus/" + caseId).body();
		assertThat(casePage).contains("Pakta integritas netralitas").contains(title).contains("ditandatangani");
	}

	@Test
	void thePagesTheExportsTheListOfLinksAndTheNationalViewCountTheSamePeople() {
		UserAgent ppk = signedIn("PPK");
		String refused = follow(ppk, ppk.submit("/pakta-integritas", "/pakta-integritas",
				Map.of("title", "", "election", "PEMILU-2024", "deadline", "")));
		assertThat(refused).contains("Judul kampanye wajib diisi").contains("Batas waktu penandatanganan wajib diisi");
		// BKN's form has the employer-kind boxes; left all unticked the browser sends none: still answered in words
		UserAgent bkn = signedIn("CIVIL_SERVICE_AGENCY");
		assertThat(bkn.get("/pakta-integritas").body()).contains("name=\"employerKinds\"");
		assertThat(follow(bkn, bkn.submit("/pakta-integritas", "/pakta-integritas",
				Map.of("title", "", "election", "PILKADA-2024", "deadline", LocalDate.now().plusDays(20).toString()))))
			.contains("Judul kampanye wajib diisi")
			.doesNotContain("Bad Request");
		HttpResponse<String> opened = ppk.submit("/pakta-integritas", "/pakta-integritas", Map.of("title",
				"Pakta Pemilu halaman", "election", "PEMILU-2024", "deadline", LocalDate.now().plusDays(40).toString()));
		assertThat(opened.statusCode()).isEqualTo(302);
		String campaignPage = UserAgent.location(opened);
		String id = campaignPage.substring(campaignPage.lastIndexOf('/') + 1);
		assertThat(Multipart.post(port, CAMPAIGNS + "/" + id + "/offline-signatures", officers.token("PPK"),
				Map.of("nip", planted.get(7).number()), "file", "pakta.jpg", JPEG).statusCode()).isEqualTo(201);

		String page = ppk.get(campaignPage).body();
		assertThat(page).contains("data-testid=\"total\">" + planted.activeAt32() + "<")
			.contains("data-testid=\"offline\">1<").contains("Belum menandatangani (" + (planted.activeAt32() - 1) + ")");
		assertThat(ppk.get("/pakta-integritas").body()).contains("Pakta Pemilu halaman");

		String export = officers.http().get(CAMPAIGNS + "/" + id + "/export?format=csv", officers.token("PPK")).body();
		assertThat(export.lines().count()).isEqualTo(1 + planted.activeAt32());
		assertThat(export).contains(planted.get(7).number() + ",").contains("KERTAS");
		HttpResponse<String> links = officers.http()
			.exchange("POST", CAMPAIGNS + "/" + id + "/links?format=csv", officers.token("PPK"), "application/json", "");
		assertThat(links.statusCode()).isEqualTo(200);
		List<String> rows = links.body().lines().skip(1).toList();
		assertThat(rows).hasSize((int) planted.activeAt32() - 1).noneMatch(r -> r.startsWith(planted.get(7).number()));
		String nonAsnRow = rows.stream().filter(r -> r.startsWith(planted.get(9).number())).findFirst().orElseThrow();
		String link = nonAsnRow.substring(nonAsnRow.indexOf("/pakta/"));
		assertThat(new UserAgent(port).get(link).body()).contains(planted.get(9).name()).contains("NIK");
		// an employee the registry has no address for is told to sign on paper, in words
		PactPopulation.Planted noAddress = planted.get(4);
		String row = rows.stream().filter(r -> r.startsWith(noAddress.number())).findFirst().orElseThrow();
		String own = row.substring(row.indexOf("/pakta/"));
		assertThat(new UserAgent(port).submit(own, own + "/identitas",
				Map.of("number", noAddress.number(), "birthDate", noAddress.birthDate().toString())).body())
			.contains("tidak memuat alamat e-mail").contains("di atas kertas");

		JsonNode byEmployer = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/integrity-pacts/coverage?election=PEMILU-2024");
		JsonNode pemda32 = group(byEmployer, "PEMDA-32");
		assertThat(pemda32.path("name").asString()).isEqualTo("Pemerintah Provinsi Jawa Barat");
		assertThat(pemda32.path("coverage").path("total").asLong()).isEqualTo(planted.activeAt32());
		assertThat(pemda32.path("coverage").path("offline").asLong()).isEqualTo(1);
		JsonNode byProvince = officers.get("OVERSIGHT",
				"/api/v1/integrity-pacts/coverage?election=PEMILU-2024&by=province");
		assertThat(group(byProvince, "32").path("coverage").path("signed").asLong()).isEqualTo(1);
		assertThat(officers.http().get("/api/v1/integrity-pacts/coverage?election=PEMILU-2024", officers.token("PPK"))
			.statusCode()).isEqualTo(403);
		assertThat(signedIn("CIVIL_SERVICE_AGENCY").get("/pakta-integritas/nasional?election=PEMILU-2024&by=province")
			.body()).contains("data-group=\"32\"");
	}

	private static JsonNode group(JsonNode groups, String code) {
		for (JsonNode group : groups) {
			if (group.path("code").asString().equals(code)) {
				return group;
			}
		}
		throw new AssertionError(code + " not in " + groups);
	}

	private UserAgent signedIn(String role) {
		UserAgent agent = new UserAgent(port);
		DemoAccountRows account = DemoAccountRows.of(role);
		agent.signIn(account.username(), account.password());
		return agent;
	}

	private static String follow(UserAgent agent, HttpResponse<String> redirect) {
		return agent.get(UserAgent.location(redirect)).body();
	}

	private JsonNode open(String role, String json) {
		HttpResponse<String> response = officers.post(role, CAMPAIGNS, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return UserAgent.json(response);
	}

	private static String campaign(String title, String election, int daysLeft) {
		return """
				{"title": "%s", "election": "%s", "deadline": "%s"}""".formatted(title, election,
				LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(daysLeft));
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
