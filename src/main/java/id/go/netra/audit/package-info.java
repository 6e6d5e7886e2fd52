/**
 * Audit: the append-only, hash-chained trail of every sign-in, refusal and change, which all other modules
 * write through {@link id.go.netra.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "keys" })
package id.go.netra.audit;
