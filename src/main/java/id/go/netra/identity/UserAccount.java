package id.go.netra.identity;

import java.time.Instant;
import java.util.Set;

/** A person's account as stored: bound to one agency, with the roles it asks for. */
record UserAccount(String username, String displayName, String email, String agencyCode, String passwordHash,
		String totpSecret, Long totpLastStep, boolean enabled, int failedAttempts, Instant lockedUntil,
		Instant lastSignInAt, boolean demo, Set<Role> roles) {

	UserAccount {
		roles = Set.copyOf(roles);
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
