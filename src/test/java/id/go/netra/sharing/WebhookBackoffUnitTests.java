package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The wait after each failed attempt: doubling from the first, capped, drawn between half and all of it. */
class WebhookBackoffUnitTests {

	@Test
	void theWaitDoublesUpToTheCapWithJitterInTheUpperHalf() {
		WebhookSettings settings = new WebhookSettings(List.of(), Duration.ofHours(24), Duration.ofSeconds(30),
				Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofSeconds(5), 2, 1);
		DeliveryWorker worker = new DeliveryWorker(null, null, null, settings, Clock.systemUTC());
		try {
			long[] full = { 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600 };
			for (int attempts = 1; attempts <= full.length; attempts++) {
				Set<Long> seen = new HashSet<>();
				for (int draw = 0; draw < 200; draw++) {
					long millis = worker.wait(attempts).toMillis();
					assertThat(millis).as("after %d failures", attempts)
						.isBetween(full[attempts - 1] * 500, full[attempts - 1] * 1000);
					seen.add(millis);
				}
				assertThat(seen).as("jitter").hasSizeGreaterThan(100);
			}
		}
		finally {
			worker.destroy();
		}
	}
}
