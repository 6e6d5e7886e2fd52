/**
 * Sharing: what other agencies' systems are told as it happens. A catalogue of integration events with versioned
 * JSON schemas; an outbox written in the same transaction as the change that caused each event; signed webhooks
 * that an agency's API client subscribes to, delivered at least once, each subscriber seeing only what the API
 * would show it; and, when switched on, every event on one Kafka topic keyed by its case (ADR 0042).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
		allowedDependencies = { "audit", "casework", "catalog", "documents", "enforcement", "identity", "keys",
			"monitoring", "pacts" })
package id.go.netra.sharing;
