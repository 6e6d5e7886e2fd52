package id.go.netra.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Looks every {@code netra.retention.poll-interval} whether the daily run is due; one node of the cluster claims
 * it (ADR 0029).
 */
@Component
class RetentionWatch {

	private static final Logger log = LoggerFactory.getLogger(RetentionWatch.class);

	private final Retention retention;
	private final RetentionSettings settings;

	RetentionWatch(Retention retention, RetentionSettings settings) {
		this.retention = retention;
		this.settings = settings;
	}

	@SchedulerLock(name = "retention", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.retention.poll-interval:PT15M}", initialDelayString = "PT1M")
	void look() {
		if (!settings.enabled()) {
			return;
		}
		try {
			retention.runIfDue()
				.ifPresent(run -> log.info("Retention applied: {} case(s), {} identity(ies), {} file(s) deleted",
						run.cases(), run.identitiesErased(), run.filesDeleted()));
		}
		catch (RuntimeException e) {
			// the next look tries again: the schedule row moved only if the run committed
			log.warn("Retention run failed: {}", e.toString());
		}
	}
}
