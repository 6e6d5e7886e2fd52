package id.go.netra.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.ClusterSignal;
import id.go.netra.ClusterSignals;
import id.go.netra.audit.AuditActor;
import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditRecord.Outcome;
import id.go.netra.audit.AuditTrail;

/**
 * Access tokens revoked before they expire (ADR 0050). Tokens are self-contained, so every node keeps the revoked
 * ones in memory (as SHA-256 hashes) and refuses them on sight; a revocation on one node reaches the others by a
 * {@link ClusterSignals} signal within about a second, and the table is read again after a node may have missed
 * one. Rows go once their tokens would have expired anyway.
 */
@Component
class RevokedTokens {

	private static final String SIGNAL = "revoked-token";

	private final JdbcClient jdbc;
	private final ClusterSignals signals;
	private final AuditTrail audit;
	private final Clock clock;
	private volatile Set<String> revoked = ConcurrentHashMap.newKeySet();
	/** Revocations learnt since the last reading of the table began, which that reading may not hold. */
	private final Set<String> sinceReading = new HashSet<>();

	RevokedTokens(JdbcClient jdbc, ClusterSignals signals, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.signals = signals;
		this.audit = audit;
		this.clock = clock;
	}

	boolean isRevoked(String token) {
		return !revoked.isEmpty() && revoked.contains(hash(token));
	}

	/** Revokes a token its own client presented (the authorization server checked the client and the token). */
	@Transactional
	void revoke(String token, String clientId, String agencyCode, Instant expiresAt) {
		String hash = hash(token);
		if (revoked.contains(hash)) {
			return;
		}
		jdbc.sql("""
				insert into revoked_token (token_hash, client_id, expires_at, revoked_at)
				select :hash, :client, :expires, :now where not exists
				  (select 1 from revoked_token where token_hash = :hash)
				""")
			.param("hash", hash)
			.param("client", clientId)
			.param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
			.param("now", OffsetDateTime.now(clock))
			.update();
		learnt(hash);
		signals.send(SIGNAL, hash);
		audit.record(AuditRecord.of(new AuditActor(clientId, AuditRecord.ActorKind.CLIENT, agencyCode, null),
				"TOKEN_REVOKED", clientId, "expires " + expiresAt, Outcome.SUCCESS));
	}

	@EventListener
	void on(ClusterSignal signal) {
		if (signal.concerns(SIGNAL)) {
			if (signal.all()) {
				reload();
			}
			else {
				learnt(signal.subject());
			}
		}
	}

	private synchronized void learnt(String hash) {
		revoked.add(hash);
		sinceReading.add(hash);
	}

	/**
	 * Reads the revoked tokens that have not expired yet; hourly the expired ones are forgotten. A revocation heard
	 * while the table is read (its row perhaps committed after the reading's snapshot) is kept: otherwise the new
	 * set would drop it and the node accept the token until the next reading, an hour later.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
	void reload() {
		reload(() -> {
			jdbc.sql("delete from revoked_token where expires_at < :now").param("now", OffsetDateTime.now(clock)).update();
			return jdbc.sql("select token_hash from revoked_token").query(String.class).list();
		});
	}

	void reload(Supplier<List<String>> table) {
		synchronized (this) {
			sinceReading.clear();
		}
		Set<String> read = ConcurrentHashMap.newKeySet();
		read.addAll(table.get());
		synchronized (this) {
			read.addAll(sinceReading);
			revoked = read;
		}
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
