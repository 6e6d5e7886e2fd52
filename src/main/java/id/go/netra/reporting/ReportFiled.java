package id.go.netra.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report was accepted. Carries what the case needs to open: who is reported (as the reporter named them;
 * NIP and NIK already checked for structure), when and where it happened, and a short summary.
 */
public record ReportFiled(long reportId, ComplaintNumber complaintNumber, ReportKind kind, String filedByAgency,
		String nip, String nik, String reportedName, String reportedEmployer, String reportedPosition,
		LocalDate incidentDate, String regionCode, String summary, Instant filedAt) {
}
