package id.go.netra.identity;

import java.util.List;

/** A body that holds roles in the case flow, with the grants it holds now. */
public record Agency(String code, String name, String nameEn, AgencyType type, String regionCode, String parentCode,
		boolean active, String note, List<RoleGrant> grants) {

	public Agency {
		grants = List.copyOf(grants);
	}

	public boolean holds(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}
}
