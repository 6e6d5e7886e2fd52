package id.go.netra.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
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

/**
 * Three filter chains: the OAuth2 token endpoint for agency systems, the stateless bearer-token API, and the
 * pages people use with a session, form sign-in and an optional TOTP second factor.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/masuk", "/katalog", "/kalender", "/lapor", "/lapor/**", "/verifikasi", "/verifikasi/**", "/transparansi", "/transparansi/**", "/geo/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/error", "/error/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
			"/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id (RFC 9106) for everything new; bcrypt still read should an import bring such hashes.
		Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
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
	JwtDecoder jwtDecoder(SigningKeys keys, Clock clock) {
		// the public key is converted to a Java key once, not from its JWK on every request
		NimbusJwtDecoder verifier = NimbusJwtDecoder.withJwkSource(keys)
			.jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(keys.verificationKeySelector()))
			.build();
		return new VerifiedTokens(verifier, clock, 10_000);
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
			TokenEndpointAudit tokenAudit) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, as -> as.registeredClientRepository(registrations)
				.authorizationService(new StatelessAuthorizations())
				.clientAuthentication(client -> client.errorResponseHandler(tokenAudit::refused))
				.tokenEndpoint(token -> token.accessTokenResponseHandler(tokenAudit::issued)))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiClients clients, ApiProblems problems, JwtDecoder decoder)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/public/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/catalog/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token -> toActor(token, clients)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, SignInHandlers handlers) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
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
			.logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
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
