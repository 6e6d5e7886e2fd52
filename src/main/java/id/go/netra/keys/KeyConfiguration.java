package id.go.netra.keys;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

import id.go.netra.DataDirectory;

/**
 * The keys, from {@code netra.keys.directory} (default {@code <data-dir>/keys}): {@code key-encryption.json}
 * (the embedded key-encryption key, in clear, readable by its owner only), and {@code keyed-hash.json},
 * {@code signing.json} and {@code sealed-files.json}, all encrypted under it.
 */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

	static {
		try {
			AeadConfig.register();
			PrfConfig.register();
			SignatureConfig.register();
			StreamingAeadConfig.register();
		}
		catch (GeneralSecurityException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private final Path directory;

	KeyConfiguration(KeySettings settings, DataDirectory dataDirectory) {
		this.directory = settings.directory() == null || settings.directory().isBlank() ? dataDirectory.resolve("keys")
				: Paths.get(settings.directory()).toAbsolutePath();
	}

	@Bean
	@ConditionalOnMissingBean
	KeyEncryptionKey keyEncryptionKey() {
		return new LocalKeyEncryptionKey(new KeysetFile(directory.resolve("key-encryption.json")));
	}

	@Bean
	KeyedHashes keyedHashes(KeyEncryptionKey kek) {
		return new KeyedHashes(WrappedKeyset.load(new KeysetFile(directory.resolve("keyed-hash.json")), kek,
				PredefinedPrfParameters.HMAC_SHA256_PRF));
	}

	@Bean
	Signatures signatures(KeyEncryptionKey kek) {
		return new Signatures(WrappedKeyset.load(new KeysetFile(directory.resolve("signing.json")), kek,
				PredefinedSignatureParameters.ED25519));
	}

	@Bean
	SealedStreams sealedStreams(KeyEncryptionKey kek) {
		return new SealedStreams(WrappedKeyset.load(new KeysetFile(directory.resolve("sealed-files.json")), kek,
				PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB));
	}
}
