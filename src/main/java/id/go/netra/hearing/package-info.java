/**
 * Hearing the accused (due process): when the task force forwards a case to review, the employee is told what is
 * alleged (never who reported it) and may answer with a statement and evidence through a personal link until a
 * deadline; Bawaslu reviews with the answer in hand, or the review records that the deadline passed; before the
 * sanction the PPK records the PP 94/2021 examination (summons, attendance, the examination record); after it the
 * employee may object through the same link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hearing",
		allowedDependencies = { "audit", "casework", "catalog", "enforcement", "identity", "personnel", "reporting" })
package id.go.netra.hearing;
