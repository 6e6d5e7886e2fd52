package id.go.netra;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's browser or an agency system, over real HTTP: keeps cookies, sends the CSRF token the way a form
 * does, does not follow redirects (tests look at them), and speaks JSON with bearer tokens.
 */
public final class UserAgent {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;
	private final HttpClient http;
	private String acceptLanguage = "id";
	private String forwardedFor;

	public UserAgent(int port) {
		this(port, HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	private UserAgent(int port, HttpClient http) {
		this.base = "http://localhost:" + port;
		this.http = http;
	}

	/** The same browser (its cookies, its language) sending its next requests to another node's port. */
	public UserAgent through(int port) {
		return new UserAgent(port, http).language(acceptLanguage);
	}

	public UserAgent language(String tag) {
		this.acceptLanguage = tag;
		return this;
	}

	/** Sends every request as if a proxy forwarded it from this address (X-Forwarded-For). */
	public UserAgent from(String address) {
		this.forwardedFor = address;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, String bearer) {
		return send(request(path).header("Authorization", "Bearer " + bearer).GET().build());
	}

	/** Opens {@code formPage} for its CSRF token, then posts the form to {@code action}. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on " + formPage + " (HTTP " + page.statusCode() + ")");
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		String body = all.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Opens {@code formPage} for its CSRF token, then posts a multipart form with one file to {@code action}. */
	public HttpResponse<String> submitFile(String formPage, String action, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on " + formPage + " (HTTP " + page.statusCode() + ")");
		}
		String boundary = "netra-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Signs a person in with the form; returns where the sign-in sent them. */
	public String signIn(String username, String password) {
		HttpResponse<String> response = submit("/masuk", "/masuk", Map.of("username", username, "password", password));
		return location(response);
	}

	public HttpResponse<String> token(String clientId, String secret) {
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(request("/oauth2/token").header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
	}

	/** Revokes a token of this client (RFC 7009). */
	public HttpResponse<String> revoke(String clientId, String secret, String token) {
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(request("/oauth2/revoke").header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&token_type_hint=access_token"))
			.build());
	}

	public String accessToken(String clientId, String secret) {
		HttpResponse<String> response = token(clientId, secret);
		if (response.statusCode() != 200) {
			throw new AssertionError("no token for " + clientId + ": " + response.statusCode() + " " + response.body());
		}
		return json(response).path("access_token").asString();
	}

	public HttpResponse<String> postCsv(String path, String bearer, String csv) {
		return send(request(path).header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
			.build());
	}

	/** POSTs a CSV file as bytes, as a file in another encoding than UTF-8 arrives. */
	public HttpResponse<String> postCsv(String path, String bearer, byte[] csv) {
		return send(request(path).header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv))
			.build());
	}

	/** POSTs JSON, with a bearer token when one is given, and any extra headers (name, value, ...). */
	public HttpResponse<String> postJson(String path, String bearer, String json, String... headers) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
	}

	public HttpResponse<String> delete(String path, String bearer) {
		return exchange("DELETE", path, bearer, null, null);
	}

	/** Any method, with a bearer token and a body when given (null for none), and extra headers (name, value, ...). */
	public HttpResponse<String> exchange(String method, String path, String bearer, String contentType, String body,
			String... headers) {
		HttpRequest.Builder builder = request(path);
		if (headers.length > 0) {
			builder.headers(headers);
		}
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
	}

	/** The CSRF token a page hands its forms, for a request that is not sent through {@link #submit}. */
	public String csrfToken(String page) {
		Matcher token = CSRF.matcher(get(page).body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on " + page);
		}
		return token.group(1);
	}

	/** GETs with extra headers (name, value, ...), without a token. */
	public HttpResponse<String> getWith(String path, String... headers) {
		return send(request(path).headers(headers).GET().build());
	}

	/** GETs raw bytes (PDF, evidence files) with extra headers (name, value, ...). */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		HttpRequest.Builder builder = request(path);
		if (headers.length > 0) {
			builder.headers(headers);
		}
		try {
			return http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * POSTs multipart/form-data: {@code jsonPart} named {@code jsonName} as application/json, and files as
	 * parts named {@code fileName} (name -> bytes).
	 */
	public HttpResponse<String> postMultipart(String path, String bearer, String jsonName, String jsonPart,
			String fileName, Map<String, byte[]> files, String... headers) {
		String boundary = "netra-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
		text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonName
				+ "\"\r\nContent-Type: application/json\r\n\r\n" + jsonPart + "\r\n");
		files.forEach((name, bytes) -> {
			text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(bytes);
			text.accept("\r\n");
		});
		text.accept("--" + boundary + "--\r\n");
		HttpRequest.Builder builder = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	/** POSTs multipart/form-data without a session: text fields, then one file part (none when content is null). */
	public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
			byte[] content, String... headers) {
		String boundary = "netra-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (content != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder builder = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	public static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
	}

	/** Pages are asked for as a browser asks (text/html), everything else as JSON. */
	private HttpRequest.Builder request(String path) {
		boolean machine = path.startsWith("/api/") || path.startsWith("/oauth2/") || path.startsWith("/v3/");
		String accept = path.startsWith("/actuator") ? "*/*"
				: machine ? "application/json, application/problem+json"
						: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept-Language", acceptLanguage)
			.header("Accept", accept);
		return forwardedFor == null ? builder : builder.header("X-Forwarded-For", forwardedFor);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
