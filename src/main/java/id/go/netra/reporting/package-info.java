/**
 * Reporting: intake of suspected neutrality violations from the public (without an account, with a receipt
 * code) and from agencies, with their evidence and the conversation between the task force and the reporter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package id.go.netra.reporting;
