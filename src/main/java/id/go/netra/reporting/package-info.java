/**
 * Reporting: intake of suspected neutrality violations from the public (without an account, with a receipt
 * code) and from agencies, with their evidence and the conversation between the task force and the reporter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "audit", "catalog", "documents", "identity", "keys", "personnel" })
package id.go.netra.reporting;
