package id.go.netra.interop;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import id.go.netra.DomainException;

/**
 * Fetches LAPOR!'s forwarded complaints every {@code netra.lapor.poll-interval}, when that is set. Two nodes may
 * fetch at once: the tracking number is unique, so a complaint is filed once.
 */
@Component
class LaporWatch {

	private static final Logger log = LoggerFactory.getLogger(LaporWatch.class);

	LaporWatch(LaporSettings settings, LaporExchange exchange, TaskScheduler scheduler) {
		Duration every = settings.pollInterval();
		if (every != null && !every.isZero() && !every.isNegative()) {
			scheduler.scheduleWithFixedDelay(() -> {
				try {
					LaporExchange.Pulled pulled = exchange.pull(Locale.ENGLISH);
					pulled.refused().forEach(r -> log.warn("SP4N-LAPOR! complaint {} refused: {}", r.laporNumber(),
							r.problem()));
				}
				catch (DomainException | org.springframework.dao.DataAccessException e) {
					log.warn("Fetching from SP4N-LAPOR! failed: {}", e.toString());
				}
			}, java.time.Instant.now().plus(every), every);
		}
	}
}
