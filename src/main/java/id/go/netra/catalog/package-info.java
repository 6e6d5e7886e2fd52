/**
 * Catalog: the reference data every case is judged against: the violation and sanction catalogues with
 * their legal basis, Indonesia's regions (Kemendagri codes), the working-day calendar and the election
 * calendar. Loaded from {@code src/main/resources/reference/} on first start, then maintained by administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "audit" })
package id.go.netra.catalog;
