package id.go.netra.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * The shared buckets in PostgreSQL, table {@code public_limit_bucket}, through Bucket4j: each take is one short
 * transaction under an advisory lock of its key. Measured at 10 to 17 ms a call on two cores, so the buckets are
 * taken only for what is limited coarsely (ADR 0051); an idle bucket's row expires once it would be full again.
 * A citizen's address is not stored: a bucket's id is an HMAC of its key under a salt that all nodes read from
 * {@code public_limit_salt} (made once by the migration), and the rows live a minute or two.
 */
final class DatabaseLimits implements SharedLimits {

	private final ProxyManager<String> buckets;
	private final JdbcTemplate jdbc;
	private volatile SecretKeySpec salt;

	DatabaseLimits(DataSource dataSource, Duration timeout) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.lockIdSupplier(key -> UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits())
			.table("public_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.requestTimeout(timeout)
			.build();
	}

	@Override
	public Taken take(String key, long perMinute, int wanted) {
		var bucket = buckets.builder()
			.build(hidden(key), () -> BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
				.build());
		long taken = wanted > 1 ? bucket.tryConsumeAsMuchAsPossible(wanted) : 0;
		if (taken > 0) {
			return new Taken((int) taken, 0);
		}
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? new Taken(1, 0) : new Taken(0, probe.getNanosToWaitForRefill());
	}

	/** The key's HMAC, hex: the same on every node, and no address in the table. */
	private String hidden(String key) {
		SecretKeySpec known = salt;
		if (known == null) {
			// read on first use, not at start: the migration that makes the salt may not have run yet then
			known = new SecretKeySpec(jdbc.queryForObject("select salt from public_limit_salt where id = 1", String.class)
				.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
			salt = known;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(known);
			return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", e);
		}
	}

	@Override
	public int forgetIdle(int batch) {
		return buckets instanceof io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner cleaner
				? cleaner.removeExpired(batch) : 0;
	}
}
