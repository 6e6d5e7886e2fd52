package id.go.netra.sharing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.DataDirectory;

/**
 * Pushes recorded block changes to SIASN, outside any transaction, one at a time in order, on a thread of its own
 * (a slow SIASN holds back nothing else). Each attempt is claimed first; a failure is retried with the webhooks'
 * backoff until the retry window is over, then the change is dead-lettered for an administrator to send again.
 */
@Component
class SiasnSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SiasnSender.class);

	private static final int ROUND = 50;

	private final SiasnPushes pushes;
	private final SiasnSettings settings;
	private final SiasnPort port;
	private final Clock clock;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
		Thread t = new Thread(task, "siasn-push");
		t.setDaemon(true);
		return t;
	});
	private final AtomicBoolean busy = new AtomicBoolean();

	SiasnSender(SiasnPushes pushes, SiasnSettings settings, DataDirectory dataDirectory, Clock clock) {
		this.pushes = pushes;
		this.settings = settings;
		this.clock = clock;
		if (settings.overHttp()) {
			this.port = new SiasnHttp(settings, clock);
			log.info("SIASN push: HTTP to {}", settings.url());
		}
		else {
			Path drop = settings.dropDirectory() == null ? dataDirectory.resolve("siasn-drop")
					: settings.dropDirectory().toAbsolutePath();
			this.port = new SiasnFileDrop(drop);
			log.info("SIASN push: no netra.siasn.url, so a file per block change in {}", drop);
		}
	}

	@Scheduled(fixedDelayString = "${netra.siasn.poll-interval:PT5S}", initialDelayString = "PT2S")
	void look() {
		if (settings.enabled() && busy.compareAndSet(false, true)) {
			thread.execute(() -> {
				try {
					round();
				}
				catch (RuntimeException e) {
					// the next round tries again; a failing database must not stop the pushes for good
					log.warn("SIASN push round failed: {}", e.toString());
				}
				finally {
					busy.set(false);
				}
			});
		}
	}

	void round() {
		for (SiasnPushes.Attempt due : pushes.due(clock.instant(), ROUND)) {
			Instant now = clock.instant();
			if (pushes.claim(due, now, now.plus(settings.timeout().multipliedBy(2)).plusSeconds(30))) {
				SiasnPort.Outcome outcome = port.push(due.change());
				Instant done = clock.instant();
				Instant retryFrom = due.retryFrom() == null ? now : due.retryFrom();
				Instant next = done.plus(Backoff.after(due.attempt() + 1, settings.firstRetry(), settings.longestWait()));
				pushes.outcome(due.change().id(), outcome, done,
						outcome.delivered() || next.isAfter(retryFrom.plus(settings.retryWindow())) ? null : next);
			}
		}
	}

	@Override
	public void destroy() {
		thread.shutdownNow();
	}
}
