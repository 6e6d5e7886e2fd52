package id.go.netra.reporting;

/** Who filed a report and in what capacity. */
public enum ReportKind {
	/** A citizen, through the public form or API, without an account. */
	PUBLIC_REPORT,
	/** A member of the neutrality task force (Satgas). */
	TASK_FORCE_REPORT,
	/** Bawaslu's own finding (temuan). */
	SUPERVISOR_FINDING,
	/** Bawaslu's recommendation, forwarded after its own review. */
	SUPERVISOR_RECOMMENDATION;

	public boolean isPublic() {
		return this == PUBLIC_REPORT;
	}
}
