package id.go.netra.keys;

import com.google.crypto.tink.Aead;

/**
 * The key that wraps every other key (the data key of each sealed record, the keyed-hash and signing keysets): the
 * port a key management service or an HSM stands behind in production. The embedded default is a Tink keyset file
 * under {@code netra.keys.directory}; a deployment that declares its own bean of this type (a cloud KMS or an
 * HSM through Tink's {@code KmsClient}) replaces it.
 */
public interface KeyEncryptionKey {

	/** The current key; a rotated key still opens what the keys before it sealed. */
	Aead aead();

	/**
	 * Adds a new key and makes it the one that seals from now on; everything sealed before stays readable, with no
	 * downtime. Returns the new key's id.
	 */
	long rotate();

	/** Where the key is held, for health and the administrator (never the key itself). */
	String description();
}
