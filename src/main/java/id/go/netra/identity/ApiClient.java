package id.go.netra.identity;

import java.util.Set;

/** An agency system's credentials for the API, bound to one agency and the roles it may use. */
record ApiClient(String clientId, String name, String agencyCode, String secretHash, boolean enabled, boolean demo,
		Set<Role> roles) {

	ApiClient {
		roles = Set.copyOf(roles);
	}
}
