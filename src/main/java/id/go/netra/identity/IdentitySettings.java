package id.go.netra.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings.
 *
 * @param maxFailedSignIns failed passwords, codes or client secrets in a row from one address before that address
 * must wait
 * @param firstLockout how long it waits the first time; each further failure doubles the wait (an administrator
 * can unlock a person earlier)
 * @param longestLockout the longest wait
 * @param tokenTimeToLive lifetime of API access tokens
 * @param totpIssuer the name authenticator apps show next to the account
 */
@ConfigurationProperties("netra.identity")
record IdentitySettings(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("1m") Duration firstLockout,
		@DefaultValue("1h") Duration longestLockout, @DefaultValue("1h") Duration tokenTimeToLive,
		@DefaultValue("Netra") String totpIssuer) {
}
