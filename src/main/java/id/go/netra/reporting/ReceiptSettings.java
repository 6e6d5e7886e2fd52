package id.go.netra.reporting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a receipt code may be guessed wrong ({@code netra.reporting.receipt-*}; see {@link ReceiptAttempts},
 * ADR 0023).
 *
 * @param receiptAttempts wrong codes from one address at one complaint number before it must wait
 * @param receiptSourceAttempts wrong codes from one address at any numbers before it must wait
 * @param receiptWindow how long a wrong code counts
 */
@ConfigurationProperties("netra.reporting")
record ReceiptSettings(@DefaultValue("5") int receiptAttempts, @DefaultValue("20") int receiptSourceAttempts,
		@DefaultValue("PT15M") Duration receiptWindow) {

	ReceiptSettings {
		if (receiptAttempts < 1 || receiptSourceAttempts < 1) {
			throw new IllegalArgumentException(
					"netra.reporting.receipt-attempts and .receipt-source-attempts must be at least 1");
		}
		if (receiptWindow.isNegative() || receiptWindow.isZero()) {
			throw new IllegalArgumentException("netra.reporting.receipt-window must be positive, such as PT15M");
		}
	}
}
