package id.go.netra.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The public API, {@code /api/v1/public/**} (reports and their answers, letter verification, the public
 * statistics), on a filter chain of its own that does only what a request without an account needs (ADR 0034):
 * the security headers every answer carries ({@link SecurityConfiguration#hardened}), the anonymous caller the
 * audit trail names, and the security context cleared after the request. No session (none is created, none is
 * read), no bearer token (one sent here is ignored, not verified: these endpoints act for nobody), no CSRF (a JSON
 * API without cookies has none to protect), no logout, no saved requests, no authorization rules: everything here
 * is for everyone. The same chain serves the crawlers' signed pushes ({@link #SIGNED_PUSH}), which carry their
 * own proof, a signature, checked in the monitoring module. The per-client and in-flight limits (PublicLimits,
 * ADR 0011) stay where they are, in Spring MVC. The demo timestamp authority ({@code POST /demo/tsa}, ADR 0037)
 * shares this chain: RFC 3161 clients post anonymously, without a session or a CSRF token, and it is not found
 * unless the demo authority is on.
 */
@Configuration(proxyBeanMethods = false)
class PublicApiSecurity {

	static final String PATHS = "/api/v1/public/**";

	/** The demo authorities: timestamps ({@code POST /demo/tsa}) and their certificates ({@code GET /demo/*.crt}). */
	static final String DEMO_SERVICES = "/demo/**";

	/**
	 * Crawlers' signed pushes of posts (monitoring): no account and no token either; each request proves itself by
	 * its HMAC signature, which the monitoring module checks before reading anything.
	 */
	static final String SIGNED_PUSH = "/api/v1/monitoring/push/**";

	@Bean
	@Order(0)
	SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS, DEMO_SERVICES, SIGNED_PUSH)
			// no session: the context lives in the request only (what STATELESS sets), and no session management
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.disable())
			.headers(SecurityConfiguration::hardened)
			.csrf(csrf -> csrf.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.servletApi(servletApi -> servletApi.disable())
			.exceptionHandling(exceptions -> exceptions.disable());
		return http.build();
	}
}
