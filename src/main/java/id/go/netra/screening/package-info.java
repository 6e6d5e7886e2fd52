/**
 * Screening: checks the law makes possible over lists from outside and the registry, each producing leads an
 * officer reviews (issue 23). Party membership: BKN imports a party's list, matched against the registry in
 * set-based SQL (exact NIK; the same {@code PersonName} key and birth date; ADR 0045). The pre-election rotation ban
 * and retaliation against reporters: changes of post read from personnel's {@code registry_position_change}, the
 * Pilkada regions from the catalog and named reporters from reporting's {@code NamedReporters} (ADR 0048).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening",
		allowedDependencies = { "audit", "catalog", "identity", "personnel", "reporting" })
package id.go.netra.screening;
