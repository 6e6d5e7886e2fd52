package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/**
 * The public check of a letter, as another agency's system and a person with a browser use it: by its code (who
 * sealed it, when, with which certificate, valid), and by the PDF in hand: an exact copy, a copy with one byte
 * changed, another letter's PDF under this code, a file that is no PDF, no file at all.
 */
@NetraIntegrationTest
class LetterVerificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Letters letters;

	@Test
	void byCodeTheApiAndThePageSayWhoSealedItWhenAndThatItIsValid() {
		Letter letter = letters.issue(SealedLettersIntegrationTests.draft(LetterKind.BLOCK_NOTICE));
		UserAgent anyone = new UserAgent(port);

		JsonNode answer = UserAgent.json(anyone.get("/api/v1/public/letters/" + letter.verificationCode()));

		assertThat(answer.path("signatureValid").asBoolean()).isTrue();
		JsonNode seal = answer.path("signatures").get(0);
		assertThat(seal.path("signedBy").asString()).isEqualTo("Badan Kepegawaian Negara (DEMO)");
		assertThat(seal.path("verdict").asString()).isEqualTo("VALID");
		assertThat(seal.path("certificate").path("issuer").asString()).contains("Netra DEMO Certificate Authority");
		assertThat(seal.path("certificate").path("sha256").asString()).hasSize(64);
		assertThat(seal.path("signedAt").asString()).isNotBlank();
		assertThat(seal.path("format").asString()).startsWith("PAdES-BASELINE-");

		String page = anyone.get("/verifikasi/" + letter.verificationCode()).body();
		assertThat(page).contains("Tanda tangan elektronik")
			.contains("Sah: dokumen utuh sejak ditandatangani dan sertifikatnya tepercaya.")
			.contains("Badan Kepegawaian Negara (DEMO)")
			.contains("/demo/ca.crt");
		String english = anyone.get("/verifikasi/" + letter.verificationCode() + "?lang=en").body();
		assertThat(english).contains("Valid: the document is unchanged since it was signed");
	}

	@Test
	void aPdfInHandIsGenuineOnlyAsIssuedAndAChangedByteIsRefusedWithTheReason() throws Exception {
		Letter letter = letters.issue(SealedLettersIntegrationTests.draft(LetterKind.WARNING));
		Letter other = letters.issue(SealedLettersIntegrationTests.draft(LetterKind.REPRIMAND));
		byte[] pdf = letters.pdf(letter.id());
		byte[] changed = SealedLettersIntegrationTests.changedInsideTheSignedRange(pdf);
		UserAgent anyone = new UserAgent(port);

		JsonNode genuine = UserAgent.json(anyone.postFile("/api/v1/public/letters/check", Map.of(), "file",
				"surat.pdf", pdf));
		assertThat(genuine.path("genuine").asBoolean()).isTrue();
		assertThat(genuine.path("issued").path("number").asString()).isEqualTo(letter.number());

		JsonNode altered = UserAgent.json(anyone.postFile("/api/v1/public/letters/check",
				Map.of("code", letter.verificationCode()), "file", "surat.pdf", changed));
		assertThat(altered.path("genuine").asBoolean()).isFalse();
		assertThat(altered.path("sameAsCode").asBoolean()).isFalse();
		assertThat(altered.path("issued").isNull()).isTrue();
		assertThat(altered.path("signatures").get(0).path("verdict").asString()).isEqualTo("INVALID");
		assertThat(altered.path("signatures").get(0).path("reasonText").asString())
			.contains("diubah setelah ditandatangani");

		JsonNode otherLetter = UserAgent.json(anyone.postFile("/api/v1/public/letters/check",
				Map.of("code", letter.verificationCode()), "file", "surat.pdf", letters.pdf(other.id())));
		assertThat(otherLetter.path("genuine").asBoolean()).isFalse();
		assertThat(otherLetter.path("sameAsCode").asBoolean()).isFalse();
		assertThat(otherLetter.path("signatureValid").asBoolean()).isTrue();

		HttpResponse<String> png = anyone.postFile("/api/v1/public/letters/check", Map.of(), "file", "surat.pdf",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
		assertThat(png.statusCode()).isEqualTo(400);
		assertThat(png.body()).contains("bukan PDF");
		HttpResponse<String> none = anyone.postFile("/api/v1/public/letters/check", Map.of(), "file", null, null);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("Pilih berkas PDF");
	}

	@Test
	void onThePageAnUploadedCopyIsComparedWithTheLetterOfItsCode() throws Exception {
		Letter letter = letters.issue(SealedLettersIntegrationTests.draft(LetterKind.RECOMMENDATION));
		byte[] pdf = letters.pdf(letter.id());
		String page = "/verifikasi/" + letter.verificationCode();
		UserAgent person = new UserAgent(port);

		String same = person.submitFile(page, page + "/berkas", Map.of(), "berkas", "surat.pdf", pdf).body();
		assertThat(same).contains("Berkas ini salinan persis surat yang diterbitkan melalui Netra");

		HttpResponse<String> changed = person.submitFile(page, page + "/berkas", Map.of(), "berkas", "surat.pdf",
				SealedLettersIntegrationTests.changedInsideTheSignedRange(pdf));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("BUKAN salinan persis surat dengan kode verifikasi ini")
			.contains("Dokumen telah diubah setelah ditandatangani");

		HttpResponse<String> text = person.submitFile("/verifikasi", "/verifikasi/berkas", Map.of(), "berkas",
				"surat.pdf", "bukan pdf".getBytes());
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(text.body()).contains("Berkas ini bukan PDF yang dapat dibaca.");

		String found = person.submitFile("/verifikasi", "/verifikasi/berkas", Map.of(), "berkas", "surat.pdf", pdf)
			.body();
		assertThat(found).contains("Berkas ini salinan persis").contains(page);
	}
}
