package id.go.netra.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.keys.Envelopes;

/**
 * Crawlers that push posts over signed HTTP: each source has a secret shared with Netra, and signs every request
 * with {@code HMAC-SHA256(secret, "<epoch seconds>.<raw body>")}. Checking an HMAC needs the secret itself, so it
 * is stored sealed under the key-encryption key ({@link Envelopes}, bound to the source's name), never as it is;
 * it is shown once, when the source is made or its secret rotated.
 */
@Service
class PushSources {

	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private static final String SIGNATURE_PREFIX = "sha256=";

	private final JdbcClient jdbc;
	private final Envelopes envelopes;
	private final AuditTrail audit;
	private final Clock clock;
	private final ChannelSettings settings;
	private final SecureRandom random = new SecureRandom();

	PushSources(JdbcClient jdbc, Envelopes envelopes, AuditTrail audit, Clock clock, ChannelSettings settings) {
		this.jdbc = jdbc;
		this.envelopes = envelopes;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	List<PushSource> all() {
		return jdbc.sql("select * from push_source order by name").query(PushSources::map).list();
	}

	Optional<PushSource> find(String name) {
		return jdbc.sql("select * from push_source where name = :name").param("name", name).query(PushSources::map)
			.optional();
	}

	/** A new source, enabled; returns its secret, which Netra never shows again. */
	@Transactional
	String create(String name, String by) {
		String valid = name == null ? "" : name.strip();
		if (!NAME.matcher(valid).matches()) {
			new InvalidInput.Collector().reject("name", "monitoring.push.nameInvalid").throwIfAny();
		}
		String secret = newSecret();
		OffsetDateTime now = OffsetDateTime.now(clock);
		try {
			jdbc.sql("""
					insert into push_source (name, secret_sealed, enabled, created_at, created_by, secret_set_at,
					  posts_received)
					values (:name, :secret, true, :now, :by, :now, 0)
					""")
				.param("name", valid)
				.param("secret", envelopes.sealText(secret, context(valid)))
				.param("now", now)
				.param("by", by)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("monitoring.push.nameTaken", valid);
		}
		audit.record("PUSH_SOURCE_CREATED", valid, null);
		return secret;
	}

	/** A new secret for the source; the old one stops working at once. Returns the new secret, shown once. */
	@Transactional
	String rotate(String name) {
		require(name);
		String secret = newSecret();
		jdbc.sql("update push_source set secret_sealed = :secret, secret_set_at = :now where name = :name")
			.param("secret", envelopes.sealText(secret, context(name)))
			.param("now", OffsetDateTime.now(clock))
			.param("name", name)
			.update();
		audit.record("PUSH_SOURCE_SECRET_ROTATED", name, null);
		return secret;
	}

	@Transactional
	PushSource setEnabled(String name, boolean enabled) {
		require(name);
		jdbc.sql("update push_source set enabled = :enabled where name = :name")
			.param("enabled", enabled)
			.param("name", name)
			.update();
		audit.record(enabled ? "PUSH_SOURCE_ENABLED" : "PUSH_SOURCE_DISABLED", name, null);
		return require(name);
	}

	PushSource require(String name) {
		return find(name).orElseThrow(() -> DomainException.notFound("monitoring.push.notFound", name));
	}

	/**
	 * Checks a push: an enabled source, a timestamp no further than {@code netra.monitoring.push-max-age} from
	 * now (either way), and the signature {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>},
	 * compared in constant time. Refuses with 401 and what is wrong; nothing is said about whether a source
	 * exists beyond "unknown or disabled".
	 */
	void verify(String source, String timestamp, String signature, byte[] body) {
		if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
			throw refused("monitoring.push.unsigned");
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException e) {
			throw refused("monitoring.push.badTimestamp");
		}
		long age = Math.abs(clock.instant().getEpochSecond() - seconds);
		if (age > settings.pushMaxAge().toSeconds()) {
			throw refused("monitoring.push.stale", settings.pushMaxAge().toMinutes());
		}
		String sealed = source == null || !NAME.matcher(source).matches() ? null
				: jdbc.sql("select secret_sealed from push_source where name = :name and enabled = true")
					.param("name", source)
					.query(String.class)
					.optional()
					.orElse(null);
		if (sealed == null) {
			throw refused("monitoring.push.unknownSource");
		}
		byte[] expected = hmac(envelopes.openText(sealed, context(source)), timestamp.strip(), body);
		if (!MessageDigest.isEqual(expected, sent(signature))) {
			throw refused("monitoring.push.badSignature");
		}
	}

	/** Counts what a push brought in. */
	void pushed(String source, int posts) {
		jdbc.sql("update push_source set last_push_at = :now, posts_received = posts_received + :posts where name = :name")
			.param("now", OffsetDateTime.now(clock))
			.param("posts", posts)
			.param("name", source)
			.update();
	}

	/** HMAC-SHA256 over "timestamp.body" with the secret's UTF-8 bytes as the key (what openssl -hmac does). */
	static byte[] hmac(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	/** The signature's bytes; an empty array (which never matches) when it is not "sha256=" and hex. */
	private static byte[] sent(String signature) {
		String value = signature.strip();
		if (!value.regionMatches(true, 0, SIGNATURE_PREFIX, 0, SIGNATURE_PREFIX.length())) {
			return new byte[0];
		}
		try {
			return HexFormat.of().parseHex(value.substring(SIGNATURE_PREFIX.length()));
		}
		catch (IllegalArgumentException e) {
			return new byte[0];
		}
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String context(String name) {
		return "push_source.secret_sealed:" + name;
	}

	private static DomainException refused(String code, Object... arguments) {
		return new DomainException("push-signature", 401, code, arguments);
	}

	private static PushSource map(ResultSet rs, int row) throws SQLException {
		return new PushSource(rs.getString("name"), rs.getBoolean("enabled"), instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "secret_set_at"), instant(rs, "last_push_at"),
				rs.getLong("posts_received"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
