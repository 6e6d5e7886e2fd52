package id.go.netra.sharing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * An agency system's webhook endpoint, in the test: a JDK HTTP server on 127.0.0.1 that records every request and
 * answers as told, in turn (an HTTP status, or {@link #HANG} to keep the sender waiting past its timeout); 200 once
 * nothing more is told.
 */
final class Receiver implements AutoCloseable {

	static final int HANG = -1;

	record Received(Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name.toLowerCase(java.util.Locale.ROOT));
		}
	}

	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private final CountDownLatch closing = new CountDownLatch(1);

	Receiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(threads);
		server.createContext("/", exchange -> {
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
					values.get(0)));
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(headers, body));
			Integer answer = answers.poll();
			int status = answer == null ? 200 : answer;
			if (status == HANG) {
				try {
					closing.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				status = 200;
			}
			byte[] reply = (status == 200 ? "diterima" : "gagal sementara " + status).getBytes(StandardCharsets.UTF_8);
			try (OutputStream out = exchange.getResponseBody()) {
				exchange.sendResponseHeaders(status, reply.length);
				out.write(reply);
			}
			catch (IOException e) {
				// the sender gave up waiting (a HANG): nothing to answer to
			}
		});
		server.start();
	}

	/** The next answers, in turn. */
	Receiver answering(Integer... statuses) {
		answers.addAll(List.of(statuses));
		return this;
	}

	/** Forgets the answers not given yet: 200 from now on. */
	void clearAnswers() {
		answers.clear();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/netra";
	}

	/** What arrived about this complaint number, in order. */
	List<Received> about(String complaintNumber) {
		return received.stream().filter(r -> r.body().contains("\"" + complaintNumber + "\"")).toList();
	}

	/** Everything that arrived, in order. */
	List<Received> all() {
		return List.copyOf(received);
	}

	/** What arrived of this event type ({@code X-Netra-Event}), in order. */
	List<Received> of(String eventType) {
		return received.stream().filter(r -> eventType.equals(r.header("X-Netra-Event"))).toList();
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
		threads.shutdownNow();
	}
}
