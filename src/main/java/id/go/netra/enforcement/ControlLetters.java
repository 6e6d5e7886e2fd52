package id.go.netra.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.go.netra.Dates;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.Sanctions;
import id.go.netra.catalog.TimeLimit;
import id.go.netra.catalog.Violation;
import id.go.netra.catalog.Violations;
import id.go.netra.documents.Letter;
import id.go.netra.documents.LetterDraft;
import id.go.netra.documents.LetterKind;
import id.go.netra.documents.Letters;
import id.go.netra.identity.Agencies;
import id.go.netra.identity.Agency;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * The letters enforcement sends, in Indonesian, each archived with its case and verifiable by its QR code: the
 * recommendation to the PPK, the warning, the reprimand (with a copy to the overseeing ministry), the notices
 * of a block and of its lifting, and the proposal to sanction a PPK. Letters never carry the reporter.
 */
@Component
class ControlLetters {

	static final String NEUTRALITY_DECREE = "Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, "
			+ "Ketua KASN dan Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN "
			+ "dalam Penyelenggaraan Pemilihan Umum dan Pemilihan (2022)";

	/** Letters are in Bahasa Indonesia whoever reads them. */
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final String DISCIPLINE_REGULATION = "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin "
			+ "Pegawai Negeri Sipil";

	private final Letters letters;
	private final Employers employers;
	private final Violations violations;
	private final Sanctions sanctions;
	private final Agencies agencies;
	private final EnforcementSettings settings;

	ControlLetters(Letters letters, Employers employers, Violations violations, Sanctions sanctions,
			Agencies agencies, EnforcementSettings settings) {
		this.agencies = agencies;
		this.letters = letters;
		this.employers = employers;
		this.violations = violations;
		this.sanctions = sanctions;
		this.settings = settings;
	}

	UUID recommendation(CaseSnapshot c) {
		CaseSnapshot.Subject s = c.subject();
		CaseSnapshot.Recommendation r = c.recommendation();
		String sanction = r.sanctionCode() == null ? "tingkat " + levelName(r.level().name())
				: sanctions.find(r.sanctionCode()).map(Sanction::name).orElse(r.sanctionCode());
		List<String> body = new ArrayList<>();
		body.add("Berdasarkan hasil kajian Badan Pengawas Pemilihan Umum atas laporan nomor " + c.complaintNumber()
				+ ", pegawai ASN di lingkungan instansi Saudara berikut terbukti melanggar netralitas ASN:");
		body.add("Nama: " + s.name() + "; NIP: " + orDash(s.nip()) + "; jabatan: " + orDash(s.positionTitle()) + ".");
		body.add("Pelanggaran: " + violationNames(c) + ".");
		body.add("Sehubungan dengan itu kami merekomendasikan agar Saudara menjatuhkan sanksi " + sanction
				+ " dan melaporkan keputusannya melalui Netra paling lambat "
				+ (c.deadlineAt() == null ? "-" : Dates.deadline(c.deadlineAt(), INDONESIAN)) + ".");
		body.add("Apabila rekomendasi ini tidak ditindaklanjuti dalam batas waktu tersebut, Badan Kepegawaian Negara "
				+ "akan mengambil tindakan pengendalian berupa peringatan, teguran, hingga pemblokiran data dan "
				+ "layanan kepegawaian pegawai yang bersangkutan.");
		return issue(LetterKind.RECOMMENDATION, ppkOf(s.employerCode()), s.employerCode(), List.of(),
				"Rekomendasi Penjatuhan Sanksi atas Pelanggaran Netralitas ASN", body,
				NEUTRALITY_DECREE + "; " + DISCIPLINE_REGULATION, c.id(), c.complaintNumber());
	}

	UUID warning(LadderRows.Ladder l) {
		List<String> body = List.of(
				"Menindaklanjuti rekomendasi penjatuhan sanksi atas laporan nomor " + l.complaintNumber()
						+ " terhadap Sdr. " + orDash(l.employeeName()) + " (NIP " + orDash(l.nip())
						+ "), sampai dengan batas waktu yang ditetapkan Saudara belum melaporkan tindak lanjutnya.",
				"Dengan ini kami memberikan peringatan agar Saudara segera menjatuhkan sanksi sesuai rekomendasi dan "
						+ "melaporkannya melalui Netra dalam waktu " + interval(l.reprimandAfter())
						+ ". Apabila tidak, kami akan menyampaikan teguran dengan tembusan kepada "
						+ oversightTitle(l.employerCode()) + ".");
		return issue(LetterKind.WARNING, ppkOf(l.employerCode()), l.employerCode(), List.of(),
				"Peringatan atas Belum Dilaksanakannya Tindak Lanjut Rekomendasi", body, NEUTRALITY_DECREE, l.caseId(),
				l.complaintNumber());
	}

