package id.go.netra.keys;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The embedded default key-encryption key: an AES-256-GCM Tink keyset in a file of its own (created on first
 * start), outside the database. A rotation adds a key and makes it primary; the keys before it stay in the keyset,
 * so whatever they wrapped still opens. A key rotated by another process sharing the directory is picked up the
 * first time something it sealed is opened.
 */
final class LocalKeyEncryptionKey implements KeyEncryptionKey {

	private final KeysetFile file;

	private volatile Aead current;

	LocalKeyEncryptionKey(KeysetFile file) {
		this.file = file;
		synchronized (this) {
			this.current = file.read().map(LocalKeyEncryptionKey::parse).map(LocalKeyEncryptionKey::primitive)
				.orElseGet(this::create);
		}
	}

	@Override
	public Aead aead() {
		return new Aead() {
			@Override
			public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
				return current.encrypt(plaintext, associatedData);
			}

			@Override
			public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
				try {
					return current.decrypt(ciphertext, associatedData);
				}
				catch (GeneralSecurityException unknownKey) {
					reload();
					return current.decrypt(ciphertext, associatedData);
				}
			}
		};
	}

	@Override
	public synchronized long rotate() {
		try {
			KeysetHandle handle = file.read().map(LocalKeyEncryptionKey::parse).orElseThrow();
			KeysetHandle.Builder.Entry entry = KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
				.withRandomId()
				.makePrimary();
			KeysetHandle rotated = KeysetHandle.newBuilder(handle).addEntry(entry).build();
			file.write(TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get()));
			current = primitive(rotated);
			return Integer.toUnsignedLong(rotated.getPrimary().getId());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Netra could not rotate its key-encryption key", e);
		}
	}

	@Override
	public String description() {
		return "keyset file " + file.path();
	}

	private synchronized void reload() {
		file.read().map(LocalKeyEncryptionKey::parse).map(LocalKeyEncryptionKey::primitive).ifPresent(a -> current = a);
	}

	private Aead create() {
		try {
			KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			file.write(TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
			return primitive(handle);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Netra could not create its key-encryption key", e);
		}
	}

	private static KeysetHandle parse(String json) {
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Netra's key-encryption keyset is not a Tink keyset", e);
		}
	}

	private static Aead primitive(KeysetHandle handle) {
		try {
			return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
