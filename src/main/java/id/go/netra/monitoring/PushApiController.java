package id.go.netra.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Crawlers push posts here, signed: the body of POST /api/v1/monitoring/posts (and its answer), with X-Netra-Timestamp (epoch
 * seconds) and X-Netra-Signature ({@code sha256=} + hex HMAC-SHA256 of {@code <timestamp>.<raw body>} under the
 * source's secret). No account and no token: the signature is checked on the raw bytes before anything is read,
 * and a request that fails it is refused with 401 and stores nothing.
 */
@RestController
@Tag(name = "Monitoring")
class PushApiController {

	private static final Logger log = LoggerFactory.getLogger(PushApiController.class);

	static final String TIMESTAMP = "X-Netra-Timestamp";

	static final String SIGNATURE = "X-Netra-Signature";

	private final PushSources sources;
	private final PostIntake intake;
	private final ObjectMapper json;
	private final ChannelSettings settings;

	PushApiController(PushSources sources, PostIntake intake, ObjectMapper json, ChannelSettings settings) {
		this.sources = sources;
		this.intake = intake;
		this.json = json;
		this.settings = settings;
	}

	@PostMapping("/api/v1/monitoring/push/{source}")
	@Operation(summary = "A crawler's signed push of posts (the body of POST /api/v1/monitoring/posts); 401 when the"
			+ " signature is missing, wrong, or older than netra.monitoring.push-max-age (5 minutes)")
	ResponseEntity<MonitoringApiController.Items<ReceivedPost>> push(@PathVariable String source, @RequestHeader(name = TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = SIGNATURE, required = false) String signature, HttpServletRequest request)
			throws IOException {
		byte[] body = body(request);
		try {
			sources.verify(source, timestamp, signature, body);
		}
		catch (DomainException refused) {
			log.info("Push to source {} refused: {}", source, refused.messageCode());
			throw refused;
		}
		List<ReceivedPost> received = intake.receive(Channel.PUSH, source, parse(body));
		sources.pushed(source, (int) received.stream().filter(ReceivedPost::created).count());
		return ResponseEntity.ok(new MonitoringApiController.Items<>(received));
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(settings.pushMaxBytes() + 1);
			if (body.length > settings.pushMaxBytes()) {
				throw new DomainException("payload-too-large", 413, "monitoring.push.tooLarge",
						settings.pushMaxBytes() / (1024 * 1024));
			}
			return body;
		}
	}

	private List<IncomingPost> parse(byte[] body) {
		MonitoringApiController.Posts posts;
		try {
			posts = json.readValue(body, MonitoringApiController.Posts.class);
		}
		catch (JacksonException e) {
			throw DomainException.invalid("monitoring.push.notJson");
		}
		// none is refused by the intake, in the same words as on the posts API
		return posts == null || posts.posts() == null ? List.of() : posts.posts();
	}
}
