package id.go.netra.screening;

import java.util.Set;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/** Where a lead comes from, and who reviews leads of that source (issue 23). */
public enum LeadSource {
	/** An employee on a party's membership list: BKN (who dismisses) and the task force. */
	PARTY_MEMBERSHIP(Set.of(Role.CIVIL_SERVICE_AGENCY, Role.TASK_FORCE)),
	/**
	 * A position change at a regional employer inside the pre-election rotation ban: Bawaslu and Kemendagri (who
	 * record the minister's approval), and the task force (who alone opens a screening finding as a case).
	 */
	ROTATION_BAN(Set.of(Role.ELECTION_SUPERVISOR, Role.OVERSIGHT, Role.TASK_FORCE)),
	/** A reporter moved, demoted or dismissed after reporting: the task force. */
	RETALIATION(Set.of(Role.TASK_FORCE));

	private final Set<Role> reviewers;

	LeadSource(Set<Role> reviewers) {
		this.reviewers = reviewers;
	}

	Set<Role> reviewers() {
		return reviewers;
	}

	public boolean reviewedBy(Actor actor) {
		return reviewers.stream().anyMatch(actor::has);
	}

	/** Whether the actor reviews leads of any source (the queue page). */
	public static boolean anyReviewedBy(Actor actor) {
		for (LeadSource source : values()) {
			if (source.reviewedBy(actor)) {
				return true;
			}
		}
		return false;
	}
}
