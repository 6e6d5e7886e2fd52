/**
 * Identity: agencies and the roles they hold (as data, with a jurisdiction), the people and agency systems
 * that act for them, sign-in (password, lockout, TOTP) and API tokens (OAuth2 client credentials).
 * {@link id.go.netra.identity.CurrentActor} tells other modules who is acting, for which agency and where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "audit", "catalog", "keys" })
package id.go.netra.identity;
