package id.go.netra.screening;

import java.util.Arrays;
import java.util.List;

import id.go.netra.CsvRecords;

/**
 * What a lead opened as a case says in the case file (Indonesian, the file's language) and the evidence attached
 * to it: the list's row for party membership, the change of post for the rotation ban and retaliation.
 */
final class LeadFindings {

	private LeadFindings() {
	}

	static String describe(LeadDecisions.Locked lead) {
		return switch (lead.source()) {
			case PARTY_MEMBERSHIP -> "Temuan penyaringan keanggotaan partai politik: " + lead.name()
					+ " tercantum dalam daftar anggota " + lead.party() + " (" + lead.fileName() + ", baris " + lead.line()
					+ ", tertulis \"" + lead.memberName() + "\", lahir " + lead.memberBirthDate()
					+ (lead.position() == null ? "" : ", kepengurusan " + lead.position()) + "); kecocokan: "
					+ ("NIK".equals(lead.matchKind()) ? "NIK sama persis" : "nama dan tanggal lahir sama") + ".";
			case ROTATION_BAN -> "Temuan penyaringan larangan penggantian pejabat (UU 10/2016 pasal 71 ayat 2): "
					+ lead.name() + " berpindah jabatan pada " + day(lead.change()) + ", di dalam masa larangan "
					+ lead.change().windowFrom() + " s.d. " + lead.change().windowTo() + " pemilihan "
					+ lead.change().electionCode() + " di daerah " + lead.regionCode() + ", tanpa persetujuan tertulis"
					+ " Menteri Dalam Negeri yang tercatat. Sebelum: " + lead.change().before().describe()
					+ ". Sesudah: " + lead.change().after().describe() + ".";
			case RETALIATION -> "Temuan penyaringan dugaan pembalasan terhadap pelapor: " + lead.name()
					+ " melapor dengan NIP-nya pada " + lead.change().reportedOn() + ", lalu pada " + day(lead.change())
					+ " mengalami " + kind(lead.matchKind()) + ". Sebelum: " + lead.change().before().describe()
					+ ". Sesudah: " + lead.change().after().describe() + ".";
		};
	}

	static String evidenceName(LeadDecisions.Locked lead) {
		return lead.source() == LeadSource.PARTY_MEMBERSHIP ? "daftar-anggota-baris-" + lead.line() + ".csv"
				: "perubahan-jabatan-" + lead.id() + ".csv";
	}

	static String evidence(LeadDecisions.Locked lead) {
		if (lead.source() == LeadSource.PARTY_MEMBERSHIP) {
			return CsvRecords.line(List.of("NIK", "NAMA", "TANGGAL_LAHIR", "PARTAI", "KEPENGURUSAN", "BERKAS", "BARIS"))
					+ CsvRecords.line(Arrays.asList(lead.memberNik(), lead.memberName(),
							String.valueOf(lead.memberBirthDate()), lead.party(), lead.position(), lead.fileName(),
							lead.line()));
		}
		LeadChanges change = lead.change();
		return CsvRecords.line(List.of("NIP", "TANGGAL_PERUBAHAN", "INSTANSI_SEBELUM", "UNIT_SEBELUM", "JABATAN_SEBELUM",
				"KELAS_SEBELUM", "GOLONGAN_SEBELUM", "INSTANSI_SESUDAH", "UNIT_SESUDAH", "JABATAN_SESUDAH", "KELAS_SESUDAH",
				"GOLONGAN_SESUDAH", "STATUS_SESUDAH", "PEMILIHAN", "DAERAH", "AWAL_JENDELA", "AKHIR_JENDELA", "TANGGAL_LAPOR"))
				+ CsvRecords.line(Arrays.asList(lead.nip(), day(change), change.before().employerCode(),
						change.before().unit(), change.before().title(), change.before().positionClassText(),
						change.before().grade(), change.after().employerCode(), change.after().unit(),
						change.after().title(), change.after().positionClassText(), change.after().grade(),
						change.statusAfterText(), change.electionCode(), lead.regionCode(), change.windowFrom(),
						change.windowTo(), change.reportedOn()));
	}

	private static String day(LeadChanges change) {
		return change.changedOn().toString();
	}

	private static String kind(String matchKind) {
		return switch (matchKind) {
			case "DISMISSAL" -> "pemberhentian";
			case "DEMOTION" -> "penurunan jabatan";
			default -> "mutasi";
		};
	}
}
