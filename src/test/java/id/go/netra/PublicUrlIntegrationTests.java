package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.casework.Officers;
import id.go.netra.documents.Letter;
import id.go.netra.documents.LetterDraft;
import id.go.netra.documents.LetterKind;
import id.go.netra.documents.Letters;
import tools.jackson.databind.JsonNode;

/**
 * With netra.public-url set, what Netra prints leads there and not to the machine it runs on: a letter's QR code
 * and verification line, the receipt's QR code and status address. The receipt's QR code names the complaint
 * number, which fills in the check form, and never the receipt code. (The mails' links: NotificationIntegrationTests.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/public-url-${random.uuid}",
				"netra.public-url=https://netra.example.go.id/" })
class PublicUrlIntegrationTests {

	static final String PUBLIC = "https://netra.example.go.id";

	@LocalServerPort
	int port;

	@Autowired
	Letters letters;

	@Test
	void aLettersQrCodeAndVerificationLineLeadToThePublicAddress() throws Exception {
		Letter letter = letters.issue(new LetterDraft(LetterKind.RECOMMENDATION, "BKN", "Badan Kepegawaian Negara",
				"Yth. Pejabat Pembina Kepegawaian Kota Bandung", null, List.of(), "Rekomendasi uji alamat publik",
				List.of("Surat uji."), null, "Kepala Badan Kepegawaian Negara", UUID.randomUUID(), null));
		byte[] pdf = letters.pdf(letter.id());

		String scanned = PdfPages.qrCode(pdf);

		assertThat(scanned).startsWith(PUBLIC + "/verifikasi/")
			.isEqualTo(PUBLIC + "/verifikasi/" + letter.verificationCode())
			.isEqualTo(letters.verificationUrl(letter));
		assertThat(PdfPages.text(pdf)).contains("Keaslian surat dapat diperiksa di " + scanned)
			.doesNotContain("localhost");
		// the path behind the public address is the page that confirms the letter
		assertThat(new UserAgent(port).get(URI.create(scanned).getPath()).body()).contains("Surat ini asli");
	}

	@Test
	void theReceiptHasALetterheadAndAQrCodeToTheStatusPageWithTheNumberFilledInButNeverTheCode()
			throws Exception {
		Officers officers = new Officers(port);
		JsonNode filed = officers.fileReport(Officers.publicReport(null, "Alamat Publik Uji", "32.73", null));
		String number = filed.path("complaintNumber").asString();
		String code = filed.path("receiptCode").asString();

		byte[] receipt = receipt(number, code, "id");

		String scanned = PdfPages.qrCode(receipt);
		assertThat(scanned).isEqualTo(PUBLIC + "/lapor/status?nomor=" + number).doesNotContain(code);
		assertThat(PdfPages.text(receipt)).contains("SATUAN TUGAS NETRALITAS ASN")
			.contains("REPUBLIK INDONESIA")
			.contains("Bukti Pelaporan")
			.contains(number)
			.contains(code)
			.contains("buka " + PUBLIC + "/lapor/status,")
			.doesNotContain("localhost");
		assertThat(PdfPages.text(receipt(number, code, "en"))).contains("ASN NEUTRALITY TASK FORCE")
			.contains("REPUBLIC OF INDONESIA")
			.contains("Proof of Filing")
			.contains("open " + PUBLIC + "/lapor/status,");

		// scanned, the check form has the number and waits for the code; a link with no number fills in nothing
		URI status = URI.create(scanned);
		String form = new UserAgent(port).get(status.getPath() + "?" + status.getQuery()).body();
		assertThat(form).containsPattern("name=\"complaintNumber\"[^>]*value=\"" + number + "\"")
			.containsPattern("name=\"receiptCode\"[^>]*autofocus")
			.doesNotContain(code);
		assertThat(new UserAgent(port).get("/lapor/status?nomor=%3Cb%3Ebukan-nomor").body())
			.doesNotContain("bukan-nomor")
			.doesNotContainPattern("name=\"complaintNumber\"[^>]*value=\"[^\"]")
			.doesNotContain("autofocus");
	}

	private byte[] receipt(String number, String code, String language) {
		HttpResponse<byte[]> response = new UserAgent(port).language(language)
			.getBytes("/api/v1/public/reports/" + number + "/receipt", "X-Receipt-Code", code, "Accept",
					"application/pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
