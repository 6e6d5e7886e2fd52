package id.go.netra.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.keys.KeyedHashes;

/**
 * Failed credentials counted per (credential, source address): a password or second-factor code for a person, a
 * secret for an agency system. After {@code maxFailedSignIns} failures from one address that address waits {@code
 * firstLockout}, and each further failure doubles the wait up to {@code longestLockout}; other addresses are not
 * slowed at all, so nobody can lock an officer out from elsewhere. The address is kept only as a keyed hash, and a
 * row is forgotten a day after its last failure. Rows live in the database, so every node counts the same.
 */
@Component
class CredentialThrottle {

	private static final String SOURCE_PURPOSE = "credential-failure-source";
	private static final Duration FORGET_AFTER = Duration.ofDays(1);
	private static final int MAX_SUBJECT = 120;

	private final JdbcClient jdbc;
	private final KeyedHashes hashes;
	private final IdentitySettings settings;
	private final Clock clock;

	CredentialThrottle(JdbcClient jdbc, KeyedHashes hashes, IdentitySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.hashes = hashes;
		this.settings = settings;
		this.clock = clock;
	}

	static String person(String username) {
		return subject("user:", username == null ? "" : username.trim().toLowerCase());
	}

	static String client(String clientId) {
		return subject("client:", clientId == null ? "" : clientId.trim());
	}

	private static String subject(String kind, String name) {
		String subject = kind + name;
		return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
	}

	/** How long this source must still wait before trying this credential again; empty when it may try now. */
	Optional<Duration> waitFor(String subject, String address) {
		Instant now = clock.instant();
		return jdbc.sql("select blocked_until from credential_failure where subject = :s and source = :a")
			.param("s", subject)
			.param("a", source(address))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until));
	}

	/** The failures in a row from one address, and the wait the last of them started, if it started one. */
	record Failure(int count, Optional<Duration> waitStarted) {
	}

	/** Counts one failure. Commits on its own. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Failure fail(String subject, String address) {
		Instant now = clock.instant();
		jdbc.sql("delete from credential_failure where last_failure_at < :old")
			.param("old", utc(now.minus(FORGET_AFTER)))
			.update();
		String source = source(address);
		int failures = jdbc.sql("select failures from credential_failure where subject = :s and source = :a")
			.param("s", subject)
			.param("a", source)
			.query(Integer.class)
			.optional()
			.orElse(0) + 1;
		Optional<Duration> wait = waitAfter(failures);
		OffsetDateTime until = wait.map(w -> utc(now.plus(w))).orElse(null);
		if (failures == 1) {
			try {
				jdbc.sql("""
						insert into credential_failure (subject, source, failures, blocked_until, last_failure_at)
						values (:s, :a, 1, :until, :now)""")
					.param("s", subject)
					.param("a", source)
					.param("until", until)
					.param("now", utc(now))
					.update();
				return new Failure(failures, wait);
			}
			catch (DuplicateKeyException concurrent) {
				// another request from the same address failed at the same moment: count on top of it
			}
		}
		jdbc.sql("update credential_failure set failures = failures + 1, last_failure_at = :now"
				+ (until == null ? "" : ", blocked_until = :until") + " where subject = :s and source = :a")
			.params(until == null ? java.util.Map.of() : java.util.Map.of("until", until))
			.param("s", subject)
			.param("a", source)
			.param("now", utc(now))
			.update();
		return new Failure(failures, wait);
	}

	/** A success from this source forgets its failures. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String subject, String address) {
		jdbc.sql("delete from credential_failure where subject = :s and source = :a")
			.param("s", subject)
			.param("a", source(address))
			.update();
	}

	/** An administrator's unlock: every source may try again at once. */
	void forget(String subject) {
		jdbc.sql("delete from credential_failure where subject = :s").param("s", subject).update();
	}

	/** Until when some source must wait before trying this credential again, if any must. */
	Optional<Instant> blockedUntil(String subject) {
		return jdbc.sql("select max(blocked_until) from credential_failure where subject = :s")
			.param("s", subject)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** The wait the n-th failure in a row starts: none before the limit, then doubling from the first lockout. */
	Optional<Duration> waitAfter(int failures) {
		int over = failures - settings.maxFailedSignIns();
		if (over < 0) {
			return Optional.empty();
		}
		Duration longest = settings.longestLockout();
		Duration wait = settings.firstLockout();
		for (int i = 0; i < over && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return Optional.of(wait.compareTo(longest) > 0 ? longest : wait);
	}

	private String source(String address) {
		return hashes.hash(SOURCE_PURPOSE, address == null ? "" : address);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
	}
}
