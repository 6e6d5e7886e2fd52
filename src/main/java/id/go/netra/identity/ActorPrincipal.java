package id.go.netra.identity;

import id.go.netra.audit.AuditActor;

/** A principal that stands for an {@link Actor}: a signed-in person or an API client with a token. */
interface ActorPrincipal extends AuditActor.Attributable {

	Actor actor();

	/** False while a person has given the password but not yet the second factor their role requires. */
	boolean fullySignedIn();

	@Override
	default AuditActor auditActor() {
		return actor().auditActor();
	}
}
