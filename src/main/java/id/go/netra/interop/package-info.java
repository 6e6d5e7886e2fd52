/**
 * Interop: ports to the national systems around Netra that are not its API clients. SP4N-LAPOR! (the national
 * public-complaints service): complaints it forwards are filed as reports through the normal intake, and a report
 * Netra rejects as not about neutrality is handed over to it. (The SIASN push of blocks lives in sharing, beside
 * the webhooks whose delivery machinery it uses; ADR 0044.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop",
		allowedDependencies = { "audit", "casework", "identity", "reporting" })
package id.go.netra.interop;
