package id.go.netra.casework;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.go.netra.catalog.TimeLimit;

/**
 * Stage deadlines ({@code netra.deadlines.*}), each {@code Nd}, {@code Nwd} or an ISO-8601 duration.
 *
 * @param verification task force verification: 7 days (SBT as published in Oct 2024; calendar or working
 * days not stated, so calendar days, the stricter reading)
 * @param review Bawaslu's review: 3 working days (SBT, Oct 2024)
 * @param forwarding BKN forwarding the recommendation to the PPK: 2 working days (no rule found; set by the
 * operator)
 * @param followUp the PPK's follow-up: 10 working days (2020 joint decree; the 2022 value is unconfirmed)
 * @param reminder how long before a deadline the agency that must act is reminded
 * @param pollInterval how often the deadline watch looks for cases that have become overdue
 */
@ConfigurationProperties("netra.deadlines")
record DeadlineSettings(@DefaultValue("7d") String verification, @DefaultValue("3wd") String review,
		@DefaultValue("2wd") String forwarding, @DefaultValue("10wd") String followUp,
		@DefaultValue("1d") String reminder, @DefaultValue("PT1M") Duration pollInterval) {

	DeadlineSettings {
		// fail at start-up, not at the first case, when an operator mistypes a value
		TimeLimit.ofStage(verification);
		TimeLimit.ofStage(review);
		TimeLimit.ofStage(forwarding);
		TimeLimit.ofStage(followUp);
		TimeLimit.ofStage(reminder);
	}
}
