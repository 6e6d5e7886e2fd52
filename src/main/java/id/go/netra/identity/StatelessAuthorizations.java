package id.go.netra.identity;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Client-credentials tokens are self-contained JWTs checked by signature and expiry, so nothing needs to be
 * kept per token: the in-memory default would grow with every token issued. Consequence: no revocation or
 * introspection of single tokens; disabling a client takes effect at its next request (see ADR 0003).
 */
class StatelessAuthorizations implements OAuth2AuthorizationService {

	@Override
	public void save(OAuth2Authorization authorization) {
		// nothing to keep: see the class comment
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		// nothing kept, nothing to remove
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return null;
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		return null;
	}
}
