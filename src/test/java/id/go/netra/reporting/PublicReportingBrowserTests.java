package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * A citizen on a phone, without an account: reports, is told what to fix, keeps the receipt code and the PDF
 * proof, and later follows the report with the code and answers the task force. Screenshots land in
 * target/screenshots.
 */
@NetraIntegrationTest
class PublicReportingBrowserTests extends BrowserTest {

	/** Well formed (born 1985-03-15, appointed 2010-01, male, no. 001) but in no registry: accepted as unresolved. */
	static final String NIP = "198503152010011001";

	@Autowired
	Reports reports;

	@Test
	void aCitizenReportsOnAPhoneKeepsTheReceiptAndAnswersTheTaskForce() throws IOException {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			// given the landing page's main call to action
			page.navigate(url("/"));
			page.locator("[data-testid=report-cta]")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Laporkan pelanggaran"))
				.click();
			page.waitForURL(url("/lapor"));
			assertFitsThePhone(page);

			// the offer of news by e-mail goes with the e-mail field: hidden while anonymous, never ticked for them
			Locator news = page.getByLabel("Kirim kabar ke surel saya bila tahap laporan berubah");
			PlaywrightAssertions.assertThat(news).isHidden();
			page.getByLabel("Saya melapor secara anonim").uncheck();
			PlaywrightAssertions.assertThat(news).isVisible();
			PlaywrightAssertions.assertThat(news).not().isChecked();
			page.getByLabel("Saya melapor secara anonim").check();

			// when the citizen sends a NIP that is too short, the form comes back with the reason next to the field
			fillReport(page, "12345");
			page.getByRole(AriaRole.BUTTON, exact("Kirim laporan")).click();
			PlaywrightAssertions.assertThat(page.locator("#reported-nip-error"))
				.containsText("NIP harus terdiri atas 18 digit angka.");
			assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("NIP: NIP harus terdiri atas 18 digit angka.");
			assertThat(page.getByLabel("NIP", labelled()).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(page.getByLabel("Nama", labelled()).inputValue()).as("what was typed is kept").isEqualTo("Budi Santoso");
			assertThat(page.getByLabel("Wilayah kejadian").inputValue()).isEqualTo("32.73");
			assertFitsThePhone(page);
			screenshot(page, "lapor-refused-phone.png");

			// and when it is fixed and a photo attached, the report is filed
			page.getByLabel("NIP", labelled()).fill(NIP);
			page.getByLabel("Berkas bukti").setInputFiles(new FilePayload("foto-kampanye.png", "image/png", png()));
			page.getByRole(AriaRole.BUTTON, exact("Kirim laporan")).click();
			page.waitForURL(url("/lapor/terkirim"));
			String number = page.locator("[data-testid=complaint-number]").textContent().trim();
			String code = page.locator("[data-testid=receipt-code]").textContent().trim();
			assertThat(number).matches("NTR-\\d{4}-\\d{7,}");
			assertThat(code).matches("\\d{4}(-\\d{4}){4}");
			assertFitsThePhone(page);
			screenshot(page, "lapor-filed-phone.png");

			// then the PDF proof names the complaint number and the code
			Download proof = page.waitForDownload(
					() -> page.getByRole(AriaRole.BUTTON, exact("Unduh bukti pelaporan (PDF)")).click());
			assertThat(pdfText(proof)).contains(number).contains(code);

			// and a reload no longer shows the code, only that it was shown once
			page.reload();
			PlaywrightAssertions.assertThat(page.locator("[data-testid=code-gone]")).containsText("hanya ditampilkan sekali");
			assertThat(page.content()).doesNotContain(code).doesNotContain(number);

			// when the task force asks a question, the citizen sees it with the code and answers it
			Report report = reports.find(ComplaintNumber.parse(number)).orElseThrow();
			reports.askReporter(report.id(), taskForce(), "Pada jam berapa kegiatan itu berlangsung?");
			checkStatus(page, number, code);
			assertThat(page.url()).as("the code never travels in a URL").isEqualTo(url("/lapor/status"));
			assertThat(page.locator("[data-testid=status]").textContent()).contains("Diterima, menunggu verifikasi Satgas");
			assertThat(page.locator("[data-testid=conversation]").textContent())
				.contains("Satgas").contains("Pada jam berapa kegiatan itu berlangsung?");
			assertThat(page.locator("[data-testid=evidence]").textContent())
				.contains("foto-kampanye.png").contains("https://example.org/unggahan/kampanye-1");

			page.getByRole(AriaRole.BUTTON, exact("Kirim")).click();
			PlaywrightAssertions.assertThat(page.locator("#body-error")).containsText("Wajib diisi.");
			assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Pesan: Wajib diisi.");

			page.getByLabel("Pesan").fill("Sekitar pukul 10 pagi, di aula kantor kecamatan.");
			page.getByRole(AriaRole.BUTTON, exact("Kirim")).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).containsText("pesan Anda telah dikirim");
			Locator answer = page.locator("[data-testid=conversation] li").last();
			assertThat(answer.textContent()).contains("Anda").contains("Sekitar pukul 10 pagi, di aula kantor kecamatan.");
			assertFitsThePhone(page);
			screenshot(page, "lapor-status-phone.png");
		}
	}

	@Test
	void aWrongCodeReadsExactlyLikeAnUnknownNumber() {
		// given a filed report
		String number = reports.filePublic(submission(), List.of()).complaintNumber().value();
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			// when someone tries its number with a wrong code, and a number that does not exist
			checkStatus(page, number, "1111-2222-3333-4444-5555");
			String wrongCode = page.locator("[data-testid=refusal]").textContent().trim();
			assertThat(page.locator("[data-testid=status]").count()).as("nothing of the report is shown").isZero();
			screenshot(page, "lapor-wrong-code-phone.png");
			checkStatus(page, "NTR-2020-9999999", "1111-2222-3333-4444-5555");
			String unknownNumber = page.locator("[data-testid=refusal]").textContent().trim();

			// then both get the same neutral answer, which never says whether the number exists
			assertThat(wrongCode).contains("tidak cocok").isEqualTo(unknownNumber);
		}
	}

	@Test
	void aFileThatIsNotWhatItsNameClaimsIsRefusedByNameAndTheFormIsKept() {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/lapor"));
			fillReport(page, NIP);
			// a text file named like a photo: intake reads its first bytes, not its name
			page.getByLabel("Berkas bukti").setInputFiles(new FilePayload("bukan-foto.png", "image/png",
					"ini hanya teks".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, exact("Kirim laporan")).click();

			PlaywrightAssertions.assertThat(page.locator("#evidence-error")).containsText("\"bukan-foto.png\" bukan gambar");
			assertThat(page.locator("#evidence-help").textContent()).contains("pilih kembali");
			assertThat(page.getByLabel("NIP", labelled()).inputValue()).isEqualTo(NIP);
			assertThat(page.url()).isEqualTo(url("/lapor"));
		}
	}

	@Test
	void thePublicPagesSpeakEnglishOnRequestWithNoTextMissing() {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/?lang=en"));
			assertThat(page.locator("[data-testid=report-cta]").textContent()).contains("Report a violation");
			for (String path : List.of("/lapor", "/lapor/status", "/lapor/terkirim")) {
				page.navigate(url(path));
				// an unresolved message key shows as ??key??
				assertThat(page.content()).as(path).doesNotContain("??");
			}
			page.navigate(url("/lapor"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
				.isEqualTo("Report a suspected breach of civil-servant neutrality");
		}
	}

	@Test
	void aNamedCitizenReportsInEnglishOnAPhoneAndIsAskedToTickTheConsentFirst() {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/lapor?lang=en"));
			page.locator("#reported-nip").fill(NIP);
			page.locator("#reported-name").fill("Budi Santoso");
			page.locator("#incident-date").fill(LocalDate.now(BusinessCalendar.ZONE).minusDays(2).toString());
			page.locator("#incident-regionCode").selectOption("32.73");
			page.locator("#incident-description").fill("The head of the office told staff in a meeting to vote for "
					+ "one candidate pair and handed out their campaign shirts.");
			// the citizen reports under their own name: "anonymous" unticked, so the browser sends nothing for it
			page.getByLabel("I am reporting anonymously").uncheck();
			page.locator("#reporter-name").fill("Siti Rahmawati");
			page.locator("#reporter-email").fill("siti@contoh.invalid");

			// without the consent the browser itself stops, and nothing typed is lost
			page.getByRole(AriaRole.BUTTON, exact("Send report")).click();
			assertThat(page.url()).isEqualTo(url("/lapor"));
			assertThat(page.locator("#consent").evaluate("box => box.validity.valid")).isEqualTo(false);
			assertThat(page.locator("#reporter-name").inputValue()).isEqualTo("Siti Rahmawati");

			page.locator("#consent").check();
			page.getByRole(AriaRole.BUTTON, exact("Send report")).click();
			page.waitForURL(url("/lapor/terkirim"));
			assertFitsThePhone(page);
			screenshot(page, "lapor-named-filed-phone-en.png");
			String number = page.locator("[data-testid=complaint-number]").textContent().trim();
			Report report = reports.find(ComplaintNumber.parse(number)).orElseThrow();
			assertThat(report.named()).isTrue();
			assertThat(reports.revealReporter(report.id(), taskForce(), "verifikasi laporan bernama"))
				.hasValue(new ReporterIdentity("Siti Rahmawati", "siti@contoh.invalid", null));
		}
	}

	private void fillReport(Page page, String nip) {
		page.getByLabel("NIP", labelled()).fill(nip);
		page.getByLabel("Nama", labelled()).fill("Budi Santoso");
		page.getByLabel("Instansi tempat bekerja").fill("Dinas Pendidikan Kota Bandung");
		page.getByLabel("Tanggal kejadian").fill(LocalDate.now(BusinessCalendar.ZONE).minusDays(3).toString());
		page.getByLabel("Wilayah kejadian").selectOption("32.73");
		page.getByLabel("Uraian kejadian").fill("Kepala dinas mengajak para guru memilih calon tertentu "
				+ "dalam rapat resmi di aula kantor, lalu membagikan kaos bergambar calon itu.");
		page.getByLabel("Tautan bukti").fill("https://example.org/unggahan/kampanye-1");
		page.getByLabel("Laporan ini benar").check();
	}

	private void checkStatus(Page page, String number, String code) {
		page.navigate(url("/lapor/status"));
		page.getByLabel("Nomor aduan").fill(number);
		page.getByLabel("Kode tanda terima").fill(code);
		page.getByRole(AriaRole.BUTTON, exact("Cek status")).click();
		page.waitForLoadState();
		PlaywrightAssertions.assertThat(page.locator("[data-testid=status], [data-testid=refusal]")).hasCount(1);
	}

	/** The page is no wider than the phone: nothing to scroll sideways. */
	private static void assertFitsThePhone(Page page) {
		assertThat(page.evaluate("window.innerWidth")).isEqualTo(390);
		assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll on " + page.url())
			.isEqualTo(true);
	}

	/** A small real PNG, made here so the evidence check recognises it by its content. */
	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0b3d5c));
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static ReportSubmission submission() {
		return new ReportSubmission(new ReportSubmission.Reported(NIP, null, "Siti Aminah", null, null),
				new ReportSubmission.Incident(LocalDate.now(BusinessCalendar.ZONE).minusDays(1), "32.73",
						"Camat memasang spanduk dukungan untuk salah satu calon di depan kantor kecamatan.", List.of()),
				new ReportSubmission.Reporter(true, null, null, null), true);
	}

	private static Actor taskForce() {
		String agency = DemoAccountRows.of("TASK_FORCE").agency();
		return new Actor("satgas.uji", "Satgas Uji", Actor.Kind.USER, agency, agency,
				Map.of(Role.TASK_FORCE, Jurisdiction.NATIONAL));
	}

	private static Page.GetByRoleOptions exact(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	private static Page.GetByLabelOptions labelled() {
		return new Page.GetByLabelOptions().setExact(true);
	}
}
