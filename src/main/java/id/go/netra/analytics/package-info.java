/**
 * Analytics: the picture of neutrality. A read model of the cases kept current from casework's events feeds the
 * dashboards, the violation map, the election timelines, the exports and the public transparency portal, scoped
 * like the cases for agencies and aggregated with small counts suppressed for the public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "audit", "casework", "catalog", "identity", "personnel", "screening" })
package id.go.netra.analytics;
