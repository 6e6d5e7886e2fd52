package id.go.netra.documents;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An agency's sealing key as Netra may use it: its certificate chain and the one operation of signing. The private
 * key itself may never leave its device (a PKCS#12 file read into memory today; an HSM or BSrE's remote signing
 * service later, behind the same interface).
 */
public interface SealingKey {

	/** The key's certificate first, then its issuers up to, and where known including, the root. */
	List<X509Certificate> chain();

	/** The signature over these bytes with SHA-256 and the key's algorithm (RSA PKCS#1 v1.5 or ECDSA, DER). */
	byte[] sign(byte[] toBeSigned);

	default X509Certificate certificate() {
		return chain().get(0);
	}
}
