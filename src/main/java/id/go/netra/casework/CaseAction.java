package id.go.netra.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.reporting.ReportKind;

/**
 * What may be done to a case, by which roles, in which statuses. A role counts only where it applies: a
 * regional role in its jurisdiction (where the act happened or where the employee works), a PPK for its own
 * employer's employees once the recommendation has reached it.
 */
public enum CaseAction {

	VERIFY(EnumSet.of(Role.TASK_FORCE), EnumSet.of(CaseStatus.RECEIVED)),
	RESOLVE_IDENTITY(EnumSet.of(Role.TASK_FORCE), EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW, CaseStatus.PROVEN)),
	MERGE(EnumSet.of(Role.TASK_FORCE), EnumSet.of(CaseStatus.RECEIVED)),
	ASK_REPORTER(EnumSet.of(Role.TASK_FORCE), EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW)),
	REVIEW(EnumSet.of(Role.ELECTION_SUPERVISOR), EnumSet.of(CaseStatus.IN_REVIEW)),
	RECOMMEND(EnumSet.of(Role.CIVIL_SERVICE_AGENCY), EnumSet.of(CaseStatus.PROVEN)),
	FOLLOW_UP(EnumSet.of(Role.PPK), EnumSet.of(CaseStatus.AWAITING_FOLLOW_UP)),
	AUDIT_FOLLOW_UP(EnumSet.of(Role.AUDITOR), EnumSet.of(CaseStatus.AWAITING_FOLLOW_UP)),
	CANCEL(EnumSet.of(Role.TASK_FORCE, Role.CIVIL_SERVICE_AGENCY), EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW,
			CaseStatus.PROVEN, CaseStatus.AWAITING_FOLLOW_UP)),
	SEPARATE(EnumSet.of(Role.TASK_FORCE, Role.CIVIL_SERVICE_AGENCY, Role.PPK), EnumSet.of(CaseStatus.RECEIVED,
			CaseStatus.IN_REVIEW, CaseStatus.PROVEN, CaseStatus.AWAITING_FOLLOW_UP)),
	/** Take the case into one's own queue: for whoever may act on its current stage. */
	ASSIGN(EnumSet.of(Role.TASK_FORCE, Role.ELECTION_SUPERVISOR, Role.CIVIL_SERVICE_AGENCY, Role.PPK, Role.AUDITOR),
			EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW, CaseStatus.PROVEN, CaseStatus.AWAITING_FOLLOW_UP));

	private final Set<Role> roles;
	private final Set<CaseStatus> statuses;

	CaseAction(Set<Role> roles, Set<CaseStatus> statuses) {
		this.roles = roles;
		this.statuses = statuses;
	}

	/** The role in which the actor may take this action on this case (status aside), if any. */
	Optional<Role> roleFor(Actor actor, Case c) {
		Set<Role> allowed = this == ASSIGN ? stageRoles(c) : roles;
		return allowed.stream().filter(role -> applies(actor, role, c)).findFirst();
	}

	boolean availableIn(Case c) {
		if (!statuses.contains(c.status())) {
			return false;
		}
		return switch (this) {
			case FOLLOW_UP -> !c.awaitingAudit();
			case AUDIT_FOLLOW_UP -> c.awaitingAudit();
			case RECOMMEND -> c.subject().resolved();
			// only a citizen can be asked: agency reports have no reporter outside Netra
			case ASK_REPORTER -> ReportKind.PUBLIC_REPORT.name().equals(c.source());
			default -> true;
		};
	}

	/** The actions this actor may take on this case now: what a case page offers. */
	static List<CaseAction> available(Actor actor, Case c) {
		return java.util.Arrays.stream(values())
			.filter(action -> action.availableIn(c) && action.roleFor(actor, c).isPresent())
			.toList();
	}

	/**
	 * Whose turn an open case is: the status, for the follow-up whether it waits for the auditor (null: either),
	 * and the role that acts next. Both a case's stage roles and the queue's "waiting for my action" read it.
	 */
	private record Turn(CaseStatus status, Boolean awaitingAudit, Role role) {

		boolean of(Case c) {
			return status == c.status() && (awaitingAudit == null || awaitingAudit == c.awaitingAudit());
		}

		/** The same test as SQL over case rows aliased {@code c}. */
		String sql() {
			String audit = awaitingAudit == null ? ""
					: awaitingAudit ? " and c.follow_up_audit = 'PENDING'"
							: " and (c.follow_up_audit is null or c.follow_up_audit <> 'PENDING')";
			return "(c.status = '" + status.name() + "'" + audit + ")";
		}
	}

	private static final List<Turn> TURNS = List.of(new Turn(CaseStatus.RECEIVED, null, Role.TASK_FORCE),
			new Turn(CaseStatus.IN_REVIEW, null, Role.ELECTION_SUPERVISOR),
			new Turn(CaseStatus.PROVEN, null, Role.CIVIL_SERVICE_AGENCY),
			new Turn(CaseStatus.AWAITING_FOLLOW_UP, false, Role.PPK),
			new Turn(CaseStatus.AWAITING_FOLLOW_UP, true, Role.AUDITOR));

	private static Set<Role> stageRoles(Case c) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		TURNS.stream().filter(turn -> turn.of(c)).forEach(turn -> roles.add(turn.role()));
		return roles;
	}

	/**
	 * The SQL condition over case rows aliased {@code c} for the cases whose next step is for one of these
	 * roles, or empty when none of them ever acts next (oversight, administrators). Scope is applied apart.
	 */
	static Optional<String> waitingFor(Set<Role> roles) {
		List<String> turns = TURNS.stream().filter(turn -> roles.contains(turn.role())).map(Turn::sql).toList();
		return turns.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", turns) + ")");
	}

	private static boolean applies(Actor actor, Role role, Case c) {
		if (!actor.has(role)) {
			return false;
		}
		if (role == Role.PPK) {
			return actor.agencyCode().equals(c.subject().employerCode()) && CaseScope.reachedEmployer(c);
		}
		return actor.jurisdiction(role)
			.map(where -> where.covers(c.regionCode()) || where.covers(c.subject().workRegionCode()))
			.orElse(false);
	}
}
