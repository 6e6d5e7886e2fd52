package id.go.netra.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.go.netra.TooManyRequests;

/**
 * Keeps the public, sign-in-free endpoints answering under a surge instead of timing out for everybody
 * (ADR 0011). Two limits, both answered with 429 and Retry-After:
 * <ul>
 * <li>per client address, a token bucket: {@code netra.public-limits.submissions-per-minute} (default 30) for
 * requests that store something (reports, answers), {@code .reads-per-minute} (default 600) for the rest. Behind
 * a reverse proxy set {@code server.forward-headers-strategy=native}, so the address is the citizen's and not
 * the proxy's;</li>
 * <li>for the node as a whole, at most {@code .max-in-flight} (default 64) public requests at once: one more is
 * shed at once rather than queued behind a database pool that cannot serve it in time.</li>
 * </ul>
 * Counted in memory per node, like the receipt attempts: with n nodes a client gets n times the rate.
 */
@Component
class PublicLimits implements HandlerInterceptor {

	/** The public paths the limits apply to (pages and API without sign-in). */
	static final String[] PATHS = { "/api/v1/public/**", "/lapor", "/lapor/**", "/transparansi", "/transparansi/**",
			"/verifikasi/**", "/pakta/**", "/klarifikasi/**", "/tanya", "/tanya/**", "/panduan", "/tekanan" };

	private static final String ADMITTED = PublicLimits.class.getName() + ".admitted";

	/** What a request does, for its client's bucket. */
	enum Use {
		SUBMISSION, READ
	}

	/** Idle buckets are forgotten once there are this many. */
	private static final int MAX_CLIENTS = 200_000;

	private final Clock clock;
	private final boolean enabled;
	private final double submissionsPerMinute;
	private final double readsPerMinute;
	private final Semaphore inFlight;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	PublicLimits(Clock clock, PublicLimitSettings settings) {
		this.clock = clock;
		this.enabled = settings.enabled();
		this.submissionsPerMinute = settings.submissionsPerMinute();
		this.readsPerMinute = settings.readsPerMinute();
		this.inFlight = new Semaphore(settings.maxInFlight());
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			return true;
		}
		admit(request.getRemoteAddr(), "POST".equals(request.getMethod()) ? Use.SUBMISSION : Use.READ);
		request.setAttribute(ADMITTED, Boolean.TRUE);
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception exception) {
		if (request.getAttribute(ADMITTED) != null) {
			request.removeAttribute(ADMITTED);
			release();
		}
	}

	/**
	 * Admits one request of a client, or refuses it with 429. An admitted request holds a place among those in
	 * flight until {@link #release()}.
	 */
	void admit(String address, Use use) {
		if (!enabled) {
			return;
		}
		double perMinute = use == Use.SUBMISSION ? submissionsPerMinute : readsPerMinute;
		long wait = bucket(use + ":" + address, perMinute).take(clock.millis(), perMinute);
		if (wait > 0) {
			throw new TooManyRequests("problem.publicLimit.client", wait);
		}
		if (!inFlight.tryAcquire()) {
			throw new TooManyRequests("problem.publicLimit.busy", 1);
		}
	}

	void release() {
		if (enabled) {
			inFlight.release();
		}
	}

	private Bucket bucket(String key, double perMinute) {
		Bucket bucket = buckets.get(key);
		if (bucket != null) {
			return bucket;
		}
		if (buckets.size() >= MAX_CLIENTS) {
			long now = clock.millis();
			buckets.values().removeIf(b -> b.full(now, perMinute));
		}
		return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, clock.millis()));
	}

	/** Tokens refill continuously at the rate per minute, up to one minute's worth. */
	static final class Bucket {

		private double tokens;
		private long updatedAt;

		Bucket(double capacity, long now) {
			this.tokens = capacity;
			this.updatedAt = now;
		}

		/** Takes a token; returns 0, or the seconds until one is available. */
		synchronized long take(long now, double perMinute) {
			refill(now, perMinute);
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
		}

		synchronized boolean full(long now, double perMinute) {
			refill(now, perMinute);
			return tokens >= perMinute;
		}

		private void refill(long now, double perMinute) {
			tokens = Math.min(perMinute, tokens + (now - updatedAt) * perMinute / 60_000.0);
			updatedAt = now;
		}
	}
}
