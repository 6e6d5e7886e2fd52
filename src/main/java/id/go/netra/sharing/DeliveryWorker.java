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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.DomainException;

/**
 * Sends due deliveries, outside any case transaction, on a pool of its own: at most {@code threads} attempts at
 * once on a node and at most {@code perSubscription} for one subscription, so a slow receiver holds back only its
 * own deliveries. Each attempt is claimed first ({@link Deliveries#claim}); a failure is retried with exponential
 * backoff and jitter until the retry window is over, then the delivery is dead-lettered. Redirects are not
 * followed, and the target's addresses are checked again before every attempt.
 */
@Component
class DeliveryWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int ANSWER_EXCERPT = 300;

	private final Deliveries deliveries;
	private final Subscriptions subscriptions;
	private final WebhookTargets targets;
	private final WebhookSettings settings;
	private final Clock clock;
	private final HttpClient http;
	private final ExecutorService pool;
	private final Semaphore slots;
	private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();

	DeliveryWorker(Deliveries deliveries, Subscriptions subscriptions, WebhookTargets targets, WebhookSettings settings,
			Clock clock) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.targets = targets;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.timeout())
			.build();
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(settings.threads(), task -> {
			Thread thread = new Thread(task, "webhook-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.slots = new Semaphore(settings.threads());
	}

	@Scheduled(fixedDelayString = "${netra.webhooks.poll-interval:PT5S}", initialDelayString = "PT2S")
	void look() {
		try {
			Instant now = clock.instant();
			for (Deliveries.Attempt due : deliveries.due(now, settings.threads() * 4)) {
				if (!slots.tryAcquire()) {
					return;
				}
				AtomicInteger mine = inFlight.computeIfAbsent(due.subscriptionId(), id -> new AtomicInteger());
				if (mine.incrementAndGet() > settings.perSubscription()
						|| !deliveries.claim(due, now, now.plus(settings.timeout().multipliedBy(2)).plusSeconds(30))) {
					release(mine);
					continue;
				}
				pool.execute(() -> {
					try {
						send(due);
					}
					catch (RuntimeException e) {
						log.warn("Webhook delivery {} failed unexpectedly: {}", due.id(), e.toString());
					}
					finally {
						release(mine);
					}
				});
			}
		}
		catch (RuntimeException e) {
			// the next round tries again; a failing database must not stop deliveries for good
			log.warn("Webhook delivery round failed: {}", e.toString());
		}
	}

	private void release(AtomicInteger mine) {
		mine.decrementAndGet();
		slots.release();
	}

	void send(Deliveries.Attempt attempt) {
		URI target;
		try {
			target = targets.check(attempt.url());
		}
		catch (DomainException e) {
			failed(attempt, null, null, "targetRefused");
			return;
		}
		String secret;
		try {
			secret = subscriptions.secretOf(attempt.subscriptionId());
		}
		catch (RuntimeException e) {
			// a key-encryption key changed without re-sealing: retried, then dead-lettered, like any failure
			log.warn("Webhook subscription {}: its secret does not open: {}", attempt.subscriptionId(), e.toString());
			failed(attempt, null, null, "secretUnreadable");
			return;
		}
		byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(settings.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Netra-Webhook/1")
			.header("X-Netra-Event", attempt.event())
			.header("X-Netra-Delivery", attempt.id().toString())
			.header("X-Netra-Timestamp", timestamp)
			.header("X-Netra-Signature", WebhookSignature.of(secret, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			String excerpt = excerpt(answer.body());
			if (answer.statusCode() / 100 == 2) {
				deliveries.delivered(attempt.id(), answer.statusCode(), excerpt, clock.instant());
			}
			else {
				failed(attempt, answer.statusCode(), excerpt, null);
			}
		}
		catch (HttpConnectTimeoutException e) {
			failed(attempt, null, null, "connectTimeout:" + settings.timeout().toSeconds());
		}
		catch (HttpTimeoutException e) {
			failed(attempt, null, null, "answerTimeout:" + settings.timeout().toSeconds());
		}
		catch (IOException e) {
			failed(attempt, null, null, "noConnection");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A failed attempt: the receiver's answer as it came, or {@code failure}, what went wrong without one, as a
	 * {@link Delivery.Failure} code shown in the reader's language.
	 */
	private void failed(Deliveries.Attempt attempt, Integer httpStatus, String answer, String failure) {
		Instant now = clock.instant();
		Instant next = now.plus(wait(attempt.attempt() + 1));
		boolean windowOver = next.isAfter(attempt.retryFrom().plus(settings.retryWindow()));
		deliveries.failed(attempt.id(), httpStatus, answer, failure, now, windowOver ? null : next);
	}

	/** The wait after the n-th failed attempt: doubling from the first, capped, drawn between half and all of it. */
	Duration wait(int attempts) {
		return Backoff.after(attempts, settings.firstRetry(), settings.longestWait());
	}

	/** The start of an answer on one line, short enough for a log row. */
	static String excerpt(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return flat.length() <= ANSWER_EXCERPT ? flat : flat.substring(0, ANSWER_EXCERPT) + "…";
	}

	@Override
	public void destroy() {
		pool.shutdownNow();
	}
}
