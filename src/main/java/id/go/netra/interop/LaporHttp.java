package id.go.netra.interop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * LAPOR! over HTTP: {@code GET <url>/complaints} for the forwarded complaints (a JSON array), {@code POST
 * <url>/complaints} to hand one over (answered with {@code {"trackingNumber": ...}}); a bearer token if set,
 * timeouts, redirects not followed.
 */
final class LaporHttp implements LaporPort {

	private final LaporSettings settings;
	private final HttpClient http;

	LaporHttp(LaporSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.timeout())
			.build();
	}

	@Override
	public List<LaporComplaint> forwarded() {
		String body = send(request().GET().build());
		try {
			return Arrays.asList(LaporJson.JSON.readValue(body, LaporComplaint[].class));
		}
		catch (JacksonException e) {
			throw new Unavailable("interop.lapor.unreadable", e.getOriginalMessage());
		}
	}

	@Override
	public Optional<String> handOver(LaporComplaint complaint) {
		String body = send(request().header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(LaporJson.JSON.writeValueAsString(complaint),
					StandardCharsets.UTF_8))
			.build());
		try {
			JsonNode answer = LaporJson.JSON.readTree(body);
			String number = answer.path("trackingNumber").asString("");
			return number.isBlank() ? Optional.empty() : Optional.of(number);
		}
		catch (JacksonException e) {
			throw new Unavailable("interop.lapor.unreadable", e.getOriginalMessage());
		}
	}

	private HttpRequest.Builder request() {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url() + "/complaints"))
			.timeout(settings.timeout())
			.header("Accept", "application/json")
			.header("User-Agent", "Netra-LAPOR/1");
		if (settings.token() != null) {
			request.header("Authorization", "Bearer " + settings.token());
		}
		return request;
	}

	private String send(HttpRequest request) {
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() / 100 != 2) {
				throw new Unavailable("interop.lapor.refused", "HTTP " + answer.statusCode());
			}
			return answer.body();
		}
		catch (IOException e) {
			throw new Unavailable("interop.lapor.unreachable", e.toString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unavailable("interop.lapor.unreachable", "interrupted");
		}
	}
}
