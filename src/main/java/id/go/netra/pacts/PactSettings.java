package id.go.netra.pacts;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Integrity pacts ({@code netra.pacts.*}). No regulation sets these; they are the agency's choice.
 *
 * @param from the sender of the pact e-mails (links, one-time codes, reminders)
 * @param codeValidity how long a one-time code may be used
 * @param codeAttempts wrong one-time codes before the code is spent and a new one must be asked for
 * @param identityAttempts wrong NIP/birth-date answers on one link before the link stops working
 * @param verifiedFor how long after the right code the employee may sign without proving again
 * @param reminderDaysBefore the reminder rounds: days before the deadline on which the unsigned are mailed
 * @param maxScanBytes the largest scan of a paper pact accepted
 */
@ConfigurationProperties("netra.pacts")
record PactSettings(@DefaultValue("netra@localhost") String from, @DefaultValue("PT10M") Duration codeValidity,
		@DefaultValue("5") int codeAttempts, @DefaultValue("5") int identityAttempts,
		@DefaultValue("PT30M") Duration verifiedFor, @DefaultValue({ "7", "3", "1" }) List<Integer> reminderDaysBefore,
		@DefaultValue("10485760") long maxScanBytes) {

	PactSettings {
		if (codeAttempts < 1 || identityAttempts < 1 || maxScanBytes < 1) {
			throw new IllegalArgumentException(
					"netra.pacts.code-attempts, .identity-attempts and .max-scan-bytes must be at least 1");
		}
		if (codeValidity.isNegative() || codeValidity.isZero() || verifiedFor.isNegative() || verifiedFor.isZero()) {
			throw new IllegalArgumentException("netra.pacts.code-validity and .verified-for must be positive, as PT10M");
		}
		reminderDaysBefore = reminderDaysBefore.stream().sorted(java.util.Comparator.reverseOrder()).toList();
		if (reminderDaysBefore.stream().anyMatch(days -> days < 0)) {
			throw new IllegalArgumentException("netra.pacts.reminder-days-before must not be negative, as 7,3,1");
		}
	}
}
