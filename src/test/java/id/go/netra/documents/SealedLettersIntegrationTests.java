package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.PdfPages;
import id.go.netra.UserAgent;

/**
 * Every kind of letter Netra issues is sealed with the issuing agency's key: an independent validator (poppler's
 * pdfsig) and Netra's own check (EU DSS) both find the signature valid, and both refuse it after one changed byte.
 * The signature block names the official an administrator recorded.
 */
@NetraIntegrationTest
class SealedLettersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void noOfficialOnRecord() {
		jdbc.sql("delete from letter_signatory").update();
	}

	@Test
	void everyKindOfLetterIsSealedValidlyAndOneChangedByteBreaksTheSeal() throws Exception {
		for (LetterKind kind : LetterKind.values()) {
			byte[] pdf = letters.pdf(letters.issue(draft(kind)).id());

			SignatureReport report = signatures.check(pdf);
			assertThat(report.valid()).as("%s: %s", kind, report).isTrue();
			assertThat(report.signatures().get(0).signedBy()).isEqualTo("Badan Kepegawaian Negara (DEMO)");

			byte[] changed = changedInsideTheSignedRange(pdf);
			SignatureReport broken = signatures.check(changed);
			assertThat(broken.valid()).isFalse();
			assertThat(broken.altered()).isTrue();
		}
	}

	@Test
	void anIndependentValidatorFindsEveryKindOfLetterValidlySignedUntilOneByteChanges() throws Exception {
		assumeTrue(PdfSig.available(), "pdfsig (Debian's poppler-utils) is not installed; .ci/run installs it");
		for (LetterKind kind : LetterKind.values()) {
			byte[] pdf = letters.pdf(letters.issue(draft(kind)).id());

			String pdfsig = PdfSig.read(pdf);
			assertThat(PdfSig.validSignatures(pdfsig)).as("%s: %s", kind, pdfsig).isEqualTo(1);
			assertThat(pdfsig).as("%s", kind)
				.contains("Signer Certificate Common Name: Badan Kepegawaian Negara (DEMO)")
				.contains("Total document signed")
				.contains("ETSI.CAdES.detached");

			assertThat(PdfSig.read(changedInsideTheSignedRange(pdf))).as("%s", kind)
				.contains("Digest Mismatch")
				.doesNotContain("Signature is Valid.");
		}
	}

	@Test
	void theSignatureBlockNamesTheOfficialOnRecordAndTheCertificatesIssuer() throws Exception {
		UserAgent admin = new UserAgent(port);
		String token = token(admin, "ADMIN");
		HttpResponse<String> recorded = admin.exchange("PUT", "/api/v1/letter-signatories/bkn", token,
				"application/json",
				"{\"name\":\"Dra. Sri Contoh Sintetis, M.Si.\",\"nip\":\"19700101 199003 2 001\","
						+ "\"position\":\"Kepala Badan Kepegawaian Negara\"}");
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
		assertThat(UserAgent.json(recorded).path("nip").asString()).isEqualTo("197001011990032001");

		String text = PdfPages.text(letters.pdf(letters.issue(draft(LetterKind.WARNING)).id()));

		assertThat(text).contains("Kepala Badan Kepegawaian Negara")
			.contains("Ditandatangani secara elektronik")
			.contains("Dra. Sri Contoh Sintetis, M.Si.")
			.contains("NIP 197001011990032001")
			.contains("sertifikat elektronik yang diterbitkan oleh Netra DEMO");

		// a pact is the employee's statement: the agency only seals it, no official signs it
		String pact = PdfPages.text(letters.pdf(letters.issue(draft(LetterKind.INTEGRITY_PACT)).id()));
		assertThat(pact).doesNotContain("Dra. Sri Contoh Sintetis").contains("Pegawai Sintetis Uji");
	}

	@Test
	void aWrongSignatoryIsRefusedFieldByFieldInWordsAndChangesNothing() {
		UserAgent admin = new UserAgent(port).language("id");
		String token = token(admin, "ADMIN");

		HttpResponse<String> refused = admin.exchange("PUT", "/api/v1/letter-signatories/TIDAK-ADA", token,
				"application/json", "{\"name\":\" \",\"nip\":\"12345\",\"position\":\"\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Instansi dengan kode ini tidak dikenal.")
			.contains("NIP terdiri atas 18 angka.")
			.doesNotContain("documents.signatory");
		assertThat(jdbc.sql("select count(*) from letter_signatory").query(Long.class).single()).isZero();
		assertThat(admin.get("/api/v1/letter-signatories/BKN", token).statusCode()).isEqualTo(404);
		// only administrators record who signs
		assertThat(admin.exchange("PUT", "/api/v1/letter-signatories/BKN", token(admin, "TASK_FORCE"),
				"application/json", "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void theDemoRootIsServedAndIsTheIssuerOfTheSeals() throws Exception {
		HttpResponse<byte[]> served = new UserAgent(port).getBytes("/demo/ca.crt");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pkix-cert");
		X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(served.body()));

		X509Certificate seal = signatures.certificateOf("BKN", "Badan Kepegawaian Negara").orElseThrow();

		assertThat(root.getSubjectX500Principal().getName()).contains("Netra DEMO Certificate Authority");
		seal.verify(root.getPublicKey());
		assertThat(new UserAgent(port).getBytes("/demo/tsa.crt").statusCode()).isEqualTo(200);
	}

	static byte[] changedInsideTheSignedRange(byte[] pdf) throws Exception {
		return PdfSig.changedInsideTheSignedRange(pdf);
	}

	private String token(UserAgent agent, String role) {
		DemoAccountRows row = DemoAccountRows.of(role);
		return agent.accessToken(row.clientId(), row.clientSecret());
	}

	static LetterDraft draft(LetterKind kind) {
		String signatory = kind == LetterKind.INTEGRITY_PACT ? "Yang menyatakan,\nPegawai Sintetis Uji"
				: "Kepala Badan Kepegawaian Negara";
		return new LetterDraft(kind, "BKN", "Badan Kepegawaian Negara",
				"Yth. Pejabat Pembina Kepegawaian Kota Bandung", "PEMDA-3273", List.of(),
				"Surat uji " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
				List.of("Isi surat uji yang disusun untuk pengujian; data sintetis."),
				"Peraturan Pemerintah Nomor 94 Tahun 2021", signatory, UUID.randomUUID(), null);
	}
}
