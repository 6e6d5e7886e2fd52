package id.go.netra.interop;

import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as LAPOR! forwards it to Netra, and as Netra hands a report over to LAPOR! (then without a
 * tracking number, which LAPOR! gives). LAPOR!'s own interface is not public to us: this JSON shape is ours,
 * documented in the notes, until LAPOR! supplies its own (ADR 0044).
 */
record LaporComplaint(String trackingNumber, LocalDate incidentDate, String regionCode, String content,
		List<String> links, Reported reported, Reporter reporter, String netraComplaintNumber) {

	record Reported(String nip, String nik, String name, String employer, String position) {
	}

	record Reporter(Boolean anonymous, String name, String email, String phone) {
	}
}
