package id.go.netra.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server for feed tests (the JDK's): each path serves a document with an ETag, answers 304 to a
 * request that names that ETag, or fails with the status it is given. Remembers the If-None-Match headers it saw.
 */
final class FeedServer implements AutoCloseable {

	private record Answer(int status, String contentType, String body, boolean etag) {
	}

	private final HttpServer server;
	private final Map<String, Answer> answers = new ConcurrentHashMap<>();
	final List<String> conditionalRequests = new CopyOnWriteArrayList<>();

	FeedServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	FeedServer serve(String path, String contentType, String body) {
		answers.put(path, new Answer(200, contentType, body, true));
		return this;
	}

	/** A server that gives no ETag: the feed is read in full at every poll. */
	FeedServer serveWithoutEtag(String path, String contentType, String body) {
		answers.put(path, new Answer(200, contentType, body, false));
		return this;
	}

	FeedServer fail(String path, int status) {
		answers.put(path, new Answer(status, "text/plain", "gangguan", false));
		return this;
	}

	private void answer(HttpExchange exchange) throws IOException {
		Answer answer = answers.get(exchange.getRequestURI().getPath());
		String etag = answer == null || !answer.etag() ? null : "\"" + Integer.toHexString(answer.body().hashCode()) + "\"";
		String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
		if (sent != null) {
			conditionalRequests.add(exchange.getRequestURI().getPath() + " " + sent);
		}
		if (answer == null) {
			exchange.sendResponseHeaders(404, -1);
		}
		else if (etag != null && etag.equals(sent)) {
			exchange.sendResponseHeaders(304, -1);
		}
		else {
			byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			if (etag != null) {
				exchange.getResponseHeaders().set("ETag", etag);
			}
			exchange.sendResponseHeaders(answer.status(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
