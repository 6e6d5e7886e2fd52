package id.go.netra.notification;

import java.util.Optional;

import id.go.netra.casework.CaseStatus;
import id.go.netra.identity.Role;

/** A step where one agency must act, and the role it acts in; closed statuses have none. */
enum Stage {
	VERIFICATION(Role.TASK_FORCE), REVIEW(Role.ELECTION_SUPERVISOR), FORWARDING(Role.CIVIL_SERVICE_AGENCY),
	FOLLOW_UP(Role.PPK),
	/** A lighter sanction than recommended waits for the auditor; the stage deadline is paused meanwhile. */
	AUDIT(Role.AUDITOR);

	private final Role role;

	Stage(Role role) {
		this.role = role;
	}

	Role role() {
		return role;
	}

	static Optional<Stage> of(CaseStatus status) {
		return Optional.ofNullable(switch (status) {
			case RECEIVED -> VERIFICATION;
			case IN_REVIEW -> REVIEW;
			case PROVEN -> FORWARDING;
			case AWAITING_FOLLOW_UP -> FOLLOW_UP;
			default -> null;
		});
	}
}
