package id.go.netra.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A person's account as stored: bound to one agency, with the roles it asks for. {@code lockedUntil} is until when
 * some address must wait before its next try (CredentialThrottle), if any must.
 */
record UserAccount(String username, String displayName, String email, String agencyCode, String passwordHash,
		String totpSecret, Long totpLastStep, boolean enabled, int failedAttempts, Instant lockedUntil,
		Instant lastSignInAt, boolean demo, Set<Role> roles) {

	UserAccount {
		roles = Set.copyOf(roles);
	}
}
