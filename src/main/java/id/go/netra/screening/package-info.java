/**
 * Screening: checks the law makes possible over lists from outside and the registry, each producing leads an
 * officer reviews (issue 23). Party membership: BKN imports a party's list, matched against the registry in
 * set-based SQL (exact NIK; the same {@code PersonName} key and birth date).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening",
		allowedDependencies = { "audit", "catalog", "identity", "personnel", "reporting" })
package id.go.netra.screening;
