package id.go.netra.pacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.go.netra.Dates;
import id.go.netra.documents.Letter;
import id.go.netra.documents.LetterDraft;
import id.go.netra.documents.LetterKind;
import id.go.netra.documents.Letters;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * The signed pact as a letter of the employer: numbered, with the QR verification code, archived and sealed by
 * {@link Letters#issue}. The employee's statement, the pact's wording and the evidence of consent (when, how the
 * identity was proven, which version of the wording and its SHA-256) are in the paragraphs; the subject names no
 * employee, as the public verification page shows it.
 */
@Component
class PactLetters {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final Letters letters;
	private final Employers employers;

	PactLetters(Letters letters, Employers employers) {
		this.letters = letters;
		this.employers = employers;
	}

	Letter issue(Campaign campaign, PactText text, Signer signer, Instant signedAt) {
		String employerName = employers.find(campaign.employerCode()).map(Employer::name).orElse(campaign.employerCode());
		boolean hasNip = signer.registryNumber().length() == 18;
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("Yang bertanda tangan di bawah ini, " + signer.name() + ", "
				+ (hasNip ? "NIP " + signer.registryNumber() : "pegawai non-ASN") + ", " + typeWords(signer) + " pada "
				+ employerName + ", dengan ini menyatakan:");
		paragraphs.addAll(text.paragraphs());
		paragraphs.add("Pernyataan ini ditandatangani secara elektronik pada " + Dates.dateTime(signedAt, ID)
				+ " WIB melalui tautan pribadi Netra untuk kampanye \"" + campaign.title() + "\" (" + campaign.electionCode()
				+ "). Identitas penanda tangan dibuktikan dengan " + (hasNip ? "NIP" : "NIK") + ", tanggal lahir, dan"
				+ " kode sekali pakai yang dikirim ke alamat e-mail " + signer.maskedEmail()
				+ " yang tercatat di data kepegawaian; penanda tangan mencentang persetujuan atas naskah di atas.");
		paragraphs.add("Naskah pakta versi " + text.version() + ", SHA-256 " + text.sha256() + ".");
		return letters.issue(new LetterDraft(LetterKind.INTEGRITY_PACT, campaign.employerCode(), employerName,
				"Yth. Pejabat Pembina Kepegawaian\n" + employerName, campaign.employerCode(), List.of(),
				"Pakta Integritas Netralitas Pegawai ASN - " + campaign.title(), paragraphs, text.legalBasis(),
				"Yang membuat pernyataan,\n" + signer.name(), null, null));
	}

	private static String typeWords(Signer signer) {
		return switch (signer.employmentType()) {
			case "PNS" -> "Pegawai Negeri Sipil";
			case "PPPK" -> "Pegawai Pemerintah dengan Perjanjian Kerja";
			default -> "pegawai non-ASN";
		};
	}
}
