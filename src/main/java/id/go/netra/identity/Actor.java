package id.go.netra.identity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.go.netra.audit.AuditActor;
import id.go.netra.audit.AuditRecord.ActorKind;

/**
 * A person or an agency system acting in Netra: bound to one agency, with the roles it may use and each
 * role's jurisdiction. A role counts only while the agency holds it, so an administrator's change of the
 * agency's roles takes effect at the actor's next request (API) or sign-in (people).
 */
public record Actor(String name, String displayName, Kind kind, String agencyCode, String agencyName,
		Map<Role, Jurisdiction> roles) implements AuditActor.Attributable, java.io.Serializable {

	public enum Kind {
		USER, CLIENT
	}

	public Actor {
		roles = Map.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.containsKey(role);
	}

	public Optional<Jurisdiction> jurisdiction(Role role) {
		return Optional.ofNullable(roles.get(role));
	}

	public Set<Role> roleSet() {
		return Set.copyOf(roles.keySet());
	}

	/** Roles with their jurisdictions, e.g. {@code ELECTION_SUPERVISOR@32,PPK@NATIONAL}. */
	public String describeRoles() {
		return new TreeMap<>(roles).entrySet()
			.stream()
			.map(entry -> entry.getKey().name() + "@" + entry.getValue())
			.collect(Collectors.joining(","));
	}

	@Override
	public AuditActor auditActor() {
		return new AuditActor(name, kind == Kind.USER ? ActorKind.USER : ActorKind.CLIENT, agencyCode,
				describeRoles());
	}
}
