/**
 * Fostering (pembinaan, the first half of the 2022 joint decree): neutrality reminders that BKN (nationally) and a
 * PPK (to its own staff) send by e-mail before and during election phases, from templates per phase, scheduled by
 * the election calendar, with delivery counts. The confidential channel for an ASN under pressure is a report kind
 * of module reporting ({@code PRESSURE_REPORT}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fostering",
		allowedDependencies = { "audit", "catalog", "identity", "personnel" })
package id.go.netra.fostering;
