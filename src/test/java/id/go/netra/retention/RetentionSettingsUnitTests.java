package id.go.netra.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;

class RetentionSettingsUnitTests {

	@Test
	void aPeriodThatIsNotPositiveStopsTheStartWithTheSettingNamed() {
		assertThatThrownBy(() -> new RetentionSettings(Period.ZERO, Duration.ofDays(1), Duration.ofMinutes(15), true))
			.hasMessageContaining("netra.retention.after-closing");
		assertThatThrownBy(() -> new RetentionSettings(Period.ofYears(-1), Duration.ofDays(1), Duration.ofMinutes(15), true))
			.hasMessageContaining("netra.retention.after-closing");
		assertThatThrownBy(() -> new RetentionSettings(Period.ofYears(5), Duration.ZERO, Duration.ofMinutes(15), true))
			.hasMessageContaining("netra.retention.interval");
	}

	@Test
	void theCutoffIsThePeriodBeforeNowOnTheJakartaCalendar() {
		RetentionSettings settings = new RetentionSettings(Period.ofYears(5), Duration.ofDays(1), Duration.ofMinutes(15),
				true);
		Retention retention = new Retention(null, null, null, null, null, null, null, settings, null);
		// 1 March 2029, 06:00 in Jakarta: five years before is 1 March 2024 at the same hour, across a leap day
		assertThat(retention.cutoff(java.time.Instant.parse("2029-02-28T23:00:00Z")))
			.isEqualTo(java.time.Instant.parse("2024-02-29T23:00:00Z"));
	}
}
