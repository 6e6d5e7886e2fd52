/**
 * Casework: the case that follows each report from verification by the task force, review by Bawaslu and
 * BKN's recommendation to the PPK's follow-up, with the stage deadlines the law sets, work queues and the
 * full history of who did what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
		allowedDependencies = { "audit", "catalog", "identity", "personnel", "reporting" })
package id.go.netra.casework;
