package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.go.netra.ClusterSignal;

/**
 * What a node keeps in memory of API clients and revoked tokens, when a signal from another node arrives while it
 * reads the database: the older reading is answered but never kept over the signal.
 */
class ClusterCachesUnitTests {

	private static final Actor ENABLED = new Actor("sistem-uji", "Sistem Uji", Actor.Kind.CLIENT, "BKN", "BKN", Map.of());

	@Test
	void aClientDisabledWhileItWasLookedUpIsLookedUpAgainNotCachedForTenSeconds() {
		ApiClients clients = new ApiClients(null, null, null, null, Clock.systemUTC(), null);
		AtomicInteger lookups = new AtomicInteger();

		Optional<Actor> first = clients.actorFor("sistem-uji", id -> {
			lookups.incrementAndGet();
			// another node disables the client; its signal arrives while this lookup still holds the older row
			clients.forget(new ClusterSignal("api-client", "sistem-uji"));
			return Optional.of(ENABLED);
		});
		Optional<Actor> second = clients.actorFor("sistem-uji", id -> {
			lookups.incrementAndGet();
			return Optional.empty();
		});

		assertThat(first).contains(ENABLED);
		assertThat(second).as("the disabled client, looked up again").isEmpty();
		assertThat(lookups).hasValue(2);
	}

	@Test
	void aClientLookedUpWithoutAChangeIsCached() {
		ApiClients clients = new ApiClients(null, null, null, null, Clock.systemUTC(), null);
		AtomicInteger lookups = new AtomicInteger();

		clients.actorFor("sistem-uji", id -> {
			lookups.incrementAndGet();
			return Optional.of(ENABLED);
		});
		clients.actorFor("sistem-uji", id -> {
			lookups.incrementAndGet();
			return Optional.empty();
		});

		assertThat(lookups).hasValue(1);
	}

	@Test
	void aRevocationHeardWhileTheTableIsReadIsKept() throws Exception {
		RevokedTokens tokens = new RevokedTokens(null, null, null, Clock.systemUTC());
		String token = "token-dicabut-di-node-lain";
		String hash = sha256(token);

		// the table is read from a snapshot taken before the other node's revocation committed; its signal comes meanwhile
		tokens.reload(() -> {
			tokens.on(new ClusterSignal("revoked-token", hash));
			return List.of();
		});

		assertThat(tokens.isRevoked(token)).isTrue();
		tokens.reload(List::of);
		assertThat(tokens.isRevoked(token)).as("the next reading is the table's own").isFalse();
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}
}
