package id.go.netra.audit;

/**
 * What a module tells the audit trail: who (name, kind, agency, roles), what (action, target, detail) and
 * how it ended. Where from is taken from the current request when not given.
 */
public record AuditRecord(String actor, ActorKind actorKind, String agencyCode, String roles, String action,
		String target, String detail, String sourceAddress, Outcome outcome) {

	public enum ActorKind {
		USER, CLIENT, SYSTEM, ANONYMOUS
	}

	public enum Outcome {
		SUCCESS, FAILURE, DENIED
	}

	public AuditRecord {
		if (actor == null || actor.isBlank()) {
			throw new IllegalArgumentException("an audit record needs an actor");
		}
		if (action == null || action.isBlank()) {
			throw new IllegalArgumentException("an audit record needs an action");
		}
		if (actorKind == null || outcome == null) {
			throw new IllegalArgumentException("an audit record needs an actor kind and an outcome");
		}
	}

	public static AuditRecord of(AuditActor actor, String action, String target, String detail, Outcome outcome) {
		return new AuditRecord(actor.name(), actor.kind(), actor.agencyCode(), actor.roles(), action, target, detail,
				null, outcome);
	}

	/** An action the system took on its own (schedulers, seeding). */
	public static AuditRecord system(String action, String target, String detail) {
		return of(AuditActor.SYSTEM, action, target, detail, Outcome.SUCCESS);
	}

	public AuditRecord withSourceAddress(String address) {
		return new AuditRecord(actor, actorKind, agencyCode, roles, action, target, detail, address, outcome);
	}
}
