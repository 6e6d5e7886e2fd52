package id.go.netra.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether officers need a second factor ({@code netra.security.*}; see {@link RolePolicies}).
 *
 * @param totpRequired a TOTP second factor for every officer unless an administrator exempts a role; unset, true
 * except while the demo seed is on
 */
@ConfigurationProperties("netra.security")
record SecuritySettings(Boolean totpRequired) {
}
