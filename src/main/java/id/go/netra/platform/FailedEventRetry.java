package id.go.netra.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Hands failed event publications to their listeners again, every {@code netra.events.retry-interval} (default
 * 30 s), once they are {@code netra.events.retry-min-age} old (default 10 s). A listener fails when the database
 * goes away under it (a PostgreSQL restart or failover); without this, the case for a report accepted just before
 * would wait for the next restart of the application. Listeners are idempotent, so a second delivery is harmless.
 */
@Component
class FailedEventRetry {

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

	private final ObjectProvider<FailedEventPublications> failed;
	private final EventSettings settings;

	FailedEventRetry(ObjectProvider<FailedEventPublications> failed, EventSettings settings) {
		this.failed = failed;
		this.settings = settings;
	}

	// the interval is EventSettings.retryInterval, read here as a placeholder like every other watch's
	@SchedulerLock(name = "event-retry", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.events.retry-interval:PT30S}", initialDelayString = "PT30S")
	void retry() {
		FailedEventPublications publications = failed.getIfAvailable();
		if (publications == null) {
			return;
		}
		try {
			publications.resubmit(ResubmissionOptions.defaults().withMinAge(settings.retryMinAge()).withBatchSize(500));
		}
		catch (RuntimeException e) {
			log.warn("Failed event publications could not be handed over again yet: {}", e.toString());
		}
	}
}
