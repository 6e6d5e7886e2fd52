package id.go.netra.sharing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Pushes a block change to SIASN's endpoint: a JSON POST with a bearer token and/or the webhooks' HMAC signature,
 * within the configured timeout, redirects not followed (a redirect is a failure, retried). A 2xx answer means
 * SIASN took it; it deduplicates on {@code X-Netra-Delivery} (the change's id, the same on every attempt).
 */
final class SiasnHttp implements SiasnPort {

	static final String CHANNEL = "HTTP";

	private final SiasnSettings settings;
	private final Clock clock;
	private final HttpClient http;

	SiasnHttp(SiasnSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.timeout())
			.build();
	}

	@Override
	public Outcome push(Change change) {
		byte[] body = change.payload().getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url()))
			.timeout(settings.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Netra-SIASN/1")
			.header("X-Netra-Event", "block." + change.change().toLowerCase(java.util.Locale.ROOT))
			.header("X-Netra-Delivery", change.id().toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (settings.token() != null) {
			request.header("Authorization", "Bearer " + settings.token());
		}
		if (settings.hmacSecret() != null) {
			String timestamp = Long.toString(clock.instant().getEpochSecond());
			request.header("X-Netra-Timestamp", timestamp)
				.header("X-Netra-Signature", WebhookSignature.of(settings.hmacSecret(), timestamp, body));
		}
		try {
			HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String excerpt = DeliveryWorker.excerpt(answer.body());
			return answer.statusCode() / 100 == 2 ? Outcome.delivered(CHANNEL, answer.statusCode(), excerpt)
					: Outcome.failed(CHANNEL, answer.statusCode(), "sharing.siasn.failure.refused", excerpt);
		}
		catch (HttpConnectTimeoutException e) {
			return Outcome.failed(CHANNEL, null, "sharing.siasn.failure.connectTimeout", null);
		}
		catch (HttpTimeoutException e) {
			return Outcome.failed(CHANNEL, null, "sharing.siasn.failure.answerTimeout", null);
		}
		catch (IOException e) {
			return Outcome.failed(CHANNEL, null, "sharing.siasn.failure.unreachable", null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Outcome.failed(CHANNEL, null, "sharing.siasn.failure.unreachable", null);
		}
	}
}
