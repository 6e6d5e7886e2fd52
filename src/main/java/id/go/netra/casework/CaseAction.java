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

	VERIFY(EnumSet.of(Role.TASK_FORCE), Transition.VERIFIED, Transition.REJECTED),
	RESOLVE_IDENTITY(EnumSet.of(Role.TASK_FORCE), Transition.IDENTITY_RESOLVED),
	MERGE(EnumSet.of(Role.TASK_FORCE), Transition.REJECTED),
	ASK_REPORTER(EnumSet.of(Role.TASK_FORCE), Transition.QUESTION_TO_REPORTER),
	REVIEW(EnumSet.of(Role.ELECTION_SUPERVISOR), Transition.REVIEWED_PROVEN, Transition.REVIEWED_NOT_PROVEN),
	RECOMMEND(EnumSet.of(Role.CIVIL_SERVICE_AGENCY), Transition.RECOMMENDATION_ISSUED),
	FOLLOW_UP(EnumSet.of(Role.PPK), Transition.FOLLOW_UP_RECORDED, Transition.FOLLOW_UP_NOT_IN_ACCORDANCE),
	AUDIT_FOLLOW_UP(EnumSet.of(Role.AUDITOR), Transition.FOLLOW_UP_ACCEPTED, Transition.FOLLOW_UP_SENT_BACK),
	CANCEL(EnumSet.of(Role.TASK_FORCE, Role.CIVIL_SERVICE_AGENCY), Transition.CANCELLED),
	SEPARATE(EnumSet.of(Role.TASK_FORCE, Role.CIVIL_SERVICE_AGENCY, Role.PPK), Transition.SEPARATED),
	/** Take the case into one's own queue: for whoever acts in its current stage ({@link Stage#actingRole()}). */
	ASSIGN(EnumSet.noneOf(Role.class), Transition.ASSIGNED);

	private final Set<Role> roles;
	private final Set<Stage> stages;

	CaseAction(Set<Role> roles, Transition... transitions) {
		this.roles = roles;
		Set<Stage> from = EnumSet.noneOf(Stage.class);
		for (Transition transition : transitions) {
			from.addAll(transition.from());
		}
		this.stages = from;
	}

	/** The role in which the actor may take this action on this case (stage aside), if any. */
	Optional<Role> roleFor(Actor actor, CaseSnapshot c) {
		Set<Role> allowed = this == ASSIGN ? c.stage().actingRole().map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(Role.class))
				: roles;
		return allowed.stream().filter(role -> applies(actor, role, c)).findFirst();
	}

	/** Whether the case's stage allows the action's transitions, and what else the action needs holds. */
	boolean availableIn(CaseSnapshot c) {
		if (!stages.contains(c.stage())) {
			return false;
		}
		return switch (this) {
			case RECOMMEND -> c.subject().resolved();
			// only a citizen can be asked: agency reports have no reporter outside Netra
			case ASK_REPORTER -> ReportKind.PUBLIC_REPORT.name().equals(c.source())
					|| ReportKind.PRESSURE_REPORT.name().equals(c.source());
			default -> true;
		};
	}

	/** The actions this actor may take on this case now: what a case page offers. */
	static List<CaseAction> available(Actor actor, CaseSnapshot c) {
		return java.util.Arrays.stream(values())
			.filter(action -> action.availableIn(c) && action.roleFor(actor, c).isPresent())
			.toList();
	}

	/**
	 * The SQL condition over case rows aliased {@code c} for the cases whose next step is for one of these
	 * roles, or empty when none of them ever acts next (oversight, administrators). Scope is applied apart.
	 */
	static Optional<String> waitingFor(Set<Role> roles) {
		List<String> turns = java.util.Arrays.stream(Stage.values())
			.filter(stage -> stage.actingRole().filter(roles::contains).isPresent())
			.map(CaseAction::sql)
			.toList();
		return turns.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", turns) + ")");
	}

	/** The stage as a test over case rows aliased {@code c}. */
	private static String sql(Stage stage) {
		String audit = switch (stage) {
			case AUDIT -> " and c.follow_up_audit = '" + FollowUpAudit.PENDING + "'";
			case FOLLOW_UP -> " and (c.follow_up_audit is null or c.follow_up_audit <> '" + FollowUpAudit.PENDING + "')";
			default -> "";
		};
		return "(c.status = '" + stage.status().name() + "'" + audit + ")";
	}

	private static boolean applies(Actor actor, Role role, CaseSnapshot c) {
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
