/**
 * Platform: what the application runs on rather than what it does. The data directory prepared before start-up,
 * PostgreSQL connection settings, the event publication registry's serializer and the retry of failed
 * publications, and the routing of replica reads to a read replica ({@code replica}). No module depends on it;
 * modules use the shared types in the root package instead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package id.go.netra.platform;
