package id.go.netra.enforcement;

import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * Which employers' enforcement records (blocks, register entries, compliance) an actor sees: all of them for an
 * agency holding a role nationally; a PPK only its own employer. Regional bodies follow their cases in casework;
 * the national registers are refused to them (403).
 *
 * @param employerCode the one employer the actor is limited to, or null for all
 */
record EnforcementScope(String employerCode) {

	static final EnforcementScope ALL = new EnforcementScope(null);

	static EnforcementScope of(Actor actor) {
		return ofAny(actor).orElseThrow(() -> new DomainException("forbidden", 403, "enforcement.scope.forbidden"));
	}

	/** The scope, or empty for an actor refused the registers (a regional body). */
	static java.util.Optional<EnforcementScope> ofAny(Actor actor) {
		boolean national = actor.roles()
			.entrySet()
			.stream()
			.anyMatch(grant -> grant.getKey() != Role.PPK && grant.getValue().national());
		if (national) {
			return java.util.Optional.of(ALL);
		}
		return actor.has(Role.PPK) ? java.util.Optional.of(new EnforcementScope(actor.agencyCode()))
				: java.util.Optional.empty();
	}

	/** The employer filter to apply: the requested one within scope, or the scope's own. */
	String narrow(String requested) {
		if (employerCode == null) {
			return requested == null || requested.isBlank() ? null : requested.trim();
		}
		return employerCode;
	}

	boolean covers(String employer) {
		return employerCode == null || employerCode.equals(employer);
	}

	/** Whether the actor holds the role for the whole country (manual blocks, national registers). */
	static boolean holdsNationally(Actor actor, Role role) {
		return actor.jurisdiction(role).map(Jurisdiction::national).orElse(false);
	}
}
