package id.go.netra.documents;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Where agencies' sealing keys live: the port an HSM or Indonesia's BSrE signing service implements. Netra asks
 * the devices in their order ({@link org.springframework.core.annotation.Order}) and seals with the first key
 * found for the issuing agency.
 */
public interface SealingDevice {

	/** The agency's key, or empty when this device holds none for it. */
	Optional<SealingKey> keyFor(String agencyCode, String agencyName);

	/** Roots a verifier of this device's seals must trust (the demo authority's own); none by default. */
	default List<X509Certificate> trustAnchors() {
		return List.of();
	}

	/** Revocation lists this device can give for its certificates, DER; none by default. */
	default List<byte[]> revocationLists() {
		return List.of();
	}
}
