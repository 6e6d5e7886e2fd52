package id.go.netra.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The actor an agency system acts as when nobody is calling: for work done on a client's behalf later, such as
 * a webhook delivery scoped as the client's own API calls are. Empty when the client is unknown or disabled.
 */
@Component
public class ClientActors {

	private final ApiClients clients;

	ClientActors(ApiClients clients) {
		this.clients = clients;
	}

	public Optional<Actor> of(String clientId) {
		return clients.actorFor(clientId);
	}
}
