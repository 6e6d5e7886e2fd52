package id.go.netra.screening;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * Which leads of one source an actor sees: all of them when one of the actor's reviewing roles for the source is
 * national, else those whose region (the Pilkada region; for the other sources the employee's work region) lies in
 * the jurisdictions of those roles. Applied in the query, on aliases {@code l} (lead) and {@code e} (registry_person).
 */
record LeadScope(boolean national, Set<String> regionCodes) {

	static LeadScope of(Actor actor, LeadSource source) {
		Set<String> regions = new LinkedHashSet<>();
		for (Role role : source.reviewers()) {
			Jurisdiction jurisdiction = actor.jurisdiction(role).orElse(null);
			if (jurisdiction == null) {
				continue;
			}
			if (jurisdiction.national()) {
				return new LeadScope(true, Set.of());
			}
			regions.addAll(jurisdiction.regionCodes());
		}
		return new LeadScope(false, regions);
	}

	/** An SQL condition starting with " and ", its parameters put into {@code params}. */
	String restriction(Map<String, Object> params) {
		if (national) {
			return "";
		}
		if (regionCodes.isEmpty()) {
			return " and 1 = 0";
		}
		StringBuilder any = new StringBuilder(" and (1 = 0");
		int i = 0;
		for (String code : regionCodes) {
			any.append(" or coalesce(l.region_code, e.work_region_code) = :scope").append(i)
				.append(" or coalesce(l.region_code, e.work_region_code) like :scopePrefix").append(i);
			params.put("scope" + i, code);
			params.put("scopePrefix" + i, code + ".%");
			i++;
		}
		return any.append(')').toString();
	}

	boolean covers(String regionCode) {
		return national || regionCode != null
				&& regionCodes.stream().anyMatch(code -> regionCode.equals(code) || regionCode.startsWith(code + "."));
	}
}
