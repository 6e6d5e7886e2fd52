package id.go.netra.keys;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * Ed25519 signatures under a key kept outside the database: what Netra signs (the audit trail's checkpoints) cannot
 * be re-signed by someone who can only change the database. The public key is published so that anyone can check
 * a signature without Netra.
 */
public class Signatures {

	private final PublicKeySign signer;
	private final PublicKeyVerify verifier;
	private final String publicKeyset;

	Signatures(KeysetHandle handle) {
		try {
			this.signer = handle.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
			KeysetHandle publicHandle = handle.getPublicKeysetHandle();
			this.verifier = publicHandle.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
			this.publicKeyset = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicHandle);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public byte[] sign(byte[] data) {
		try {
			return signer.sign(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether the signature was made over exactly these bytes by Netra's signing key. */
	public boolean verify(byte[] signature, byte[] data) {
		try {
			verifier.verify(signature, data);
			return true;
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	/** The public half of the signing keyset as Tink JSON, for publishing. */
	public String publicKeyset() {
		return publicKeyset;
	}
}
