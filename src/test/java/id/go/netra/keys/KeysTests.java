package id.go.netra.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.netra.DataDirectory;

/** The keys as a process meets them: created on first start, found again on the next, rotated while in use. */
class KeysTests {

	@TempDir
	Path directory;

	private KeyConfiguration keys() {
		return new KeyConfiguration(new KeySettings(directory.toString()), new DataDirectory(Path.of("/unused")));
	}

	@Test
	void aSealedValueOpensOnlyInItsOwnContextAndAfterARestart() throws Exception {
		KeyConfiguration first = keys();
		Envelopes envelopes = new Envelopes(first.keyEncryptionKey());
		String sealed = envelopes.sealText("Siti Rahayu, siti@example.org", "report:7:reporter_name");
		assertThat(sealed).doesNotContain("Siti");
		assertThat(envelopes.sealText("Siti Rahayu, siti@example.org", "report:7:reporter_name"))
			.as("a fresh data key each time").isNotEqualTo(sealed);
		assertThatThrownBy(() -> envelopes.openText(sealed, "report:8:reporter_name"))
			.isInstanceOf(Envelopes.SealBroken.class);

		Envelopes afterRestart = new Envelopes(keys().keyEncryptionKey());
		assertThat(afterRestart.openText(sealed, "report:7:reporter_name")).isEqualTo("Siti Rahayu, siti@example.org");
		assertThat(Files.readString(directory.resolve("key-encryption.json"))).contains("AesGcmKey");
	}

	@Test
	void aRotatedKeyStillOpensWhatTheOldOneSealed() throws Exception {
		KeyEncryptionKey kek = keys().keyEncryptionKey();
		Envelopes envelopes = new Envelopes(kek);
		String before = envelopes.sealText("lama", "c");
		long newKey = kek.rotate();
		String after = envelopes.sealText("baru", "c");
		assertThat(envelopes.openText(before, "c")).isEqualTo("lama");
		assertThat(envelopes.openText(after, "c")).isEqualTo("baru");
		assertThat(Files.exists(directory.resolve("key-encryption.json"))).isTrue();

		// another process that started before the rotation opens what was sealed under the new key
		Envelopes elsewhere = new Envelopes(new LocalKeyEncryptionKey(new KeysetFile(directory.resolve("key-encryption.json"))));
		assertThat(elsewhere.openText(after, "c")).isEqualTo("baru");
		assertThat(Files.readString(directory.resolve("key-encryption.json")))
			.as("the new key is in the keyset as its primary").contains("\"primaryKeyId\":" + newKey)
			.containsPattern("(?s)keyId.*keyId");
	}

	@Test
	void aKeyedHashDependsOnPurposeAndKeyAndSurvivesARestart() throws Exception {
		KeyConfiguration config = keys();
		KeyedHashes hashes = config.keyedHashes(config.keyEncryptionKey());
		String hash = hashes.hash("source-address", "203.0.113.9");
		assertThat(hash).hasSize(64).isEqualTo(hashes.hash("source-address", "203.0.113.9"));
		assertThat(hashes.hash("phone", "203.0.113.9")).isNotEqualTo(hash);
		KeyConfiguration again = keys();
		assertThat(again.keyedHashes(again.keyEncryptionKey()).hash("source-address", "203.0.113.9")).isEqualTo(hash);
		assertThat(new KeyedHashes(com.google.crypto.tink.KeysetHandle.generateNew(
				com.google.crypto.tink.prf.PredefinedPrfParameters.HMAC_SHA256_PRF)).hash("source-address", "203.0.113.9"))
			.as("another key").isNotEqualTo(hash);
	}

	@Test
	void aSignatureChecksOnlyOverTheSignedBytes() {
		KeyConfiguration config = keys();
		Signatures signatures = config.signatures(config.keyEncryptionKey());
		byte[] head = "audit 1200 9f86d081884c7d65".getBytes(StandardCharsets.UTF_8);
		byte[] signature = signatures.sign(head);
		assertThat(signatures.verify(signature, head)).isTrue();
		head[0] ^= 1;
		assertThat(signatures.verify(signature, head)).isFalse();
		assertThat(signatures.publicKeyset()).contains("Ed25519PublicKey").doesNotContain("Ed25519PrivateKey");
		KeyConfiguration again = keys();
		assertThat(again.signatures(again.keyEncryptionKey()).publicKeyset()).isEqualTo(signatures.publicKeyset());
	}
}
