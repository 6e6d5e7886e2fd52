package id.go.netra.pacts;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.OneTimeSecrets;
import id.go.netra.PublicUrl;

/**
 * Personal signing links: 32 random bytes, of which only the SHA-256 is stored, so a copy of the database opens no
 * link. A link counts the wrong identity answers given on it.
 */
@Repository
class SigningLinks {

	/** A link as stored: whose it is and how many wrong answers it has seen. */
	record Link(String tokenSha256, long signerId, int failedChecks) {
	}

	private final JdbcClient jdbc;
	private final PublicUrl publicUrl;
	private final Clock clock;

	SigningLinks(JdbcClient jdbc, PublicUrl publicUrl, Clock clock) {
		this.jdbc = jdbc;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	/** A new link for the signer; returns the full address, which exists only in what is sent or handed out. */
	String issue(long signerId, String channel) {
		String token = OneTimeSecrets.newToken();
		jdbc.sql("insert into pact_link (token_sha256, signer_id, channel, issued_at) values (:t, :s, :c, :at)")
			.param("t", PactTexts.sha256(token))
			.param("s", signerId)
			.param("c", channel)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return publicUrl.link("/pakta/" + token);
	}

	Optional<Link> find(String token) {
		if (!OneTimeSecrets.tokenShaped(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select token_sha256, signer_id, failed_checks from pact_link where token_sha256 = :t")
			.param("t", PactTexts.sha256(token))
			.query((rs, n) -> new Link(rs.getString(1), rs.getLong(2), rs.getInt(3)))
			.optional();
	}

	void failedCheck(Link link) {
		jdbc.sql("update pact_link set failed_checks = failed_checks + 1 where token_sha256 = :t")
			.param("t", link.tokenSha256())
			.update();
	}
}
