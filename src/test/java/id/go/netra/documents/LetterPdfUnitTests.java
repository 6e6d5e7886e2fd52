package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A letter renders whatever its text holds, across as many A4 pages as it needs, each with its footer. */
class LetterPdfUnitTests {

	final LetterPdf pdf = new LetterPdf(new DocumentSettings("Jakarta", null, null));
	final LetterPdf.Issue issue = new LetterPdf.Issue("0001/REK/BKN/XI/2026", LocalDate.of(2026, 11, 23),
			Instant.parse("2026-11-23T03:00:00Z"), VerificationCode.parse("7KQ2M9XD4HBTWC0ERS5N").orElseThrow(),
			"https://netra.example.go.id/verifikasi/7KQ2-M9XD-4HBT-WC0E-RS5N",
			new SignatureBlock(List.of("Kepala Badan Kepegawaian Negara", SignatureBlock.SIGNED_ELECTRONICALLY),
					"Dr. Pejabat Contoh, M.Si. (sintetis)", "197001012000031001",
					"Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik."));

	@Test
	void textOutsideTheStandardFontIsReplacedInsteadOfBreakingTheLetter() throws IOException {
		LetterDraft draft = draft(List.of("Nama: Āisyah Nurḥasanah 王小明, تجربة, emoji \uD83D\uDE00, tab\there.",
				"Kutipan \u201Cmiring\u201D \u2013 tanda pisah \u2014 dan euro \u20AC tetap utuh."));

		String text = text(pdf.render(draft, issue));

		assertThat(text).contains("Nama: Aisyah Nurhasanah ???, ?????, emoji ?, tab here.")
			.contains("Kutipan \u201Cmiring\u201D \u2013 tanda pisah \u2014 dan euro \u20AC tetap utuh.");
	}

	@Test
	void aLongLetterRunsOverPagesAndEveryPageHasTheVerificationFooter() throws IOException {
		String sentence = "Pegawai yang bersangkutan terbukti melanggar ketentuan netralitas pegawai ASN. ";
		LetterDraft draft = draft(Collections.nCopies(40, sentence.repeat(4)));

		byte[] rendered = pdf.render(draft, issue);

		try (PDDocument document = Loader.loadPDF(rendered)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document))
					.contains("Keaslian surat dapat diperiksa di https://netra.example.go.id/verifikasi/")
					.contains("Kode verifikasi: 7KQ2-M9XD-4HBT-WC0E-RS5N")
					.contains("halaman " + page + " dari " + pages);
			}
			stripper.setStartPage(pages);
			assertThat(stripper.getText(document)).contains("Tembusan:").contains("1. Menteri Dalam Negeri")
				.contains("Kepala Badan Kepegawaian Negara");
		}
	}

	private static LetterDraft draft(List<String> paragraphs) {
		return new LetterDraft(LetterKind.RECOMMENDATION, "BKN", "Badan Kepegawaian Negara",
				"Yth. Pejabat Pembina Kepegawaian Kabupaten Bogor", "PEMDA-3201", List.of("Menteri Dalam Negeri"),
				"Rekomendasi penjatuhan sanksi", paragraphs, "Peraturan Pemerintah Nomor 94 Tahun 2021",
				"Kepala Badan Kepegawaian Negara", UUID.randomUUID(), "NTR-2026-0000123");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
