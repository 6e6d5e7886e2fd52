package id.go.netra.casework;

/** Why the task force did not forward a report (verification). */
public enum RejectReason {
	NOT_AN_ASN, NOT_ABOUT_NEUTRALITY, DUPLICATE, INSUFFICIENT_EVIDENCE, HANDED_TO_SP4N_LAPOR
}
