package id.go.netra.retention;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention schedule ({@code netra.retention.*}, ADR 0029).
 * <p>
 * {@code afterClosing}: how long the reporter's identity and the evidence files are kept after the case closed.
 * UU 43/2009 tentang Kearsipan (art. 48) and PP 28/2012 make every agency keep its records by its own jadwal
 * retensi arsip (JRA) approved by ANRI; Peraturan ANRI 22/2017 sets the retention of personnel records with BKN.
 * No JRA row for complaint files of this system was found: five years (two active, three inactive, the common
 * pattern for complaint-handling files in published JRAs) is an <strong>assumption</strong> to be confirmed by
 * BKN's archivist, hence configuration.
 *
 * @param afterClosing the retention period after the closing of a case, e.g. {@code P5Y} or {@code 5y}
 * @param interval the time between two runs (daily)
 * @param pollInterval how often each node looks whether the next run is due
 * @param enabled whether the schedule runs at all (a manual run by an administrator is always possible)
 */
@ConfigurationProperties("netra.retention")
record RetentionSettings(@DefaultValue("P5Y") Period afterClosing, @DefaultValue("P1D") Duration interval,
		@DefaultValue("PT15M") Duration pollInterval, @DefaultValue("true") boolean enabled) {

	RetentionSettings {
		if (afterClosing.isNegative() || afterClosing.isZero()) {
			throw new IllegalArgumentException("netra.retention.after-closing must be a positive period, such as P5Y");
		}
		if (interval.isNegative() || interval.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("netra.retention.interval and .poll-interval must be positive");
		}
	}
}
