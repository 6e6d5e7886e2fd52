package id.go.netra.analytics;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AnalyticsSettingsUnitTests {

	@EnableConfigurationProperties(AnalyticsSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void thePublicStatisticsAreKeptAMinuteUnlessSetOtherwise() {
		context.run(started -> assertThat(started.getBean(AnalyticsSettings.class).publicCache())
			.isEqualTo(Duration.ofSeconds(60)));
		context.withPropertyValues("netra.analytics.public-cache=0s")
			.run(started -> assertThat(started.getBean(AnalyticsSettings.class).publicCache()).isZero());
	}

	@Test
	void aNegativeCacheTimeStopsTheStart() {
		refusesToStart(context, "netra.analytics.public-cache must not be negative", "netra.analytics.public-cache=-1s");
	}
}
