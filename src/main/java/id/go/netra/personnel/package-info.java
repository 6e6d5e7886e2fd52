/**
 * Personnel: the employers (instansi) with their PPK, the BKN regional office and the Bawaslu that cover
 * them; later the national registry of civil servants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel",
		allowedDependencies = { "audit", "catalog", "identity", "keys" })
package id.go.netra.personnel;
