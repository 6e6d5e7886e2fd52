/**
 * Retention: once a case has been closed for the retention period, the reporter's identity, the evidence files
 * and the notices addressed to the reporter are erased on a daily schedule, and each run is reported to
 * administrators and auditors. The case record, the discipline register, the letters and the audit trail stay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
		allowedDependencies = { "audit", "casework", "identity", "notification", "reporting" })
package id.go.netra.retention;
