/**
 * Notification: e-mails the agency that must act next on a case, reminds it when a deadline is near or has
 * passed, and lists an agency's notices in the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "casework", "catalog", "enforcement", "hearing", "identity", "personnel", "reporting" })
package id.go.netra.notification;
