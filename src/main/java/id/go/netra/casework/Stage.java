package id.go.netra.casework;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import id.go.netra.identity.Role;

/**
 * Where a case waits, and whose turn it is: the one place that says which agency acts at each step and which
 * setting ({@code netra.deadlines.*}) gives the step its deadline. Notices, queues, dashboards, actions and
 * deadlines all read it from here.
 */
public enum Stage {

	/** The task force verifies a report received. */
	VERIFICATION(CaseStatus.RECEIVED, Role.TASK_FORCE, DeadlineSettings::verification),
	/** Bawaslu reviews. */
	REVIEW(CaseStatus.IN_REVIEW, Role.ELECTION_SUPERVISOR, DeadlineSettings::review),
	/** BKN forwards its recommendation to the employer's PPK. */
	FORWARDING(CaseStatus.PROVEN, Role.CIVIL_SERVICE_AGENCY, DeadlineSettings::forwarding),
	/** The PPK imposes the sanction. */
	FOLLOW_UP(CaseStatus.AWAITING_FOLLOW_UP, Role.PPK, DeadlineSettings::followUp),
	/** A lighter sanction than recommended waits for the auditor; the stage's clock is paused meanwhile. */
	AUDIT(CaseStatus.AWAITING_FOLLOW_UP, Role.AUDITOR, null),
	/** Nobody acts any more. */
	CLOSED(null, null, null);

	/** The stages in which someone must still act. */
	static final java.util.Set<Stage> OPEN = java.util.EnumSet.complementOf(java.util.EnumSet.of(CLOSED));

	private final CaseStatus status;
	private final Role actingRole;
	private final Function<DeadlineSettings, String> deadline;

	Stage(CaseStatus status, Role actingRole, Function<DeadlineSettings, String> deadline) {
		this.status = status;
		this.actingRole = actingRole;
		this.deadline = deadline;
	}

	/** The stage of a case in this status; {@code awaitingAudit} tells the PPK's turn from the auditor's. */
	public static Stage of(CaseStatus status, boolean awaitingAudit) {
		if (!status.isOpen()) {
			return CLOSED;
		}
		if (status == CaseStatus.AWAITING_FOLLOW_UP) {
			return awaitingAudit ? AUDIT : FOLLOW_UP;
		}
		return Arrays.stream(values()).filter(stage -> stage.status == status).findFirst().orElseThrow();
	}

	/** The role that acts next in this stage; none when the case is closed. */
	public Optional<Role> actingRole() {
		return Optional.ofNullable(actingRole);
	}

	/** Whether the stage runs against a deadline (the auditor's does not, nor a closed case). */
	public boolean hasDeadline() {
		return deadline != null;
	}

	/** The status of a case in this stage; null for {@link #CLOSED}, which stands for every closed status. */
	CaseStatus status() {
		return status;
	}

	/** The stage's time limit as set, e.g. {@code 3wd}; null when it has no deadline. */
	String timeLimit(DeadlineSettings settings) {
		return deadline == null ? null : deadline.apply(settings);
	}
}
