package id.go.netra.monitoring;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Timestamps the captures: every post's snapshot hash goes to the RFC 3161 timestamp authority shortly after the
 * post came in (in rounds, outside the intake's transaction, so a slow authority never slows intake), and at once
 * when a lead is filed before its round came. A post stays "not yet timestamped" while no authority answers; the
 * next round tries again.
 */
@Component
class CaptureStamps {

	private static final Logger log = LoggerFactory.getLogger(CaptureStamps.class);

	/** What a timestamp authority answered for one digest. */
	record Stamp(byte[] token, Instant at, String authority) {
	}

	/** The authority behind a port: empty when none is configured. */
	interface Timestamper {

		Optional<Stamp> stamp(byte[] sha256);
	}

	private final PostRows rows;
	private final ObjectProvider<Timestamper> timestamper;
	private final MonitoringSettings settings;

	CaptureStamps(JdbcClient jdbc, ObjectProvider<Timestamper> timestamper, MonitoringSettings settings) {
		this.rows = new PostRows(jdbc);
		this.timestamper = timestamper;
		this.settings = settings;
	}

	@SchedulerLock(name = "capture-stamps", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.monitoring.stamp-interval:PT5S}", initialDelayString = "PT5S")
	void stampRound() {
		Timestamper authority = timestamper.getIfAvailable();
		if (authority == null) {
			return;
		}
		for (PostRows.Unstamped post : rows.unstamped(settings.stampBatch())) {
			try {
				if (stamp(authority, post.id(), post.sha256()).isEmpty()) {
					return;
				}
			}
			catch (RuntimeException e) {
				log.warn("No timestamp for monitored post {}: {}; the next round tries again", post.id(), e.getMessage());
				return;
			}
		}
	}

	/** Timestamps one post now (for a lead about to be filed); the token in base64, empty without an authority. */
	Optional<String> stampNow(long postId, String sha256) {
		Timestamper authority = timestamper.getIfAvailable();
		if (authority == null) {
			return Optional.empty();
		}
		try {
			return stamp(authority, postId, sha256);
		}
		catch (RuntimeException e) {
			log.warn("No timestamp for monitored post {} at its filing: {}", postId, e.getMessage());
			return Optional.empty();
		}
	}

	private Optional<String> stamp(Timestamper authority, long postId, String sha256) {
		return authority.stamp(HexFormat.of().parseHex(sha256)).map(stamp -> {
			String token = Base64.getEncoder().encodeToString(stamp.token());
			// another round may have stamped it a moment earlier: the stored token is the post's token
			return rows.stamp(postId, token, stamp.at(), stamp.authority()) ? token
					: rows.timestampToken(postId).orElse(token);
		});
	}
}
