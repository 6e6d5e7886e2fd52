package id.go.netra.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the authorization server's endpoints. The token endpoint: a client id that failed too often from
 * one address gets 429 with Retry-After from that address, before its secret is looked at, until the wait is over
 * (CredentialThrottle); other addresses, where the agency's real system runs, are not slowed. The authorization
 * endpoint: Netra has only client-credentials clients, so it answers a plain 400 (the server's own validation
 * fails with a 500 on a client without redirect addresses).
 */
final class TokenEndpointGate extends OncePerRequestFilter {

	private final TokenEndpointAudit tokens;

	TokenEndpointGate(TokenEndpointAudit tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/oauth2/authorize")) {
			tokens.noAuthorizationEndpoint(request, response, null);
			return;
		}
		if (path.equals("/oauth2/token") && "POST".equals(request.getMethod())) {
			Optional<Duration> wait = tokens.waitFor(request);
			if (wait.isPresent()) {
				tokens.tooManyFailures(request, response, wait.get());
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
