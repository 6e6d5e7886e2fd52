package id.go.netra.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.netra.TooManyRequests;

/**
 * Keeps the public, sign-in-free endpoints answering under a surge instead of timing out for everybody
 * (ADR 0011, 0051). Two limits, both answered with 429 and Retry-After:
 * <ul>
 * <li>per client address, a token bucket: {@code netra.public-limits.submissions-per-minute} (default 30) for
 * requests that store something (reports, answers), {@code .reads-per-minute} (default 600) for the rest. Behind
 * a reverse proxy set {@code server.forward-headers-strategy=native}, so the address is the citizen's and not
 * the proxy's. On PostgreSQL the buckets are shared by all nodes ({@link SharedLimits}), so n nodes do not give a
 * client n times the rate; reads are taken from them {@code .read-lease} at a time. A node that cannot reach the
 * shared buckets limits on its own (per node, as on the embedded database) and says so in its health
 * ({@code publicLimits});</li>
 * <li>for the node as a whole, at most {@code .max-in-flight} (default 64) public requests at once: one more is
 * shed at once rather than queued behind a database pool that cannot serve it in time.</li>
 * </ul>
 */
class PublicLimits implements HandlerInterceptor, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(PublicLimits.class);

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
	private final SharedLimits shared;
	private final int readLease;
	private final Duration storeRetry;
	private final Map<String, Lease> leases = new ConcurrentHashMap<>();
	private volatile Instant unreachableSince;
	private volatile String unreachableBecause;
	private volatile long retryAt;

	PublicLimits(Clock clock, PublicLimitSettings settings) {
		this(clock, settings, null);
	}

	/** With {@code shared} null, every node limits on its own. */
	PublicLimits(Clock clock, PublicLimitSettings settings, SharedLimits shared) {
		this.clock = clock;
		this.shared = shared;
		this.readLease = settings.readLease();
		this.storeRetry = settings.storeRetry();
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
		long wait = take(use + ":" + address, perMinute, use == Use.SUBMISSION ? 1 : readLease);
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

	/** Takes a token of the client's bucket: 0, or the seconds until one is available. */
	private long take(String key, double perMinute, int lease) {
		long now = clock.millis();
		if (shared != null && (unreachableSince == null || now >= retryAt)) {
			Lease leased = leases.get(key);
			if (leased != null && leased.use(now)) {
				return 0;
			}
			try {
				SharedLimits.Taken taken = shared.take(key, (long) Math.ceil(perMinute), lease);
				reached();
				if (taken.tokens() > 1) {
					if (leases.size() >= MAX_CLIENTS) {
						leases.clear();
					}
					leases.put(key, new Lease(taken.tokens() - 1, now + 60_000));
				}
				return taken.tokens() > 0 ? 0 : Math.max(1, (long) Math.ceil(taken.nanosUntilOne() / 1e9));
			}
			catch (RuntimeException e) {
				unreachable(now, e);
			}
		}
		return bucket(key, perMinute).take(now, perMinute);
	}

	private void reached() {
		if (unreachableSince != null) {
			log.info("Public limits are shared by the nodes again (the limit store answers)");
			unreachableSince = null;
		}
	}

	private void unreachable(long now, RuntimeException failure) {
		if (unreachableSince == null) {
			unreachableSince = Instant.ofEpochMilli(now);
			log.warn("Public limits fall back to this node's own until the limit store answers again: {}",
					failure.toString());
		}
		unreachableBecause = failure.getClass().getSimpleName();
		retryAt = now + storeRetry.toMillis();
	}

	/**
	 * In {@code /actuator/health} as {@code publicLimits}: down while the node limits on its own because the shared
	 * buckets cannot be reached (it still serves, with per-node limits). Not in the liveness or readiness probes.
	 */
	@Override
	public Health health() {
		if (shared == null) {
			return Health.up().withDetail("limits", "per node").build();
		}
		Instant since = unreachableSince;
		return since == null ? Health.up().withDetail("limits", "shared by the nodes").build()
				: Health.down().withDetail("limits", "per node until the limit store answers")
					.withDetail("unreachableSince", since.toString())
					.withDetail("failure", String.valueOf(unreachableBecause))
					.build();
	}

	/** Deletes the shared buckets' rows that have been full for a while (one node does it; ADR 0051). */
	@Scheduled(fixedDelayString = "${netra.public-limits.cleanup-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "public-limit-cleanup", lockAtMostFor = "PT30S")
	void forgetIdleBuckets() {
		if (shared == null) {
			return;
		}
		try {
			while (shared.forgetIdle(1000) == 1000) {
				// many idle clients after a surge: keep deleting in batches
			}
		}
		catch (RuntimeException e) {
			log.warn("Idle public limit buckets could not be deleted yet: {}", e.toString());
		}
	}

	/** Tokens a node took from a shared bucket and serves from memory until they are used or a minute is over. */
	static final class Lease {

		private int tokens;
		private final long until;

		Lease(int tokens, long until) {
			this.tokens = tokens;
			this.until = until;
		}

		synchronized boolean use(long now) {
			if (tokens < 1 || now >= until) {
				return false;
			}
			tokens--;
			return true;
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
