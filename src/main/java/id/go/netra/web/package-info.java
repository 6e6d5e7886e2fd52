/**
 * The web shell: page layout, language switch, the landing and home pages per role, and the error handling
 * that gives the API RFC 9457 problem+json and people a friendly page, in their language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
		allowedDependencies = { "casework", "catalog", "identity" })
package id.go.netra.web;
