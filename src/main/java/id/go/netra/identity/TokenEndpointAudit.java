package id.go.netra.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;

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

/** An agency system's "sign-in": every token issued and every refused client goes to the audit trail. */
@Component
class TokenEndpointAudit {

	private final AuditTrail audit;
	private final ApiClients clients;
	private final OAuth2AccessTokenResponseAuthenticationSuccessHandler issue = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
	private final OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();

	TokenEndpointAudit(AuditTrail audit, ApiClients clients) {
		this.audit = audit;
		this.clients = clients;
	}

	void issued(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		if (authentication instanceof OAuth2AccessTokenAuthenticationToken token) {
			String clientId = token.getRegisteredClient().getClientId();
			clients.actorFor(clientId)
				.ifPresent(actor -> audit.record(AuditRecord.of(actor.auditActor(), "TOKEN_ISSUED", clientId,
						"client credentials, expires " + token.getAccessToken().getExpiresAt(), Outcome.SUCCESS)));
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
				: new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
		ServletServerHttpResponse http = new ServletServerHttpResponse(response);
		http.setStatusCode(OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode()) ? HttpStatus.UNAUTHORIZED
				: HttpStatus.BAD_REQUEST);
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
