package id.go.netra.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings.
 *
 * @param maxFailedSignIns failed passwords or codes in a row before an account is locked
 * @param lockoutDuration how long a locked account stays locked (an administrator can unlock earlier)
 * @param tokenTimeToLive lifetime of API access tokens
 * @param totpIssuer the name authenticator apps show next to the account
 */
@ConfigurationProperties("netra.identity")
record IdentitySettings(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("1h") Duration tokenTimeToLive, @DefaultValue("Netra") String totpIssuer) {
}