	UUID reprimand(LadderRows.Ladder l) {
		List<String> body = List.of(
				"Rekomendasi penjatuhan sanksi atas laporan nomor " + l.complaintNumber() + " terhadap Sdr. "
						+ orDash(l.employeeName()) + " (NIP " + orDash(l.nip())
						+ ") belum juga ditindaklanjuti meskipun telah diberikan peringatan.",
				"Dengan ini kami menegur Saudara dan meminta agar sanksi dijatuhkan serta dilaporkan melalui Netra "
						+ "dalam waktu " + interval(l.blockAfter()) + ". Apabila tidak, data dan layanan kepegawaian "
						+ "pegawai yang bersangkutan akan diblokir sesuai Peraturan BKN Nomor 1 Tahun 2023, dan "
						+ "Saudara diusulkan untuk dikenai sanksi kepada " + oversightTitle(l.employerCode()) + ".");
		return issue(LetterKind.REPRIMAND, ppkOf(l.employerCode()), l.employerCode(),
				List.of(oversightTitle(l.employerCode())), "Teguran atas Tidak Dilaksanakannya Tindak Lanjut Rekomendasi",
				body, NEUTRALITY_DECREE, l.caseId(), l.complaintNumber());
	}

	UUID blockNotice(Block b) {
		String whom = b.scope() == Block.Scope.EMPLOYEE
				? "data dan/atau layanan kepegawaian Sdr. " + orDash(b.employeeName()) + " (NIP " + b.nip() + ")"
				: "data dan/atau layanan kepegawaian seluruh pegawai " + employerName(b.employerCode());
		List<String> body = List.of(
				"Dengan ini kami memberitahukan bahwa terhitung sejak tanggal surat ini " + whom + " diblokir ("
						+ blockedName(b.blocks()) + ").",
				"Alasan: " + orDash(b.reason()) + ".",
				"Selama pemblokiran berlaku, pegawai tetap menerima gaji, tetapi kenaikan pangkat, mutasi dan "
						+ "pengurusan pensiun tidak dapat diproses.",
				"Blokir dibuka setelah Pejabat Pembina Kepegawaian menjatuhkan sanksi dan mencatatkannya melalui Netra.");
		return issue(LetterKind.BLOCK_NOTICE, ppkOf(b.employerCode()), b.employerCode(),
				List.of(oversightTitle(b.employerCode())), "Pemberitahuan Pemblokiran Data dan/atau Layanan Kepegawaian",
				body, b.legalBasis(), b.caseId(), b.complaintNumber());
	}

	UUID unblockNotice(Block b) {
		String whom = b.scope() == Block.Scope.EMPLOYEE
				? "Sdr. " + orDash(b.employeeName()) + " (NIP " + b.nip() + ")"
				: "seluruh pegawai " + employerName(b.employerCode());
		List<String> body = List.of(
				"Dengan ini kami memberitahukan bahwa blokir data dan/atau layanan kepegawaian " + whom
						+ " telah dibuka.",
				"Alasan: " + orDash(b.liftReason()) + ".",
				"Layanan kenaikan pangkat, mutasi dan pensiun dapat diproses kembali.");
		return issue(LetterKind.UNBLOCK_NOTICE, ppkOf(b.employerCode()), b.employerCode(), List.of(),
				"Pemberitahuan Pembukaan Blokir Data dan/atau Layanan Kepegawaian", body, b.legalBasis(), b.caseId(),
				b.complaintNumber());
	}

	UUID ppkSanction(LadderRows.Ladder l, String oversightAgency) {
		String employer = employerName(l.employerCode());
		List<String> body = List.of(
				"Rekomendasi penjatuhan sanksi atas laporan nomor " + l.complaintNumber()
						+ " tidak ditindaklanjuti oleh Pejabat Pembina Kepegawaian " + employer
						+ " meskipun telah diberikan peringatan dan teguran, sehingga data kepegawaian pegawai yang "
						+ "bersangkutan telah diblokir.",
				"Sesuai kewenangan Saudara, kami mengusulkan agar Pejabat Pembina Kepegawaian " + employer
						+ " dikenai sanksi atas ketidakpatuhan tersebut.");
		return issue(LetterKind.PPK_SANCTION, "Yth. " + ministerOf(oversightAgency), oversightAgency,
				List.of(ppkOf(l.employerCode()).replace("Yth. ", "")),
				"Usulan Penjatuhan Sanksi kepada Pejabat Pembina Kepegawaian " + employer, body, NEUTRALITY_DECREE,
				l.caseId(), l.complaintNumber());
	}

