package id.go.netra.casework;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.ReportProgress;

/** Tells the reporter where their report stands: the case's status and since when, nothing more. */
@Component
class CaseProgress implements ReportProgress {

	private final CaseRows rows;

	CaseProgress(CaseRows rows) {
		this.rows = rows;
	}

	@Override
	public Optional<Progress> of(ComplaintNumber complaintNumber) {
		return rows.findByComplaintNumber(complaintNumber.value())
			.map(c -> new Progress(c.status().name(), c.stageStartedAt(), !c.status().isOpen()));
	}
}
