package id.go.netra.personnel;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.keys.KeyedHashes;

/**
 * Searching the registry by NIK. Most roles see a NIK masked (the region of registration only), and a search by
 * full NIK would give them the hidden birth date and sequence one guess at a time. So only a role that sees in
 * full every NIK its search could find may search by NIK: BKN and administrators within their scope, a PPK among
 * its own employer's staff. Everyone else is refused before the NIK is even read. Each search is audited as
 * {@value #SEARCHED} with the masked NIK and a keyed hash of the full one: an investigator holding a NIK can find
 * who looked it up, while the trail itself does not show it (ADR 0026).
 */
@Component
class NikSearches {

	static final String SEARCHED = "REGISTRY_SEARCHED_BY_NIK";

	private static final String HASH_PURPOSE = "audit.registry-nik";

	private final Employees employees;
	private final AuditTrail audit;
	private final KeyedHashes hashes;

	NikSearches(Employees employees, AuditTrail audit, KeyedHashes hashes) {
		this.employees = employees;
		this.audit = audit;
		this.hashes = hashes;
	}

	/** Where the actor may search by NIK: only among employees whose NIK {@link Nik#shownTo} shows in full. */
	static Optional<RegistryScope> scopeFor(Actor actor) {
		if (actor.has(Role.CIVIL_SERVICE_AGENCY) || actor.has(Role.ADMIN)) {
			return Optional.of(RegistryScope.of(actor));
		}
		if (actor.has(Role.PPK)) {
			return Optional.of(new RegistryScope.OneEmployer(actor.agencyCode()));
		}
		return Optional.empty();
	}

	/** A page of employees matching the query, whose NIK is set; refused (403, audited) for roles that see it masked. */
	@Transactional
	Page<Employee> search(Actor actor, Employees.Query query) {
		RegistryScope scope = scopeFor(actor).orElseThrow(() -> {
			audit.recordRefusal(SEARCHED, "registry", "roles " + actor.describeRoles() + " see the NIK masked");
			return new DomainException("forbidden", 403, "personnel.nik.searchNotAllowed");
		});
		Nik nik = Nik.of(query.nik());
		Page<Employee> found = employees.search(new Employees.Query(query.employerCode(), query.name(), nik.value(),
				query.page(), query.size()), scope);
		audit.record(SEARCHED, nik.masked(),
				"keyed hash " + hashes.hash(HASH_PURPOSE, nik.value()) + ", " + found.total() + " found");
		return found;
	}
}
