package id.go.netra.identity;

import java.time.Instant;

/** An agency holds a role in a jurisdiction ({@code NATIONAL} or a region code) since a time, granted by someone. */
public record RoleGrant(Role role, String jurisdiction, Instant grantedAt, String grantedBy) {
}
