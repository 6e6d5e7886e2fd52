package id.go.netra.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;

/**
 * Sealed files too large to hold in memory (a video of 100 MB): AES-256-GCM in 4 KB segments with a key derived
 * per file (Tink's {@code AES256_GCM_HKDF_4KB}), so a file is sealed and opened as it streams, and a segment that
 * was changed, cut off or moved fails to open. The keyset is kept encrypted under the {@link KeyEncryptionKey};
 * the context (what the file is, e.g. its hash) is bound as associated data, so a sealed file renamed to another's
 * place does not open there.
 */
public class SealedStreams {

	private final StreamingAead streaming;

	SealedStreams(KeysetHandle handle) {
		try {
			this.streaming = handle.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A stream that seals what is written to it into {@code sealed}; closing it writes the last segment. */
	public OutputStream sealing(OutputStream sealed, String context) {
		try {
			return streaming.newEncryptingStream(sealed, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Netra could not seal a file", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A stream of the plain bytes of what {@link #sealing(OutputStream, String)} sealed in the same context. A
	 * changed, truncated or misplaced file fails with an {@link IOException} when the broken segment is read.
	 */
	public InputStream opening(InputStream sealed, String context) {
		try {
			return streaming.newDecryptingStream(sealed, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new Envelopes.SealBroken(context, e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
