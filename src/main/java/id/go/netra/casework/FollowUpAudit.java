package id.go.netra.casework;

/** Where the auditor's check of a lighter follow-up stands (BKN's auditor, PP 94/2021). */
public enum FollowUpAudit {
	/** The PPK imposed a lighter sanction than recommended; the auditor has not decided yet. */
	PENDING,
	/** The auditor accepted the lighter sanction; the case is closed as sanctioned. */
	ACCEPTED,
	/** The auditor sent it back; the PPK must act again. */
	SENT_BACK
}
