package id.go.netra.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Presents Netra's API clients to the authorization server: client credentials only, self-contained JWT
 * access tokens. The api_client table stays the one source of truth; clients are made in Netra's admin pages.
 */
@Component
class ClientRegistrations implements RegisteredClientRepository {

	private final ApiClients clients;
	private final IdentitySettings settings;

	ClientRegistrations(ApiClients clients, IdentitySettings settings) {
		this.clients = clients;
		this.settings = settings;
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException("API clients are created in Netra's administration pages");
	}

	@Override
	public RegisteredClient findById(String id) {
		return findByClientId(id);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return clients.find(clientId)
			.filter(ApiClient::enabled)
			.map(client -> RegisteredClient.withId(client.clientId())
				.clientId(client.clientId())
				.clientName(client.name())
				.clientSecret(client.secretHash())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.tokenSettings(TokenSettings.builder()
					.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
					.accessTokenTimeToLive(settings.tokenTimeToLive())
					.build())
				.build())
			.orElse(null);
	}
}
