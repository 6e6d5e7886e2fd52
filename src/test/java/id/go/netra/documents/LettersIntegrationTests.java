package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.DomainException;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.PdfPages;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditQuery;
import id.go.netra.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

/**
 * Letters issued through the module's API, read back as a person holding them would: the PDF's text, its QR code
 * scanned from the rendered page, the public page and API it leads to; and the numbering under concurrent issue.
 */
@NetraIntegrationTest
class LettersIntegrationTests {

	static final String EMPLOYEE = "Rina Sintetis Uji";
	static final String NIP = "198703122010012003";

	@LocalServerPort
	int port;

	@Autowired
	Letters letters;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anIssuedLetterReadsRightAndItsQrCodeLeadsToAPageThatConfirmsItWithoutItsContent() throws Exception {
		UUID caseId = UUID.randomUUID();
		Letter letter = letters.issue(recommendation(caseId));

		// the PDF says what a letter must say, dated today in Jakarta in Indonesian
		byte[] pdf = letters.pdf(letter.id());
		assertThat(sha256(pdf)).isEqualTo(letter.sha256());
		assertThat(letter.date()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")));
		String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id")).format(letter.date());
		assertThat(letter.number()).matches("\\d{4}/REK/BKN/[IVX]+/" + letter.date().getYear());
		assertThat(PdfPages.text(pdf)).contains("BADAN KEPEGAWAIAN NEGARA")
			.contains("REPUBLIK INDONESIA")
			.contains("Jakarta, " + date)
			.contains("Nomor : " + letter.number())
			.contains("Perihal : Rekomendasi penjatuhan hukuman disiplin")
			.contains("Yth. Pejabat Pembina Kepegawaian Kabupaten Bogor")
			.contains("Dasar hukum:")
			.contains("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil")
			.contains("Nomor aduan : NTR-2026-0000123")
			.contains("Tembusan:")
			.contains("Menteri Dalam Negeri")
			.contains(EMPLOYEE)
			.contains("Keaslian surat dapat diperiksa di http://localhost:" + port + "/verifikasi/"
					+ letter.verificationCode());

		// scanning the QR code on page 1 gives the verification address; in the demo, on this machine's port
		String url = PdfPages.qrCode(pdf);
		assertThat(url).isEqualTo("http://localhost:" + port + "/verifikasi/" + letter.verificationCode())
			.isEqualTo(letters.verificationUrl(letter));

		// the page confirms the letter and shows nothing of who it went to or what it says
		HttpResponse<String> page = new UserAgent(port).get(URI.create(url).getPath());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Surat ini asli")
			.contains("Rekomendasi sanksi")
			.contains(letter.number())
			.contains(IndonesianDate.longForm(letter.date()))
			.contains("Badan Kepegawaian Negara")
			.contains("Rekomendasi penjatuhan hukuman disiplin")
			.contains(letter.sha256())
			.containsPattern("\\d{2}\\.\\d{2}\\.\\d{2} WIB")
			.doesNotContain("Kabupaten Bogor")
			.doesNotContain(EMPLOYEE)
			.doesNotContain(NIP)
			.doesNotContain("kampanye")
			.doesNotContain("Menteri Dalam Negeri")
			.doesNotContain("NTR-2026-0000123");
		assertThat(new UserAgent(port).get(URI.create(url).getPath() + "?lang=en").body())
			.contains("This letter is genuine")
			.contains("Sanction recommendation");

		// the same for machines
		HttpResponse<String> api = new UserAgent(port).get("/api/v1/public/letters/" + letter.verificationCode());
		assertThat(api.statusCode()).isEqualTo(200);
		JsonNode json = UserAgent.json(api);
		assertThat(json.path("kind").asString()).isEqualTo("RECOMMENDATION");
		assertThat(json.path("number").asString()).isEqualTo(letter.number());
		assertThat(json.path("date").asString()).isEqualTo(letter.date().toString());
		assertThat(json.path("issuerName").asString()).isEqualTo("Badan Kepegawaian Negara");
		assertThat(json.path("sha256").asString()).isEqualTo(letter.sha256());
		assertThat(json.path("issuedAt").asString()).isNotBlank();
		assertThat(api.body()).doesNotContain("Bogor").doesNotContain(EMPLOYEE).doesNotContain("NTR-2026");

		// a code typed from paper, in lower case without hyphens, finds the same page
		HttpResponse<String> typed = new UserAgent(port)
			.get("/verifikasi?kode=" + letter.verificationCode().toLowerCase().replace("-", ""));
		assertThat(typed.statusCode()).isEqualTo(302);
		assertThat(UserAgent.location(typed)).isEqualTo("/verifikasi/" + letter.verificationCode());

		// the case knows its letters, and the issue is in the audit trail under the letter's number
		Letter second = letters.issue(recommendation(caseId));
		assertThat(letters.forCase(caseId)).extracting(Letter::id).containsExactly(letter.id(), second.id());
		assertThat(letters.find(letter.id())).contains(letter);
		assertThat(audit.search(new AuditQuery(null, "LETTER_ISSUED", null, null, null, null, 0, 500)).items())
			.anySatisfy(entry -> {
				assertThat(entry.target()).isEqualTo(letter.number());
				assertThat(entry.detail()).contains("RECOMMENDATION").contains("NTR-2026-0000123");
			});
	}

	@Test
	void aCodeNetraNeverIssuedIsAnsweredNotFoundOnThePageAndInTheApi() {
		UserAgent browser = new UserAgent(port);
		assertThat(browser.get("/verifikasi").body()).contains("name=\"kode\"").contains("Periksa keaslian surat");

		HttpResponse<String> page = browser.get("/verifikasi/" + VerificationCode.random().value());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Netra tidak pernah menerbitkan surat dengan kode verifikasi ini.")
			.contains("name=\"kode\"");
		assertThat(browser.get("/verifikasi?kode=bukan-kode").statusCode()).isEqualTo(404);

		HttpResponse<String> api = browser.get("/api/v1/public/letters/" + VerificationCode.random().value());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(UserAgent.json(api).path("type").asString()).isEqualTo("urn:netra:problem:not-found");
		assertThat(UserAgent.json(api).path("detail").asString()).contains("tidak pernah menerbitkan surat");

		assertThatThrownBy(() -> letters.pdf(UUID.randomUUID())).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.status()).isEqualTo(404));
	}

	@Test
	void twoLettersOfOneKindGetConsecutiveNumbers() {
		Letter first = letters.issue(draft(LetterKind.WARNING, null));
		Letter second = letters.issue(draft(LetterKind.WARNING, null));

		assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
		assertThat(second.number()).endsWith("/PRG/BKN/" + IndonesianDate.romanMonth(second.date()) + "/"
				+ second.date().getYear());
	}

	@Test
	void aLetterRolledBackWithItsTransactionGivesItsNumberBack() {
		Letter before = letters.issue(draft(LetterKind.REPRIMAND, null));
		transactions.executeWithoutResult(status -> {
			letters.issue(draft(LetterKind.REPRIMAND, null));
			status.setRollbackOnly();
		});
		Letter after = letters.issue(draft(LetterKind.REPRIMAND, null));

		assertThat(sequenceOf(after)).isEqualTo(sequenceOf(before) + 1);
	}

	@Test
	void lettersIssuedAtOnceByManyThreadsAreNumberedWithoutRepeatsOrGaps() throws Exception {
		// the first letter after start-up loads PDFBox's fonts, seconds with the number locked: not what is measured
		letters.issue(draft(LetterKind.PPK_SANCTION, null));
		int threads = 8;
		int each = 10;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<Letter>>> batches = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				batches.add(pool.submit(() -> {
					start.await();
					List<Letter> issued = new ArrayList<>();
					for (int i = 0; i < each; i++) {
						issued.add(letters.issue(draft(LetterKind.UNBLOCK_NOTICE, null)));
					}
					return issued;
				}));
			}
			// all threads race for the first letter of the kind this year, when its counter row does not exist yet
			start.countDown();
			List<Letter> issued = new ArrayList<>();
			for (Future<List<Letter>> batch : batches) {
				issued.addAll(batch.get());
			}

			assertThat(issued).extracting(Letter::number).doesNotHaveDuplicates().hasSize(threads * each);
			List<Integer> mine = new ArrayList<>(issued.stream().map(LettersIntegrationTests::sequenceOf).toList());
			Collections.sort(mine);
			assertThat(mine).containsExactlyElementsOf(
					IntStream.range(mine.get(0), mine.get(0) + threads * each).boxed().toList());
			int year = issued.get(0).date().getYear();
			List<Integer> all = jdbc
				.sql("select sequence_number from letter where kind = 'UNBLOCK_NOTICE' and letter_year = :year "
						+ "order by sequence_number")
				.param("year", year)
				.query(Integer.class)
				.list();
			assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
		}
		finally {
			// no shutdownNow(): interrupting a thread inside H2's file I/O closes the embedded database
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private static LetterDraft recommendation(UUID caseId) {
		return new LetterDraft(LetterKind.RECOMMENDATION, "BKN", "Badan Kepegawaian Negara",
				"Yth. Pejabat Pembina Kepegawaian Kabupaten Bogor", "PEMDA-3201", List.of("Menteri Dalam Negeri"),
				"Rekomendasi penjatuhan hukuman disiplin",
				List.of("Berdasarkan hasil kajian Bawaslu, Saudari " + EMPLOYEE + ", NIP " + NIP
						+ ", terbukti ikut serta dalam kegiatan kampanye.",
						"Kami merekomendasikan penjatuhan hukuman disiplin sedang dalam 10 hari kerja."),
				"Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
				"Kepala Badan Kepegawaian Negara", caseId, "NTR-2026-0000123");
	}

	private static LetterDraft draft(LetterKind kind, UUID caseId) {
		return new LetterDraft(kind, "BKN", "Badan Kepegawaian Negara", "Yth. Pejabat Pembina Kepegawaian Kota Bandung",
				null, List.of(), "Tindak lanjut rekomendasi", List.of("Surat uji."), null, "Kepala Badan Kepegawaian Negara",
				caseId, null);
	}

	/** The default pattern puts the sequence first: {@code 0042/...}. */
	private static int sequenceOf(Letter letter) {
		return Integer.parseInt(letter.number().substring(0, letter.number().indexOf('/')));
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
