package id.go.netra.audit;

import id.go.netra.audit.AuditRecord.ActorKind;

/** Who did something, as the audit trail records it. */
public record AuditActor(String name, ActorKind kind, String agencyCode, String roles) {

	public static final AuditActor SYSTEM = new AuditActor("system", ActorKind.SYSTEM, null, null);

	public static AuditActor anonymous(String claimedName) {
		return new AuditActor(claimedName == null || claimedName.isBlank() ? "anonymous" : claimedName,
				ActorKind.ANONYMOUS, null, null);
	}

	/**
	 * Implemented by the principals of signed-in people and API clients, so any module can record an action
	 * of the current actor without knowing how sign-in works.
	 */
	public interface Attributable {

		AuditActor auditActor();
	}
}
