package id.go.netra.documents;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.List;

/** A sealing key read from a PKCS#12 file into memory. */
record KeyEntrySealingKey(KeyStoreFiles.Entry entry) implements SealingKey {

	@Override
	public List<X509Certificate> chain() {
		return entry.chain();
	}

	@Override
	public byte[] sign(byte[] toBeSigned) {
		try {
			Signature signature = Signature
				.getInstance(entry.key() instanceof ECKey ? "SHA256withECDSA" : "SHA256withRSA");
			signature.initSign(entry.key());
			signature.update(toBeSigned);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the sealing key of " + certificate().getSubjectX500Principal()
					+ " cannot sign", e);
		}
	}

	@Override
	public String toString() {
		return "KeyEntrySealingKey[" + certificate().getSubjectX500Principal() + "]";
	}
}
