package id.go.netra;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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
	private final Duration minAge;

	FailedEventRetry(ObjectProvider<FailedEventPublications> failed,
			@Value("${netra.events.retry-min-age:PT10S}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(fixedDelayString = "${netra.events.retry-interval:PT30S}", initialDelayString = "PT30S")
	void retry() {
		FailedEventPublications publications = failed.getIfAvailable();
		if (publications == null) {
			return;
		}
		try {
			publications.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(500));
		}
		catch (RuntimeException e) {
			log.warn("Failed event publications could not be handed over again yet: {}", e.toString());
		}
	}
}
