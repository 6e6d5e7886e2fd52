package id.go.netra.casework;

/**
 * Where a case stands. Open statuses each have a deadline (netra.deadlines.*) and an agency that must act:
 * <ul>
 * <li>{@link #RECEIVED}: the task force verifies (7 days);</li>
 * <li>{@link #IN_REVIEW}: Bawaslu reviews (3 working days);</li>
 * <li>{@link #PROVEN}: BKN forwards the recommendation to the employer's PPK;</li>
 * <li>{@link #AWAITING_FOLLOW_UP}: the PPK imposes the sanction (10 days under the 2020 decree).</li>
 * </ul>
 * The others are closed: {@link #REJECTED} at verification, {@link #NOT_PROVEN} at review, {@link #SANCTIONED}
 * once the follow-up is in accordance (or accepted by the auditor), {@link #CANCELLED} when withdrawn and
 * {@link #SEPARATED} when the employee had already left the service.
 */
public enum CaseStatus {
	RECEIVED, IN_REVIEW, PROVEN, AWAITING_FOLLOW_UP, SANCTIONED, REJECTED, NOT_PROVEN, CANCELLED, SEPARATED;

	public boolean isOpen() {
		return this == RECEIVED || this == IN_REVIEW || this == PROVEN || this == AWAITING_FOLLOW_UP;
	}
}
