package id.go.netra.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agencies' PKCS#12 files an operator configures ({@link SigningSettings}): each agency's own, else the
 * operator's. Each file is read once, on its first seal; a file that cannot be read fails that seal with the reason,
 * and the trust anchors are read at start-up so a wrong path stops Netra at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KeystoreSealingDevice implements SealingDevice {

	private final SigningSettings settings;
	private final List<X509Certificate> anchors;
	private final Map<SigningSettings.Keystore, SealingKey> read = new ConcurrentHashMap<>();

	KeystoreSealingDevice(SigningSettings settings) {
		this.settings = settings;
		this.anchors = settings.trustAnchors().stream().map(KeystoreSealingDevice::certificate).toList();
	}

	@Override
	public Optional<SealingKey> keyFor(String agencyCode, String agencyName) {
		SigningSettings.Keystore keystore = agencyCode == null ? null : settings.agencies().get(agencyCode);
		if (keystore == null) {
			keystore = settings.operator();
		}
		return Optional.ofNullable(keystore).map(file -> read.computeIfAbsent(file, KeystoreSealingDevice::open));
	}

	@Override
	public List<X509Certificate> trustAnchors() {
		return anchors;
	}

	private static SealingKey open(SigningSettings.Keystore file) {
		try {
			return new KeyEntrySealingKey(
					KeyStoreFiles.read(file.keystore(), file.password().toCharArray(), file.alias()));
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("Netra cannot read the sealing key in " + file.keystore() + ": "
					+ e.getMessage() + " (check netra.signing's keystore, password and alias)", e);
		}
	}

	private static X509Certificate certificate(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("the trust anchor " + file + " is no X.509 certificate (PEM or DER)", e);
		}
	}
}
