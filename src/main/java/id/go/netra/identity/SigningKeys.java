package id.go.netra.identity;

import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The RSA key that signs API tokens. Kept in the database, so every application node signs and verifies with
 * the same key and tokens outlive a restart; made on first use.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext> {

	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile JWKSet keys;
	/** The public keys as Java keys by key ID, converted once: every API request verifies its token with one. */
	private volatile Map<String, Key> verificationKeys;

	SigningKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(keySet());
	}

	/**
	 * Chooses the key that verifies a token: the stored key its header names, for RS256 only (the algorithm the
	 * authorization server signs with); anything else gets no key, so the token is refused.
	 */
	JWSKeySelector<SecurityContext> verificationKeySelector() {
		return (JWSHeader header, SecurityContext context) -> {
			if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
				return List.of();
			}
			Map<String, Key> byId = verificationKeys();
			if (header.getKeyID() == null) {
				return List.copyOf(byId.values());
			}
			Key key = byId.get(header.getKeyID());
			return key == null ? List.of() : List.of(key);
		};
	}

	private Map<String, Key> verificationKeys() {
		Map<String, Key> current = verificationKeys;
		if (current == null) {
			Map<String, Key> byId = new LinkedHashMap<>();
			for (JWK jwk : keySet().getKeys()) {
				try {
					byId.put(jwk.getKeyID(), jwk.toRSAKey().toRSAPublicKey());
				}
				catch (JOSEException e) {
					throw new IllegalStateException("the stored token signing key is not an RSA key", e);
				}
			}
			current = java.util.Collections.unmodifiableMap(byId);
			verificationKeys = current;
		}
		return current;
	}

	private JWKSet keySet() {
		JWKSet current = keys;
		if (current == null) {
			current = new JWKSet(load());
			keys = current;
		}
		return current;
	}

	private List<JWK> load() {
		List<JWK> stored = stored();
		if (!stored.isEmpty()) {
			return stored;
		}
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			jdbc.sql("insert into signing_key (key_id, jwk, created_at) values (:id, :jwk, :at)")
				.param("id", key.getKeyID())
				.param("jwk", key.toJSONString())
				.param("at", OffsetDateTime.now(clock))
				.update();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("could not generate the token signing key", e);
		}
		catch (DuplicateKeyException raced) {
			// another node made its key at the same moment: use whatever is stored
		}
		return stored();
	}

	private List<JWK> stored() {
		return jdbc.sql("select jwk from signing_key order by created_at").query(String.class).list().stream()
			.map(SigningKeys::parse)
			.toList();
	}

	private static JWK parse(String json) {
		try {
			return JWK.parse(json);
		}
		catch (ParseException e) {
			throw new IllegalStateException("the stored token signing key is not a valid JWK", e);
		}
	}
}
