package id.go.netra.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * A keyset kept in its file encrypted under the key-encryption key (so the file alone gives nothing away), created
 * on first use with one key of the given parameters.
 */
final class WrappedKeyset {

	private WrappedKeyset() {
	}

	static KeysetHandle load(KeysetFile file, KeyEncryptionKey kek, Parameters parameters) {
		byte[] associated = file.path().getFileName().toString().getBytes(StandardCharsets.UTF_8);
		try {
			var existing = file.read();
			if (existing.isPresent()) {
				return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(existing.get(), kek.aead(), associated);
			}
			KeysetHandle handle = KeysetHandle.generateNew(parameters);
			file.write(TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, kek.aead(), associated));
			return handle;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Netra cannot open its keyset " + file.path()
					+ " with its key-encryption key (is it the keyset this directory was made with?)", e);
		}
	}
}
