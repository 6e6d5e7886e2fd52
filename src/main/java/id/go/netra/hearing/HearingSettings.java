package id.go.netra.hearing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.go.netra.catalog.TimeLimit;

/**
 * Due process ({@code netra.hearing.*}).
 *
 * @param clarificationPeriod how long the accused has to answer, from the notice: working days ({@code 5wd}, the
 *        default), calendar days ({@code 7d}) or an exact duration ({@code PT2M}, for drills)
 * @param from the sender of the notice and the one-time codes
 * @param codeValidity how long a mailed one-time code may be used
 * @param codeAttempts wrong codes before the code is spent
 * @param identityAttempts wrong NIP/birth-date answers before the link stops working
 * @param verifiedFor how long after the right code the employee may answer without proving again
 * @param noticeInterval how often the notices due are mailed
 * @param noticeHold how long a notice to be mailed waits after the hearing opens, so that the task force can write
 *        the allegation in its own words first (default 30 minutes); writing it sends the notice at once. A notice
 *        the PPK delivers is printed when the PPK prints it, with the allegation as it is then.
 */
@ConfigurationProperties("netra.hearing")
record HearingSettings(@DefaultValue("5wd") String clarificationPeriod, @DefaultValue("netra@localhost") String from,
		@DefaultValue("PT15M") Duration codeValidity, @DefaultValue("5") int codeAttempts,
		@DefaultValue("5") int identityAttempts, @DefaultValue("PT30M") Duration verifiedFor,
		@DefaultValue("PT10S") Duration noticeInterval, @DefaultValue("PT30M") Duration noticeHold) {

	HearingSettings {
		TimeLimit.ofStage(clarificationPeriod);
		if (noticeHold.isNegative()) {
			throw new IllegalArgumentException("netra.hearing.notice-hold must not be negative");
		}
		if (codeAttempts < 1 || identityAttempts < 1) {
			throw new IllegalArgumentException("netra.hearing.code-attempts and .identity-attempts must be at least 1");
		}
	}

	TimeLimit clarification() {
		return TimeLimit.ofStage(clarificationPeriod);
	}
}
