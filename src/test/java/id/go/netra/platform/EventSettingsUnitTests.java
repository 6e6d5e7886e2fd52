package id.go.netra.platform;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EventSettingsUnitTests {

	@EnableConfigurationProperties(EventSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void failedPublicationsAreRetriedEvery30SecondsOnceTenSecondsOldUnlessSetOtherwise() {
		context.run(started -> assertThat(started.getBean(EventSettings.class))
			.isEqualTo(new EventSettings(Duration.ofSeconds(30), Duration.ofSeconds(10))));
		context.withPropertyValues("netra.events.retry-interval=1m", "netra.events.retry-min-age=0s")
			.run(started -> assertThat(started.getBean(EventSettings.class))
				.isEqualTo(new EventSettings(Duration.ofMinutes(1), Duration.ZERO)));
	}

	@Test
	void aRetryIntervalOfZeroStopsTheStart() {
		refusesToStart(context, "netra.events.retry-interval must be positive", "netra.events.retry-interval=0s");
		refusesToStart(context, "netra.events.retry-min-age must not be negative", "netra.events.retry-min-age=-5s");
	}
}
