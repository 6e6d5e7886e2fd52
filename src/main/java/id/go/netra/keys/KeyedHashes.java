package id.go.netra.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;

/**
 * Keyed hashes (HMAC-SHA256 under a key outside the database): equal inputs give equal hashes, so they can be
 * looked up or counted, but without the key nobody can try every phone number or address to find which one it was.
 * The purpose is part of the input, so a hash made for one use matches nothing made for another.
 */
public class KeyedHashes {

	private final PrfSet prf;

	KeyedHashes(KeysetHandle handle) {
		try {
			this.prf = handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The hash of a value for a purpose, as 64 hexadecimal digits. */
	public String hash(String purpose, String value) {
		try {
			byte[] input = (purpose + '\u0000' + value).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(prf.computePrimary(input, 32));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
