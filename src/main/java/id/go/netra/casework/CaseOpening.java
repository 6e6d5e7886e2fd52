package id.go.netra.casework;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.reporting.ReportFiled;

/**
 * Opens a case for every accepted report, in the report's own transaction, so there is never a report
 * without its case. The reported person is resolved against the registry; if that fails the case opens as
 * identity unresolved, for the task force to resolve or hand over.
 */
@Component
class CaseOpening {

	private final CaseRows rows;
	private final SubjectResolver subjects;
	private final Deadlines deadlines;
	private final Casework casework;

	CaseOpening(CaseRows rows, SubjectResolver subjects, Deadlines deadlines, Casework casework) {
		this.rows = rows;
		this.subjects = subjects;
		this.deadlines = deadlines;
		this.casework = casework;
	}

	@EventListener
	void on(ReportFiled filed) {
		CaseSnapshot.Subject subject = subjects.resolve(filed.nip(), filed.nik(), filed.incidentDate());
		Case opened = Case.open(UUID.randomUUID(), filed.complaintNumber().value(), filed.reportId(),
				filed.kind().name(), filed.reportedName(), filed.reportedEmployer(), filed.incidentDate(),
				filed.regionCode(), filed.summary(), filed.filedAt(), subject,
				deadlines.of(Stage.VERIFICATION, filed.filedAt()));
		rows.insert(opened);
		casework.record(opened, 0, CaseRows.ActingAs.SYSTEM, filed.filedAt());
	}
}
