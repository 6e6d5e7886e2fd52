package id.go.netra.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * SP4N-LAPOR! in the test: a JDK HTTP server on 127.0.0.1 serving {@code GET /complaints} (the complaints it was
 * told to forward) and taking {@code POST /complaints} (a hand-over), answering each with the next tracking number
 * {@code LPR-<n>}, or with an HTTP status it was told to fail with. It keeps what was handed over and the bearer
 * token each request carried.
 */
final class FakeLapor implements AutoCloseable {

	private final HttpServer server;
	private final AtomicReference<String> forwarded = new AtomicReference<>("[]");
	private final ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
	private final List<String> handedOver = new CopyOnWriteArrayList<>();
	private final List<String> tokens = new CopyOnWriteArrayList<>();
	private final AtomicInteger numbers = new AtomicInteger(7_000_000);

	FakeLapor() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/complaints", exchange -> {
			tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
			Integer failure = failures.poll();
			if (failure != null) {
				answer(exchange, failure, "{\"error\": \"sedang pemeliharaan\"}");
			}
			else if ("GET".equals(exchange.getRequestMethod())) {
				answer(exchange, 200, forwarded.get());
			}
			else {
				handedOver.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				answer(exchange, 201, "{\"trackingNumber\": \"LPR-" + numbers.incrementAndGet() + "\"}");
			}
		});
		server.start();
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		try (OutputStream out = exchange.getResponseBody()) {
			exchange.sendResponseHeaders(status, bytes.length);
			out.write(bytes);
		}
	}

	/** The complaints forwarded from now on, as a JSON array. */
	void forwarding(String jsonArray) {
		forwarded.set(jsonArray);
	}

	/** The next requests fail with these HTTP statuses, in turn. */
	void failing(Integer... statuses) {
		failures.addAll(List.of(statuses));
	}

	List<String> handedOver() {
		return handedOver;
	}

	List<String> tokens() {
		return tokens;
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
