package id.go.netra.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import id.go.netra.audit.AuditActor;
import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditRecord.Outcome;
import id.go.netra.audit.AuditTrail;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An agency system's "sign-in": every token issued and every refused client goes to the audit trail, failures
 * count toward a wait for the address they come from (CredentialThrottle), and an unknown client gets the very
 * answer a wrong secret gets, after as long a check.
 */
@Component
class TokenEndpointAudit {

	/** What every failed client authentication answers, whatever failed: RFC 6749 section 5.2. */
	static final OAuth2Error INVALID_CLIENT = new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
			"Client authentication failed", null);

	private final AuditTrail audit;
	private final ApiClients clients;
	private final CredentialThrottle throttle;
	private final PasswordEncoder secrets;
	private final String unknownClientSecret;
	private final OAuth2AccessTokenResponseAuthenticationSuccessHandler issue = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
	private final OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();

	TokenEndpointAudit(AuditTrail audit, ApiClients clients, CredentialThrottle throttle, PasswordEncoder secrets) {
		this.audit = audit;
		this.clients = clients;
		this.throttle = throttle;
		this.secrets = secrets;
		this.unknownClientSecret = secrets.encode("a secret no client has");
	}

	void issued(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		if (authentication instanceof OAuth2AccessTokenAuthenticationToken token) {
			String clientId = token.getRegisteredClient().getClientId();
			clients.actorFor(clientId)
				.ifPresent(actor -> audit.record(AuditRecord.of(actor.auditActor(), "TOKEN_ISSUED", clientId,
						"client credentials, expires " + token.getAccessToken().getExpiresAt(), Outcome.SUCCESS)));
			throttle.succeeded(CredentialThrottle.client(clientId), request.getRemoteAddr());
		}
		issue.onAuthenticationSuccess(request, response, authentication);
	}

	/** As the token endpoint's own handler: 401 for a client that failed to authenticate, 400 otherwise. */
	void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String claimed = claimedClientId(request);
		audit.record(AuditRecord.of(AuditActor.anonymous(claimed), "TOKEN_REFUSED", claimed,
				exception.getMessage(), Outcome.FAILURE));
		OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError()
				: INVALID_CLIENT;
		if (!OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())) {
			write(response, HttpStatus.BAD_REQUEST, error);
			return;
		}
		if (claimed == null || clients.find(claimed).isEmpty()) {
			// as long as checking a real client's secret takes, so the time does not tell which ids exist
			secrets.matches("a guess", unknownClientSecret);
		}
		throttle.fail(CredentialThrottle.client(claimed), request.getRemoteAddr());
		write(response, HttpStatus.UNAUTHORIZED, INVALID_CLIENT);
	}

	Optional<Duration> waitFor(HttpServletRequest request) {
		return throttle.waitFor(CredentialThrottle.client(claimedClientId(request)), request.getRemoteAddr());
	}

	/** 429 with Retry-After and an RFC 6749-shaped error; audited like any other refused client. */
	void tooManyFailures(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
		String claimed = claimedClientId(request);
		audit.record(AuditRecord.of(AuditActor.anonymous(claimed), "TOKEN_REFUSED", claimed,
				"too many failed attempts from this address, waits " + wait, Outcome.DENIED));
		response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds() + 1)));
		write(response, HttpStatus.TOO_MANY_REQUESTS, new OAuth2Error("slow_down",
				"Too many failed client authentications from this address; retry after the time in Retry-After", null));
	}

	/**
	 * GET /oauth2/authorize and the like without a session: agency systems take tokens with client credentials, and
	 * no person signs in there, so this is a plain 400 rather than a redirect to a sign-in page that leads nowhere.
	 */
	void noAuthorizationEndpoint(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		write(response, HttpStatus.BAD_REQUEST, new OAuth2Error(OAuth2ErrorCodes.UNSUPPORTED_RESPONSE_TYPE,
				"Netra issues tokens with the client_credentials grant at /oauth2/token only", null));
	}

	private void write(HttpServletResponse response, HttpStatus status, OAuth2Error error) throws IOException {
		ServletServerHttpResponse http = new ServletServerHttpResponse(response);
		http.setStatusCode(status);
		errors.write(error, null, http);
	}

	private static String claimedClientId(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException malformed) {
				return "malformed-basic-credentials";
			}
		}
		return request.getParameter("client_id");
	}
}
