package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.netra.DataDirectory;

/**
 * Seals made and checked with EU DSS, in-process: what a check says about an intact seal, a seal over a changed
 * byte, content added after the seal, a PDF with no seal and a file that is no PDF.
 */
class SignaturesUnitTests {

	private static final Instant ISSUED = Instant.parse("2026-12-04T03:15:00Z");

	@TempDir
	Path data;

	private Signatures signatures(boolean timestamped) {
		Clock clock = Clock.systemUTC();
		SigningSettings signing = new SigningSettings(Map.of(), null, List.of(), true);
		DemoTimestampAuthority tsa = new DemoTimestampAuthority(
				new TimestampSettings(null, null, null, Duration.ofSeconds(5), timestamped), null,
				new DataDirectory(data), clock);
		return new Signatures(
				List.of(new KeystoreSealingDevice(signing),
						new DemoSealAuthority(signing, null, new DataDirectory(data), clock)),
				new TimestampAuthority((TimestampServer) null, tsa), tsa);
	}

	@Test
	void aSealedLetterIsValidNamesTheAgencyAndCarriesATimestamp() {
		byte[] sealed = signatures(true).seal("BKN", "Badan Kepegawaian Negara", letter(), "Surat uji", "Jakarta",
				ISSUED);

		SignatureReport report = signatures(true).check(sealed);

		assertThat(report.readable()).isTrue();
		assertThat(report.valid()).as("%s", report).isTrue();
		SignatureReport.Signature seal = report.signatures().get(0);
		assertThat(seal.signedBy()).isEqualTo("Badan Kepegawaian Negara (DEMO)");
		assertThat(seal.organisation()).isEqualTo("Badan Kepegawaian Negara");
		assertThat(seal.certificateIssuer()).contains("Netra DEMO Certificate Authority");
		assertThat(seal.format()).isEqualTo("PAdES-BASELINE-LTA");
		assertThat(seal.claimedSigningTime()).isEqualTo(ISSUED);
		assertThat(seal.timestampedAt()).isNotNull();
		assertThat(seal.certificateSha256()).hasSize(64);
		assertThat(seal.intact()).isTrue();
		assertThat(seal.trusted()).isTrue();
	}

	@Test
	void withoutATimestampAuthorityTheSealIsBaselineB() {
		Signatures untimed = signatures(false);
		byte[] sealed = untimed.seal("BKN", "Badan Kepegawaian Negara", letter(), "Surat uji", "Jakarta", ISSUED);

		SignatureReport.Signature seal = untimed.check(sealed).signatures().get(0);

		assertThat(seal.format()).isEqualTo("PAdES-BASELINE-B");
		assertThat(seal.timestampedAt()).isNull();
		assertThat(seal.verdict()).isEqualTo(SignatureReport.Verdict.VALID);
	}

	@Test
	void oneChangedByteInsideTheSignedRangeMakesTheSealInvalid() throws IOException {
		Signatures signatures = signatures(true);
		byte[] sealed = signatures.seal("BKN", "Badan Kepegawaian Negara", letter(), "Surat uji", "Jakarta", ISSUED);
		int[] range;
		try (PDDocument document = Loader.loadPDF(sealed)) {
			range = document.getSignatureDictionaries().get(0).getByteRange();
		}
		byte[] changed = sealed.clone();
		int offset = range[1] / 2;
		changed[offset] = (byte) (changed[offset] ^ 0x01);

		SignatureReport report = signatures.check(changed);

		assertThat(report.valid()).isFalse();
		assertThat(report.altered()).isTrue();
		assertThat(report.signatures().get(0).verdict()).isEqualTo(SignatureReport.Verdict.INVALID);
		assertThat(report.signatures().get(0).reason()).isEqualTo("altered");
	}

	@Test
	void contentAddedAfterTheSealIsOutsideItAndSaidSo() throws IOException {
		Signatures signatures = signatures(true);
		byte[] sealed = signatures.seal("BKN", "Badan Kepegawaian Negara", letter(), "Surat uji", "Jakarta", ISSUED);
		ByteArrayOutputStream appended = new ByteArrayOutputStream();
		try (PDDocument document = Loader.loadPDF(sealed)) {
			PDPage page = new PDPage();
			document.addPage(page);
			document.getPages().getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			document.saveIncremental(appended);
		}

		SignatureReport report = signatures.check(appended.toByteArray());

		assertThat(report.signatures()).hasSize(1);
		SignatureReport.Signature seal = report.signatures().get(0);
		assertThat(seal.coversWholeDocument()).isFalse();
		assertThat(seal.verdict()).isEqualTo(SignatureReport.Verdict.INVALID);
		assertThat(seal.reason()).isEqualTo("appended");
	}

	@Test
	void aPdfWithoutSealsAndAFileThatIsNoPdfAreToldApart() {
		Signatures signatures = signatures(true);

		SignatureReport unsigned = signatures.check(letter());
		SignatureReport notPdf = signatures.check("GIF89a not a letter".getBytes());

		assertThat(unsigned.readable()).isTrue();
		assertThat(unsigned.signatures()).isEmpty();
		assertThat(unsigned.valid()).isFalse();
		assertThat(notPdf.readable()).isFalse();
	}

	@Test
	void withoutAKeyForTheAgencyNothingIsSealedAndTheOperatorIsToldWhatToSet() {
		SigningSettings off = new SigningSettings(Map.of(), null, List.of(), false);
		DemoTimestampAuthority tsa = new DemoTimestampAuthority(
				new TimestampSettings(null, null, null, Duration.ofSeconds(5), false), null, new DataDirectory(data),
				Clock.systemUTC());
		Signatures none = new Signatures(List.of(new KeystoreSealingDevice(off),
				new DemoSealAuthority(off, null, new DataDirectory(data), Clock.systemUTC())),
				new TimestampAuthority((TimestampServer) null, tsa), tsa);

		assertThatThrownBy(() -> none.seal("BKN", "BKN", letter(), "uji", "Jakarta", ISSUED))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("netra.signing.agencies.BKN.keystore");
	}

	static byte[] letter() {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 700);
				text.showText("Surat uji - dokumen sintetis");
				text.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static int[] byteRange(PDSignature signature) {
		return signature.getByteRange();
	}
}
