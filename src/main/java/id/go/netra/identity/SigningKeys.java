package id.go.netra.identity;

import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
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

	SigningKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(keySet());
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
