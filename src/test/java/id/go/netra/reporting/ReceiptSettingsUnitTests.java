package id.go.netra.reporting;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ReceiptSettingsUnitTests {

	@EnableConfigurationProperties(ReceiptSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void fiveWrongCodesAtANumberAndTwentyAnywhereWithinFifteenMinutesUnlessSetOtherwise() {
		context.run(started -> assertThat(started.getBean(ReceiptSettings.class))
			.isEqualTo(new ReceiptSettings(5, 20, Duration.ofMinutes(15))));
		context.withPropertyValues("netra.reporting.receipt-attempts=3", "netra.reporting.receipt-window=PT1H")
			.run(started -> assertThat(started.getBean(ReceiptSettings.class))
				.isEqualTo(new ReceiptSettings(3, 20, Duration.ofHours(1))));
	}

	@Test
	void noAttemptsAtAllOrAnEmptyWindowStopsTheStart() {
		refusesToStart(context, "netra.reporting.receipt-attempts and .receipt-source-attempts must be at least 1",
				"netra.reporting.receipt-source-attempts=0");
		refusesToStart(context, "netra.reporting.receipt-window must be positive", "netra.reporting.receipt-window=0s");
	}
}
