package id.go.netra.enforcement;

import java.util.List;

/**
 * The CSV layout Netra uses to exchange the discipline register with I'DIS (BKN's discipline information system).
 * I'DIS's own format is not public to us: this layout is Netra's, documented in ADR 0044 and the notes, until BKN
 * supplies theirs. UTF-8, comma-separated (RFC 4180), one header row with these names; dates as ISO dates
 * (2026-03-31). Import reads {@link #IMPORTED} (in any order; other columns are ignored); export writes
 * {@link #EXPORTED}, so an export can be imported again (and then adds nothing).
 */
final class IdisFile {

	static final String NIP = "nip";
	static final String NAME = "nama";
	static final String EMPLOYER = "instansi";
	static final String SANCTION = "jenis_sanksi";
	static final String DECREE_NUMBER = "nomor_sk";
	static final String DECREE_DATE = "tanggal_sk";
	static final String LEGAL_BASIS = "dasar_hukum";
	static final String STARTS = "mulai";
	static final String ENDS = "selesai";

	/** What an import needs: the employee, the employer's code, the catalogue's sanction code, the decree. */
	static final List<String> IMPORTED = List.of(NIP, NAME, EMPLOYER, SANCTION, DECREE_NUMBER, DECREE_DATE, LEGAL_BASIS,
			STARTS, ENDS);

	/** What an export adds: the sanction's level, the Netra complaint number (none for imports), the source. */
	static final List<String> EXPORTED = List.of(NIP, NAME, EMPLOYER, SANCTION, DECREE_NUMBER, DECREE_DATE, LEGAL_BASIS,
			STARTS, ENDS, "tingkat", "nomor_pengaduan", "sumber");

	private IdisFile() {
	}

	static List<Object> row(DisciplineEntry e) {
		return java.util.Arrays.asList(e.nip(), e.employeeName(), e.employerCode(), e.sanctionCode(), e.decreeNumber(),
				e.decreeDate(), e.legalBasis(), e.effectiveOn(), e.endsOn(), e.sanctionLevel().name(),
				e.complaintNumber(), e.source().name());
	}
}
