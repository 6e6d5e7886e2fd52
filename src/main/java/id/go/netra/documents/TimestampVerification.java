package id.go.netra.documents;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What a timestamp token says and whether it holds for a digest. Intact means the token was made over exactly this
 * SHA-256 digest and its signature holds under the certificate it carries; whether that certificate belongs to an
 * authority one trusts is for the reader to judge from {@link #authority()} (the demo authority names itself "not
 * for evidence"). The facts are read out even when the token does not hold, as far as it can be read.
 *
 * @param intact whether the token holds for the digest
 * @param genTime when the token says the digest existed; null when the token cannot be read
 * @param authority the subject of its signing certificate; null when it carries none or cannot be read
 * @param serialNumber its serial number, decimal; null when unreadable
 * @param policy the authority's policy OID under which it was issued; null when unreadable
 * @param reasonCode why it holds or not, as a message code ({@code documents.timestamp.*})
 */
public record TimestampVerification(boolean intact, Instant genTime, String authority, String serialNumber,
		String policy, String reasonCode) {

	static final String INTACT = "documents.timestamp.intact";
	static final String NOT_A_TOKEN = "documents.timestamp.notAToken";
	static final String NO_CERTIFICATE = "documents.timestamp.noCertificate";
	static final String ALTERED = "documents.timestamp.altered";
	static final String OTHER_DIGEST = "documents.timestamp.otherDigest";

	static TimestampVerification unreadable() {
		return new TimestampVerification(false, null, null, null, null, NOT_A_TOKEN);
	}

	/** What was read out, with the verdict. */
	TimestampVerification judged(String reason) {
		return new TimestampVerification(INTACT.equals(reason), genTime, authority, serialNumber, policy, reason);
	}

	/** The reason in the reader's language (Indonesian unless English is asked for). */
	public String reason(MessageSource messages, Locale locale) {
		return messages.getMessage(reasonCode, null, reasonCode, locale);
	}
}
