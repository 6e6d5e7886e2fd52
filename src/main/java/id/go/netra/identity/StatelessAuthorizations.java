package id.go.netra.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Client-credentials tokens are self-contained JWTs checked by signature and expiry, so nothing needs to be
 * kept per token: the in-memory default would grow with every token issued. A token is only looked at again when
 * its client revokes it ({@code POST /oauth2/revoke}, RFC 7009): the authorization is rebuilt from the token
 * itself, and the server's invalidating it lands in {@link RevokedTokens}, which every node consults (ADR 0050).
 */
class StatelessAuthorizations implements OAuth2AuthorizationService {

	private final JwtDecoder decoder;
	private final ClientRegistrations registrations;
	private final RevokedTokens revoked;
	private final ApiClients clients;

	StatelessAuthorizations(JwtDecoder decoder, ClientRegistrations registrations, RevokedTokens revoked,
			ApiClients clients) {
		this.decoder = decoder;
		this.registrations = registrations;
		this.revoked = revoked;
		this.clients = clients;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
		if (access != null && access.isInvalidated()) {
			String clientId = authorization.getRegisteredClientId();
			revoked.revoke(access.getToken().getTokenValue(), clientId,
					clients.find(clientId).map(ApiClient::agencyCode).orElse(null), access.getToken().getExpiresAt());
		}
		// an issued token: nothing to keep, see the class comment
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		// nothing kept, nothing to remove
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return null;
	}

	/** Only for revocation: a genuine, unexpired access token of a known client, else nothing. */
	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
			return null;
		}
		Jwt jwt;
		try {
			jwt = decoder.decode(token);
		}
		catch (JwtException notOurs) {
			return null;
		}
		RegisteredClient client = registrations.findByClientId(jwt.getSubject());
		if (client == null) {
			return null;
		}
		return OAuth2Authorization.withRegisteredClient(client)
			.id(jwt.getSubject() + ":" + jwt.getIssuedAt())
			.principalName(client.getClientId())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, jwt.getIssuedAt(),
					jwt.getExpiresAt()))
			.build();
	}
}
