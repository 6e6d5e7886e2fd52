package id.go.netra.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.springframework.stereotype.Component;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Envelope encryption: each sealed value gets a fresh AES-256-GCM data key, which is itself encrypted by the
 * {@link KeyEncryptionKey} and stored in front of the ciphertext. The context (a table, a column and a row id) is
 * bound as associated data, so a sealed value copied to another row or column does not open there.
 */
@Component
public class Envelopes {

	private final Aead envelope;

	Envelopes(KeyEncryptionKey kek) {
		try {
			this.envelope = KmsEnvelopeAead.create(PredefinedAeadParameters.AES256_GCM, kek.aead());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Seals bytes under a fresh data key. */
	public byte[] seal(byte[] plaintext, String context) {
		try {
			return envelope.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Netra could not seal a value", e);
		}
	}

	/** Opens what {@link #seal(byte[], String)} sealed in the same context; fails if either was changed. */
	public byte[] open(byte[] sealed, String context) {
		try {
			return envelope.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new SealBroken(context, e);
		}
	}

	/** Seals a text as Base64 (for a text column); null stays null. */
	public String sealText(String plaintext, String context) {
		return plaintext == null ? null
				: Base64.getEncoder().encodeToString(seal(plaintext.getBytes(StandardCharsets.UTF_8), context));
	}

	/** Opens what {@link #sealText(String, String)} sealed; null stays null. */
	public String openText(String sealed, String context) {
		return sealed == null ? null
				: new String(open(Base64.getDecoder().decode(sealed), context), StandardCharsets.UTF_8);
	}

	/** A sealed value that does not open: changed, moved to another context, or sealed under a lost key. */
	public static class SealBroken extends RuntimeException {

		private static final long serialVersionUID = 1L;

		SealBroken(String context, Throwable cause) {
			super("A sealed value does not open in its context " + context, cause);
		}
	}
}
