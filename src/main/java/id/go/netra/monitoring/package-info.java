/**
 * Monitoring: social-media posts and news items come in (API, file upload, feeds, signed push, optionally a Kafka
 * topic), are captured as evidence (canonical snapshot, SHA-256, RFC 3161 timestamp), linked to the employee who
 * wrote them, and scored PARTISAN or NEUTRAL by a classifier that learns from the reviewers' decisions. A reviewer
 * turns a post into a lead (an agency report through the normal intake) or dismisses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "audit", "catalog", "documents", "identity", "keys", "personnel", "reporting" })
package id.go.netra.monitoring;
