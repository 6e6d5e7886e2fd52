package id.go.netra.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.netra.DataDirectory;

/** Sealed files: streamed in and out, opened after a restart, and only in the context they were sealed in. */
class SealedStreamsTests {

	@TempDir
	Path directory;

	private SealedStreams streams() {
		KeyConfiguration config = new KeyConfiguration(new KeySettings(directory.toString()), new DataDirectory(Path.of("/unused")));
		return config.sealedStreams(config.keyEncryptionKey());
	}

	@Test
	void aFileSealedInSegmentsOpensByteForByteAfterARestartAndNowhereElse() throws IOException {
		byte[] plain = new byte[3 * 1024 * 1024 + 17];
		new Random(7).nextBytes(plain);
		byte[] owner = "Pemilik: Budi Santoso".getBytes(StandardCharsets.UTF_8);
		System.arraycopy(owner, 0, plain, 1000, owner.length);

		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		try (OutputStream out = streams().sealing(sealed, "evidence:abc")) {
			out.write(plain);
		}
		assertThat(new String(sealed.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("Budi Santoso");

		try (InputStream in = streams().opening(new ByteArrayInputStream(sealed.toByteArray()), "evidence:abc")) {
			assertThat(in.readAllBytes()).isEqualTo(plain);
		}
		assertThatThrownBy(() -> {
			try (InputStream in = streams().opening(new ByteArrayInputStream(sealed.toByteArray()), "evidence:abd")) {
				in.readAllBytes();
			}
		}).isInstanceOfAny(IOException.class, Envelopes.SealBroken.class);

		byte[] changed = sealed.toByteArray();
		changed[changed.length / 2] ^= 1;
		assertThatThrownBy(() -> {
			try (InputStream in = streams().opening(new ByteArrayInputStream(changed), "evidence:abc")) {
				in.readAllBytes();
			}
		}).isInstanceOf(IOException.class);
	}
}
