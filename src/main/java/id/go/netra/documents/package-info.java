/**
 * Documents: the letters Netra issues (recommendations, warnings, reprimands, block notices, sanctions of a PPK)
 * as numbered PDFs with a QR code, and the public page where anyone holding a letter checks that Netra issued it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "audit", "identity" })
package id.go.netra.documents;
