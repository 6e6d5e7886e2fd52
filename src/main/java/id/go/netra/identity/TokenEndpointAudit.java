package id.go.netra.identity;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
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
	private final OAuth2ErrorAuthenticationFailureHandler refuse = new OAuth2ErrorAuthenticationFailureHandler();

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

	void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		String claimed = request.getParameter("client_id");
		audit.record(AuditRecord.of(AuditActor.anonymous(claimed), "TOKEN_REFUSED", claimed,
				exception.getMessage(), Outcome.FAILURE));
		refuse.onAuthenticationFailure(request, response, exception);
	}
}
