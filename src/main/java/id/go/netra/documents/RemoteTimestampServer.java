package id.go.netra.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * An RFC 3161 authority over HTTP (RFC 3161 section 3.4): the query posted as {@code application/timestamp-query},
 * the reply read back whole. Basic auth when configured; the timeout covers connecting and answering.
 */
final class RemoteTimestampServer implements TimestampServer {

	private final URI url;
	private final String authorization;
	private final Duration timeout;
	private final HttpClient http;

	RemoteTimestampServer(TimestampSettings settings) {
		this.url = URI.create(settings.url());
		this.authorization = settings.username() == null ? null
				: "Basic " + Base64.getEncoder()
					.encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
		this.timeout = settings.timeout();
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
	}

	@Override
	public byte[] answer(byte[] query) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/timestamp-query")
			.header("Accept", "application/timestamp-reply")
			.POST(HttpRequest.BodyPublishers.ofByteArray(query));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new TimestampUnavailable(name(), "it answered HTTP " + answer.statusCode(), null);
			}
			return answer.body();
		}
		catch (HttpTimeoutException e) {
			throw new TimestampUnavailable(name(), "no answer within " + timeout.toMillis() + " ms", e);
		}
		catch (IOException e) {
			throw new TimestampUnavailable(name(), "it cannot be reached (" + e + ")", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new TimestampUnavailable(name(), "interrupted while waiting", e);
		}
	}

	@Override
	public String name() {
		return url.toString();
	}
}
