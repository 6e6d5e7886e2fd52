package id.go.netra.analytics;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Folds the tallies' appended changes every {@code netra.analytics.fold-interval} (default one second). */
@Component
class TallyFolder {

	private final CaseTally tally;

	TallyFolder(CaseTally tally) {
		this.tally = tally;
	}

	@SchedulerLock(name = "tally-fold", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.analytics.fold-interval:PT1S}", initialDelayString = "PT2S")
	void foldPending() {
		while (tally.fold() == CaseTally.FOLD_BATCH) {
			// a backlog after a surge: keep folding, each batch in its own transaction
		}
	}
}