	/**
	 * Bawaslu's letter forwarding a suspected election crime to Gakkumdu (UU 7/2017 art. 486; Perbawaslu 3/2023),
	 * with the case's facts; the reporter is never named.
	 */
	UUID referral(CaseSnapshot c) {
		CaseSnapshot.Subject s = c.subject();
		List<String> body = new ArrayList<>();
		body.add("Berdasarkan hasil kajian atas laporan nomor " + c.complaintNumber()
				+ ", terdapat dugaan tindak pidana pemilihan yang melibatkan pegawai ASN berikut:");
		body.add("Nama: " + orDash(s == null ? c.reportedName() : s.name()) + "; NIP: "
				+ orDash(s == null ? null : s.nip()) + "; instansi: "
				+ orDash(s == null || s.employerCode() == null ? c.reportedEmployer() : employerName(s.employerCode()))
				+ ".");
		body.add("Tanggal kejadian: " + (c.incidentDate() == null ? "-" : Dates.day(c.incidentDate(), INDONESIAN))
				+ "; wilayah: " + orDash(c.regionCode()) + ".");
		body.add("Sehubungan dengan itu, dugaan tersebut kami teruskan kepada Sentra Penegakan Hukum Terpadu untuk "
				+ "dibahas dan ditindaklanjuti sesuai ketentuan peraturan perundang-undangan. Perkembangan setiap "
				+ "tahapnya dicatat melalui Netra.");
		String issuer = settings.referralIssuer();
		return letters.issue(new LetterDraft(LetterKind.REFERRAL, issuer,
				agencies.find(issuer).map(Agency::name).orElse(issuer),
				"Yth. Sentra Penegakan Hukum Terpadu (Gakkumdu)", null, List.of(),
				"Penerusan Dugaan Tindak Pidana Pemilihan oleh Pegawai ASN", body,
				"Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum Pasal 486; Peraturan Bawaslu tentang Sentra "
						+ "Penegakan Hukum Terpadu",
				settings.referralSignatory(), c.id(), c.complaintNumber()))
			.id();
	}

	/** The letter's number, for history notes and the audit trail. */
	String numberOf(UUID letterId) {
		return letterId == null ? "-" : letters.find(letterId).map(Letter::number).orElse("-");
	}

	private UUID issue(LetterKind kind, String addressee, String addresseeCode, List<String> copies, String subject,
			List<String> body, String legalBasis, UUID caseId, String reference) {
		String issuerName = agencies.find(settings.issuerAgency()).map(Agency::name).orElse(settings.issuerAgency());
		return letters.issue(new LetterDraft(kind, settings.issuerAgency(), issuerName, addressee,
				addresseeCode, copies, subject, body, legalBasis, settings.signatory(), caseId, reference)).id();
	}

	/** The overseeing ministry of an employer's PPK: Kemendagri for regional employers, KemenPANRB for central. */
	String oversightOf(String employerCode) {
		boolean regional = employers.find(employerCode).map(e -> e.kind().isRegional()).orElse(true);
		return regional ? settings.regionalOversight() : settings.centralOversight();
	}

	private String oversightTitle(String employerCode) {
		return ministerOf(oversightOf(employerCode));
	}

	private String ministerOf(String agencyCode) {
		return employers.find(agencyCode).map(Employer::ppkTitle).orElse(agencyCode);
	}

	private String ppkOf(String employerCode) {
		return employers.find(employerCode)
			.map(e -> "Yth. " + e.ppkTitle() + " selaku Pejabat Pembina Kepegawaian " + e.name())
			.orElse("Yth. Pejabat Pembina Kepegawaian " + employerCode);
	}

	private String employerName(String employerCode) {
		return employers.find(employerCode).map(Employer::name).orElse(employerCode);
	}

	private String violationNames(CaseSnapshot c) {
		if (c.review() == null || c.review().violations().isEmpty()) {
			return "-";
		}
		return c.review()
			.violations()
			.stream()
			.map(code -> violations.find(code).map(Violation::name).orElse(code))
			.collect(Collectors.joining("; "));
	}

	private static String blockedName(Block.Blocked blocked) {
		return switch (blocked) {
			case DATA -> "data kepegawaian";
			case SERVICES -> "layanan kepegawaian";
			case BOTH -> "data dan layanan kepegawaian";
		};
	}

	private static String levelName(String level) {
		return switch (level) {
			case "MORAL" -> "sanksi moral";
			case "LIGHT" -> "hukuman disiplin ringan";
			case "MEDIUM" -> "hukuman disiplin sedang";
			default -> "hukuman disiplin berat";
		};
	}

	private static String interval(String setting) {
		TimeLimit interval = TimeLimit.parse(setting);
		if (interval.exact() != null) {
			return interval.exact().toSeconds() + " detik";
		}
		return interval.days() + (interval.workingDays() ? " hari kerja" : " hari");
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "-" : text;
	}
}
