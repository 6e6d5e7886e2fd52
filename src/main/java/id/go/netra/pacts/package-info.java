/**
 * Integrity pacts (Pakta Integritas Netralitas): a PPK, BKN or a ministry opens a campaign for an election; every
 * employee of the employer signs, online through a personal link (NIP, birth date and a one-time code, then an issued
 * and sealed pact letter) or on paper (the PPK uploads the scan); the coverage is counted per employer and nationally.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity pacts",
		allowedDependencies = { "audit", "catalog", "documents", "identity", "personnel" })
package id.go.netra.pacts;
