package id.go.netra.web;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PublicLimitSettingsUnitTests {

	@EnableConfigurationProperties(PublicLimitSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void thirtySubmissionsAndSixHundredReadsAMinuteAndSixtyFourAtOnceSharedOnPostgresUnlessSetOtherwise() {
		context.run(started -> assertThat(started.getBean(PublicLimitSettings.class))
			.isEqualTo(new PublicLimitSettings(true, 30, 600, 64, true, 20, Duration.ofSeconds(1), Duration.ofSeconds(5))));
		context.withPropertyValues("netra.public-limits.enabled=false", "netra.public-limits.submissions-per-minute=0.5",
				"netra.public-limits.max-in-flight=8")
			.run(started -> assertThat(started.getBean(PublicLimitSettings.class))
				.isEqualTo(new PublicLimitSettings(false, 0.5, 600, 8, true, 20, Duration.ofSeconds(1), Duration.ofSeconds(5))));
	}

	@Test
	void aNegativeRateNoRequestInFlightOrNoReadLeaseStopsTheStart() {
		String why = "netra.public-limits.submissions-per-minute, .reads-per-minute, .max-in-flight and .read-lease "
				+ "must be positive";
		refusesToStart(context, why, "netra.public-limits.reads-per-minute=-1");
		refusesToStart(context, why, "netra.public-limits.max-in-flight=0");
		refusesToStart(context, why, "netra.public-limits.read-lease=0");
	}
}
