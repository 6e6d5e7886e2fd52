package id.go.netra.pacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee a campaign reaches. {@code registryNumber} is the NIP, or the NIK of non-ASN staff; {@code email} is
 * the registry's address (null: the employee gets the link on the PPK's list). Signed once {@code signedAt} is set.
 */
record Signer(long id, UUID campaignId, String registryNumber, String name, LocalDate birthDate,
		String employmentType, String email, Instant signedAt, Channel channel, UUID letterId, String letterNumber) {

	boolean signed() {
		return signedAt != null;
	}

	/** The address shown to the employee: first letter and domain, as b***@bogorkab.go.id. */
	String maskedEmail() {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}
}
