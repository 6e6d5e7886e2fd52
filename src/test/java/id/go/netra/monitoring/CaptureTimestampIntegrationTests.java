package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.documents.TimestampAuthority;
import id.go.netra.documents.TimestampVerification;

/**
 * A post that comes in is timestamped shortly after by the RFC 3161 authority (in the demo, Netra's own), and the
 * stored token verifies against the SHA-256 of the stored snapshot, and against nothing else.
 */
@NetraIntegrationTest
class CaptureTimestampIntegrationTests {

	@Autowired
	PostIntake intake;

	@Autowired
	TimestampAuthority timestamps;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCapturedPostIsTimestampedAndItsTokenVerifiesAgainstItsSnapshot() throws Exception {
		ReceivedPost post = intake.receive(Channel.API, "uji", List.of(new IncomingPost("x",
				"https://x.com/uji_stempel/status/1", "@uji_stempel", Instant.parse("2026-11-30T01:00:00Z"),
				"Relawan siap memenangkan paslon 3", List.of())))
			.get(0);

		await().atMost(Duration.ofSeconds(20)).until(() -> stampedToken(post.id()) != null);

		String snapshot = jdbc.sql("select snapshot from monitored_post where id = ?")
			.param(post.id())
			.query(String.class)
			.single();
		String sha256 = jdbc.sql("select snapshot_sha256 from monitored_post where id = ?")
			.param(post.id())
			.query(String.class)
			.single();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(snapshot.getBytes(StandardCharsets.UTF_8)))).isEqualTo(sha256);
		byte[] token = java.util.Base64.getDecoder().decode(stampedToken(post.id()));
		TimestampVerification verification = timestamps.verify(token, HexFormat.of().parseHex(sha256));
		assertThat(verification.intact()).isTrue();
		assertThat(verification.authority()).contains("Netra DEMO Timestamp Authority - not for evidence");
		assertThat(jdbc.sql("select timestamp_authority from monitored_post where id = ?")
			.param(post.id())
			.query(String.class)
			.single()).isEqualTo(verification.authority());
		assertThat(timestamps.verify(token, MessageDigest.getInstance("SHA-256").digest(new byte[1])).intact())
			.isFalse();
	}

	private String stampedToken(long id) {
		return jdbc.sql("select timestamp_token from monitored_post where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}
}
