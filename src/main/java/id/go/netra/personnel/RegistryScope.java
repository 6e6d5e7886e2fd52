package id.go.netra.personnel;

import java.util.Map;
import java.util.Set;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * Which employees an actor may see, applied as SQL in every registry query: everyone for an actor holding any
 * role nationally; a PPK-only actor its own employer's staff; otherwise those working in the regions of the
 * actor's jurisdictions.
 */
public sealed interface RegistryScope {

	/** Appends the restriction for a query on the employee table under the given alias ("" or "e."). */
	void restrict(StringBuilder where, Map<String, Object> params, String alias);

	default void restrict(StringBuilder where, Map<String, Object> params) {
		restrict(where, params, "");
	}

	/** The whole registry: for national roles and for the system itself. */
	RegistryScope NATIONAL = new Everyone();

	static RegistryScope of(Actor actor) {
		Map<Role, Jurisdiction> supervising = new java.util.EnumMap<>(Role.class);
		actor.roles().forEach((role, where) -> {
			if (role != Role.PPK) {
				supervising.put(role, where);
			}
		});
		String ownEmployer = actor.has(Role.PPK) ? actor.agencyCode() : null;
		if (supervising.isEmpty()) {
			return ownEmployer == null ? new Regions(Set.of(), null) : new OneEmployer(ownEmployer);
		}
		if (supervising.values().stream().anyMatch(Jurisdiction::national)) {
			return NATIONAL;
		}
		Set<String> regions = supervising.values()
			.stream()
			.flatMap(where -> where.regionCodes().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return new Regions(regions, ownEmployer);
	}

	record Everyone() implements RegistryScope {

		@Override
		public void restrict(StringBuilder where, Map<String, Object> params, String alias) {
			// no restriction
		}
	}

	record OneEmployer(String employerCode) implements RegistryScope {

		@Override
		public void restrict(StringBuilder where, Map<String, Object> params, String alias) {
			where.append(" and ").append(alias).append("employer_code = :scopeEmployer");
			params.put("scopeEmployer", employerCode);
		}
	}

	/** Work region inside one of the region codes (a province covers its regencies), or the own employer. */
	record Regions(Set<String> regionCodes, String ownEmployer) implements RegistryScope {

		@Override
		public void restrict(StringBuilder where, Map<String, Object> params, String alias) {
			StringBuilder any = new StringBuilder(" and (1 = 0");
			int i = 0;
			for (String code : regionCodes) {
				any.append(" or ").append(alias).append("work_region_code = :scopeRegion").append(i)
					.append(" or ").append(alias).append("work_region_code like :scopeRegionPrefix").append(i);
				params.put("scopeRegion" + i, code);
				params.put("scopeRegionPrefix" + i, code + ".%");
				i++;
			}
			if (ownEmployer != null) {
				any.append(" or ").append(alias).append("employer_code = :scopeEmployer");
				params.put("scopeEmployer", ownEmployer);
			}
			where.append(any).append(")");
		}
	}
}
