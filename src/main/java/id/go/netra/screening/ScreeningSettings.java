package id.go.netra.screening;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Screening's settings. {@code retaliationWindow}: how long after a report a transfer, demotion or dismissal of
 * the reporter raises an alert (12 months: issue 23; no regulation names a period). {@code runInterval}: how often
 * the rotation-ban and retaliation checks run on their own (daily); {@code pollInterval}: how often a node looks
 * whether a run is due. {@code banMonths}: the rotation ban starts this many months before candidate determination
 * (UU 10/2016 art. 71(2): six).
 */
@ConfigurationProperties("netra.screening")
record ScreeningSettings(@DefaultValue("12m") Period retaliationWindow, @DefaultValue("P1D") Duration runInterval,
		@DefaultValue("6") int banMonths, @DefaultValue("true") boolean scheduled) {

	ScreeningSettings {
		if (retaliationWindow.isNegative() || retaliationWindow.isZero()) {
			throw new IllegalArgumentException("netra.screening.retaliation-window must be positive");
		}
		if (runInterval.isNegative() || runInterval.isZero()) {
			throw new IllegalArgumentException("netra.screening.run-interval must be positive");
		}
		if (banMonths < 1 || banMonths > 24) {
			throw new IllegalArgumentException("netra.screening.ban-months must lie between 1 and 24");
		}
	}
}
