package id.go.netra.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.ReportProgress;

/**
 * Tells the reporter where their report stands: the statuses the case went through and since when, and why a
 * rejected case was closed. Nothing about who acted, their notes or the sanction leaves here.
 */
@Component
class CaseProgress implements ReportProgress {

	private final CaseRows rows;

	CaseProgress(CaseRows rows) {
		this.rows = rows;
	}

	@Override
	public Optional<Progress> of(ComplaintNumber complaintNumber) {
		return rows.findByComplaintNumber(complaintNumber.value()).map(c -> {
			// assignments, notes and sent-back follow-ups leave the status as it was: not a stage of their own
			List<Step> steps = rows.history(c.id())
				.stream()
				.filter(h -> h.from() != h.to())
				.map(h -> new Step(h.to().name(), h.at()))
				.toList();
			String reason = c.status() == CaseStatus.REJECTED && c.closing() != null ? c.closing().reason() : null;
			return new Progress(c.status().name(), c.stageStartedAt(), !c.status().isOpen(), steps, reason);
		});
	}
}
