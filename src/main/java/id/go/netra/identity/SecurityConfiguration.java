package id.go.netra.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.go.netra.PublicUrl;

/**
 * Four filter chains, after the public API's own (PublicApiSecurity): the OAuth2 token endpoint for agency
 * systems, the stateless bearer-token API, the operator's endpoints (health for everyone, metrics for
 * administrators), and the pages people use with a session, form sign-in and a TOTP second factor. Every answer of
 * every chain carries the same security headers ({@link #hardened}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/masuk", "/katalog", "/kalender", "/lapor", "/lapor/**", "/verifikasi", "/verifikasi/**", "/pakta/**", "/klarifikasi/**", "/tanya", "/tanya/**", "/panduan", "/tekanan", "/transparansi", "/transparansi/**", "/geo/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/error", "/error/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id (RFC 9106) for everything new; bcrypt still read should an import bring such hashes.
		Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	/**
	 * Scripts and styles from Netra only (no inline script: every script is a file under /js or a webjar; inline
	 * style attributes stay allowed, templates and htmx use them), images also as data: URIs (the TOTP QR code), no
	 * plug-ins, forms post to Netra only, and no other site may frame a page.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Nothing Netra does needs a camera, a microphone, the location or a payment. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * The same headers on every answer, page, API, static file or error: a content security policy, no MIME sniffing,
	 * no framing, a referrer that leaves Netra as the origin at most (none at all from the public pages, whose
	 * addresses may carry a complaint number), a permissions policy, and HSTS once the request came over TLS (directly
	 * or, with server.forward-headers-strategy, as a trusted proxy's X-Forwarded-Proto says).
	 */
	static void hardened(HeadersConfigurer<HttpSecurity> headers) {
		RequestMatcher publicPages = new OrRequestMatcher(Arrays.stream(PUBLIC_PAGES)
			.map(page -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(page))
			.toList());
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frame -> frame.deny())
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(publicPages,
					new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(publicPages),
					new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/**
	 * The issuer named in tokens and in the server's metadata: netra.public-url when set, so neither is built from
	 * the Host header a client sends; unset (the demo on one's own machine), the request's own address.
	 */
	@Bean
	AuthorizationServerSettings authorizationServerSettings(PublicUrl publicUrl) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		publicUrl.configured().ifPresent(settings::issuer);
		return settings.build();
	}

	/**
	 * No observations of the security filter chain at all, not even the no-op wrappers around each filter and the
	 * authentication manager: request metrics (http.server.requests) stay, and they show all these would.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, Clock clock, RevokedTokens revoked) {
		// the public key is converted to a Java key once, not from its JWK on every request
		NimbusJwtDecoder verifier = NimbusJwtDecoder.withJwkSource(keys)
			.jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(keys.verificationKeySelector()))
			.build();
		return new VerifiedTokens(verifier, clock, 10_000, revoked::isRevoked);
	}

	@Bean
	JwtEncoder jwtEncoder(SigningKeys keys) {
		return new NimbusJwtEncoder(keys);
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> agencyClaims(ApiClients clients) {
		return context -> clients.find(context.getRegisteredClient().getClientId()).ifPresent(client -> {
			context.getClaims().claim("agency", client.agencyCode());
			context.getClaims().claim("roles", client.roles().stream().map(Role::name).sorted().toList());
		});
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenEndpoint(HttpSecurity http, ClientRegistrations registrations,
			TokenEndpointAudit tokenAudit, JwtDecoder decoder, RevokedTokens revoked, ApiClients clients)
			throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.addFilterBefore(new TokenEndpointGate(tokenAudit), LogoutFilter.class)
			.with(server, as -> as.registeredClientRepository(registrations)
				.authorizationService(new StatelessAuthorizations(decoder, registrations, revoked, clients))
				.clientAuthentication(client -> client.errorResponseHandler(tokenAudit::refused))
				.tokenEndpoint(token -> token.accessTokenResponseHandler(tokenAudit::issued)))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// agency systems take tokens with client credentials: nobody signs in here
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(tokenAudit::noAuthorizationEndpoint))
			.csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
			.headers(SecurityConfiguration::hardened)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiClients clients, ApiProblems problems, JwtDecoder decoder)
			throws Exception {
		// /api/v1/public/** has a chain of its own, ahead of this one (PublicApiSecurity)
		bearerTokens(http, clients, problems, decoder).securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/catalog/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::hardened)
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * Health and info for everyone (load balancers); the metrics, which tell how busy Netra is and where, for an
	 * administrator only: a person signed in with the second factor, or an agency system's token for ADMIN (so a
	 * Prometheus server scrapes with a bearer token).
	 */
	@Bean
	@Order(3)
	SecurityFilterChain operations(HttpSecurity http, ApiClients clients, ApiProblems problems, JwtDecoder decoder)
			throws Exception {
		bearerTokens(http, clients, problems, decoder).securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.denyAll())
			.headers(SecurityConfiguration::hardened)
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pages(HttpSecurity http, SignInHandlers handlers, UserAccounts accounts,
			UserDirectory directory, PasswordEncoder encoder) throws Exception {
		// relative, so the sign-in page's address is never built from the Host header a client sends
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/masuk");
		signIn.setFavorRelativeUris(true);
		http.authenticationManager(new ProviderManager(new PasswordSignIn(accounts, directory, encoder)))
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/masuk/otp", "/masuk/otp/**")
			.hasAuthority(SignInUser.TOTP_PENDING)
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.hasAuthority(SignInUser.SIGNED_IN))
			.formLogin(form -> form.loginPage("/masuk")
				.loginProcessingUrl("/masuk")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn)
				.accessDeniedHandler(SecurityConfiguration::secondFactorFirst))
			.logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar"))
			.headers(SecurityConfiguration::hardened);
		return http.build();
	}

	/**
	 * Someone past the password who still owes the second factor is sent to give it (or to enrol one) wherever
	 * they go; anyone else without the right gets the 403 page.
	 */
	private static void secondFactorFirst(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignInUser user && user.totpPending()) {
			response.sendRedirect(request.getContextPath() + (user.totpEnrolled() ? "/masuk/otp" : "/masuk/otp/daftar"));
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	/** Bearer tokens of agency systems, with 401 and 403 as problem+json (ApiProblems). */
	private static HttpSecurity bearerTokens(HttpSecurity http, ApiClients clients, ApiProblems problems,
			JwtDecoder decoder) throws Exception {
		return http.oauth2ResourceServer(server -> server
			.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token -> toActor(token, clients)))
			.authenticationEntryPoint(problems)
			.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

	/** A bearer token's client acts with the roles its agency holds now, looked up on every request. */
	private static AbstractAuthenticationToken toActor(Jwt token, ApiClients clients) {
		Actor actor = clients.actorFor(token.getSubject())
			.orElseThrow(() -> new OAuth2AuthenticationException(
					new OAuth2Error("invalid_token", "the client of this token is unknown or disabled", null)));
		List<GrantedAuthority> authorities = new ArrayList<>();
		actor.roles().keySet().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return new ClientAuthentication(actor, token, authorities);
	}
}
