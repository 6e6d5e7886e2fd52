package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;

import id.go.netra.BrowserTest;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.personnel.RegistryFiles;
import tools.jackson.databind.JsonNode;

/**
 * An ASN under pressure on a phone, without an account: finds the confidential channel from the report page, reads
 * that they are not the one reported and that the presser's PPK never learns their name, is told what to fix, and
 * keeps the receipt code; the case that opens is about the superior who pressed, with the screenshot they attached
 * (a file that is not what its name says is refused by name first). An ASN who unticks "anonymous"
 * and forgets the consent is refused with nothing stored and finds everything typed still there; filed, they are
 * named, sealed and watched for retaliation, and follow the report with the receipt code.
 */
@NetraIntegrationTest
class PressureReportBrowserTests extends BrowserTest {

	private static final String SUBMIT = "Kirim secara rahasia";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NamedReporters namedReporters;

	@Test
	void anAsnUnderPressureReportsTheSuperiorOnAPhone() {
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(url("/lapor"));
			page.locator("[data-testid=pressure-link]").click();
			page.waitForURL(url("/tekanan"));
			assertThat(page.locator("[data-testid=pressure-protection]").textContent()).contains("bukan Anda")
				.contains("tidak pernah diberitahukan kepada PPK");
			assertFitsThePhone(page);

			// when sent without saying who pressed or what happened, the form says what to fix and keeps the text
			page.getByLabel("Nama orang yang menekan").fill("Kepala Bagian Uji (sintetis)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hubungan dengan Anda");
			assertThat(page.getByLabel("Nama orang yang menekan").inputValue()).isEqualTo("Kepala Bagian Uji (sintetis)");
			assertFitsThePhone(page);
			screenshot(page, "tekanan-refused-phone.png");

			page.getByLabel("Hubungan dengan Anda").selectOption("SUPERIOR");
			page.getByLabel("Tanggal kejadian").fill(LocalDate.now().minusDays(1).toString());
			page.getByLabel("Wilayah").selectOption("32.73");
			page.getByLabel("Uraian").fill("Kepala bagian meminta semua staf hadir di deklarasi bakal calon hari Sabtu.");
			page.getByLabel("Laporan ini benar sepanjang pengetahuan saya").check();
			// a screenshot of the order as evidence: a text file named like a picture is refused by name first
			page.getByLabel("Berkas bukti").setInputFiles(new FilePayload("perintah.png", "image/png",
					"bukan gambar".getBytes(StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
			PlaywrightAssertions.assertThat(page.locator("#evidence-error")).containsText("\"perintah.png\"");
			assertThat(page.getByLabel("Uraian").inputValue()).startsWith("Kepala bagian meminta");
			page.getByLabel("Berkas bukti").setInputFiles(new FilePayload("perintah.png", "image/png", png()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
			page.waitForURL(url("/lapor/terkirim"));
			String number = page.locator("[data-testid=complaint-number]").textContent().trim();
			assertThat(page.locator("[data-testid=receipt-code]").textContent().trim()).matches("\\d{4}(-\\d{4}){4}");
			assertFitsThePhone(page);
			screenshot(page, "tekanan-filed-phone.png");
			assertThat(jdbc.sql("select count(*) from report_evidence e join report r on r.id = e.report_id"
					+ " where r.complaint_number = :number").param("number", number).query(Long.class).single())
				.isEqualTo(1);

			var pressCase = new Officers(port).caseOf(number);
			assertThat(pressCase.path("source").asString()).isEqualTo("PRESSURE_REPORT");
			assertThat(pressCase.path("report").path("reportedName").asString())
				.isEqualTo("Kepala Bagian Uji (sintetis)");
			assertThat(pressCase.path("report").path("named").asBoolean()).isFalse();
		}
	}

	@Test
	void anAsnWhoNamesThemselfIsRefusedWithoutConsentAndThenFiledNamedAndSealed() {
		String ownNip = RegistryFiles.nip(LocalDate.of(1990, 3, 14), 2015, true, 847);
		long before = pressureReports();
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/tekanan"));
			assertThat(page.getByLabel("Saya melapor secara anonim").isChecked()).as("anonymous by default").isTrue();
			page.getByLabel("Hubungan dengan Anda").selectOption("SUPERIOR");
			page.getByLabel("Nama orang yang menekan").fill("Sekretaris Dinas Uji (sintetis)");
			page.getByLabel("Tanggal kejadian").fill(LocalDate.now().minusDays(3).toString());
			page.getByLabel("Wilayah").selectOption("32.73");
			page.getByLabel("Uraian").fill("Sekretaris dinas meminta saya membagikan unggahan calon di grup kantor.");
			page.getByLabel("Saya melapor secara anonim").uncheck();
			page.getByLabel("NIP Anda").fill(ownNip);
			assertThat(page.locator("#reporter-nip-help").textContent()).as("what the NIP is for")
				.contains("dimutasi, diturunkan atau diberhentikan");
			page.getByLabel("Nama Anda").fill("Staf Bernama Uji (sintetis)");
			page.getByLabel("Surel Anda").fill("staf.bernama@tekanan.uji.invalid");
			page.getByLabel("Telepon Anda").fill("0812 3456 7890");

			// when sent without the consent ticked, nothing is stored and nothing typed is lost
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
			PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT))
				.containsText("Persetujuan: Centang persetujuan");
			assertThat(pressureReports()).isEqualTo(before);
			assertThat(page.getByLabel("Saya melapor secara anonim").isChecked()).as("still named").isFalse();
			assertThat(page.getByLabel("Laporan ini benar sepanjang pengetahuan saya").isChecked()).isFalse();
			assertThat(page.getByLabel("NIP Anda").inputValue()).isEqualTo(ownNip);
			assertThat(page.getByLabel("Nama Anda").inputValue()).isEqualTo("Staf Bernama Uji (sintetis)");
			assertThat(page.getByLabel("Surel Anda").inputValue()).isEqualTo("staf.bernama@tekanan.uji.invalid");
			assertThat(page.getByLabel("Telepon Anda").inputValue()).isEqualTo("0812 3456 7890");
			assertThat(page.getByLabel("Hubungan dengan Anda").inputValue()).isEqualTo("SUPERIOR");
			assertThat(page.getByLabel("Uraian").inputValue()).startsWith("Sekretaris dinas meminta");

			page.getByLabel("Laporan ini benar sepanjang pengetahuan saya").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBMIT)).click();
			page.waitForURL(url("/lapor/terkirim"));
			String number = page.locator("[data-testid=complaint-number]").textContent().trim();
			String code = page.locator("[data-testid=receipt-code]").textContent().trim();
			assertThat(pressureReports()).isEqualTo(before + 1);

			// stored named, and sealed: the row holds neither the name, the address nor the NIP in the clear
			var stored = jdbc.sql("select anonymous, reporter_identity from report where complaint_number = :number")
				.param("number", number)
				.query((rs, n) -> new Object[] { rs.getBoolean(1), rs.getString(2) })
				.single();
			assertThat(stored[0]).as("named").isEqualTo(false);
			assertThat((String) stored[1]).isNotBlank().doesNotContain("Staf Bernama").doesNotContain("staf.bernama")
				.doesNotContain(ownNip);
			Officers officers = new Officers(port);
			JsonNode pressCase = officers.caseOf(number);
			assertThat(pressCase.path("report").path("named").asBoolean()).isTrue();
			assertThat(pressCase.path("report").path("reportedName").asString())
				.isEqualTo("Sekretaris Dinas Uji (sintetis)");
			assertThat(pressCase.toString()).doesNotContain(ownNip).doesNotContain("Staf Bernama");
			JsonNode reporter = officers.reporterOf(pressCase.path("id").asString());
			assertThat(reporter.path("anonymous").asBoolean()).isFalse();
			assertThat(reporter.path("name").asString()).isEqualTo("Staf Bernama Uji (sintetis)");
			assertThat(reporter.path("email").asString()).isEqualTo("staf.bernama@tekanan.uji.invalid");
			assertThat(reporter.path("phone").asString()).isEqualTo("0812 3456 7890");
			assertThat(reporter.path("nip").asString()).isEqualTo(ownNip);
			assertThat(namedReporters.since(LocalDate.now(BusinessCalendar.ZONE)))
				.as("a named ASN is watched for retaliation after reporting pressure")
				.contains(new NamedReporters.NamedReport(ownNip, LocalDate.now(BusinessCalendar.ZONE)));

			// and the receipt code opens the report's status
			page.navigate(url("/lapor/status"));
			page.getByLabel("Nomor aduan").fill(number);
			page.getByLabel("Kode tanda terima").fill(code);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cek status").setExact(true)).click();
			PlaywrightAssertions.assertThat(page.locator("[data-testid=status]"))
				.containsText("Diterima, menunggu verifikasi Satgas");
		}
	}

	private long pressureReports() {
		return jdbc.sql("select count(*) from report where kind = 'PRESSURE_REPORT'").query(Long.class).single();
	}

	/** A small real PNG, as a phone's screenshot of a message would be. */
	private static byte[] png() {
		BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x5c3d0b));
		graphics.fillRect(0, 0, 48, 32);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void assertFitsThePhone(Page page) {
		assertThat(page.evaluate("window.innerWidth")).isEqualTo(390);
		assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no horizontal scroll on " + page.url())
			.isEqualTo(true);
	}
}
