package id.go.netra.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.go.netra.DataDirectory;
import id.go.netra.DemoMode;

/**
 * Netra's own demo certificate authority, so the demo seals its letters with nothing outside: a root ("Netra DEMO
 * Certificate Authority - not for real signatures") and, on an agency's first letter, a certificate for that agency
 * marked DEMO in its name. Keys (EC P-256) are kept under the data directory ({@code signing/demo-ca.p12},
 * {@code signing/agencies/<code>.p12}) so seals stay verifiable across restarts; the root is served at
 * {@code GET /demo/ca.crt} for anyone who wants their reader to trust it, and an empty revocation list is issued
 * at start so a validator finds the certificates not revoked. On in demo mode or with
 * {@code netra.signing.demo-authority=true}; last of the devices, so a configured key always wins.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoSealAuthority implements SealingDevice {

	static final String ROOT_SUBJECT = "CN=Netra DEMO Certificate Authority - not for real signatures,O=Netra demo,C=ID";

	static final String MARK = "Sertifikat DEMO Netra - bukan untuk tanda tangan sebenarnya";

	private static final String SIGNATURE = "SHA256withECDSA";

	/** Guards demo keys whose certificates say they prove nothing. */
	private static final char[] PASSWORD = "netra-demo".toCharArray();

	/** Wide and fixed, like the demo timestamp authority's: drills move the clock. */
	private static final Instant VALID_FROM = Instant.parse("2020-01-01T00:00:00Z");

	private static final Instant VALID_UNTIL = Instant.parse("2100-01-01T00:00:00Z");

	private static final Duration CRL_VALIDITY = Duration.ofDays(3650);

	private final SigningSettings settings;
	private final DemoMode demoMode;
	private final Path directory;
	private final Clock clock;
	private final SecureRandom serials = new SecureRandom();
	private final Map<String, SealingKey> agencies = new ConcurrentHashMap<>();
	private volatile KeyStoreFiles.Entry root;
	private volatile byte[] revocationList;

	DemoSealAuthority(SigningSettings settings, DemoMode demoMode, DataDirectory dataDirectory, Clock clock) {
		this.settings = settings;
		this.demoMode = demoMode;
		this.directory = dataDirectory.resolve("signing");
		this.clock = clock;
	}

	boolean enabled() {
		return settings.demoAuthority() != null ? settings.demoAuthority() : demoMode.enabled();
	}

	@Override
	public Optional<SealingKey> keyFor(String agencyCode, String agencyName) {
		if (!enabled()) {
			return Optional.empty();
		}
		String code = agencyCode == null || agencyCode.isBlank() ? "NETRA" : agencyCode.strip();
		String name = agencyName == null || agencyName.isBlank() ? code : agencyName.strip();
		return Optional.of(agencies.computeIfAbsent(code.toUpperCase(Locale.ROOT), key -> agencyKey(key, name)));
	}

	@Override
	public List<X509Certificate> trustAnchors() {
		return enabled() ? List.of(root().certificate()) : List.of();
	}

	@Override
	public List<byte[]> revocationLists() {
		return enabled() ? List.of(revocationList()) : List.of();
	}

	/** The root a reader trusts to see the demo's seals as valid; served at {@code GET /demo/ca.crt}. */
	X509Certificate rootCertificate() {
		return root().certificate();
	}

	private SealingKey agencyKey(String code, String name) {
		Path file = directory.resolve("agencies").resolve(code.replaceAll("[^A-Z0-9-]", "_") + ".p12");
		try {
			synchronized (this) {
				if (!Files.exists(file)) {
					KeyStoreFiles.write(file, "seal", issue(name), PASSWORD);
				}
			}
			return new KeyEntrySealingKey(KeyStoreFiles.read(file, PASSWORD, "seal"));
		}
		catch (IOException | GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Netra cannot read or make the demo sealing key " + file
					+ "; delete the file to have a new one made", e);
		}
	}

	private KeyStoreFiles.Entry issue(String agencyName)
			throws GeneralSecurityException, OperatorCreationException, IOException {
		KeyStoreFiles.Entry issuer = root();
		KeyPair keys = keyPair();
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "ID")
			.addRDN(BCStyle.O, agencyName)
			.addRDN(BCStyle.OU, MARK)
			.addRDN(BCStyle.CN, agencyName + " (DEMO)")
			.build();
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(new JcaX509v3CertificateBuilder(issuer.certificate(), new BigInteger(64, serials),
					Date.from(VALID_FROM), Date.from(VALID_UNTIL), subject, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(issuer.certificate()))
				.build(new JcaContentSignerBuilder(SIGNATURE).build(issuer.key())));
		return new KeyStoreFiles.Entry(keys.getPrivate(), List.of(certificate, issuer.certificate()));
	}

	private KeyStoreFiles.Entry root() {
		KeyStoreFiles.Entry current = root;
		if (current == null) {
			synchronized (this) {
				if (root == null) {
					root = readOrMakeRoot();
				}
				current = root;
			}
		}
		return current;
	}

	private KeyStoreFiles.Entry readOrMakeRoot() {
		Path file = directory.resolve("demo-ca.p12");
		try {
			if (!Files.exists(file)) {
				KeyPair keys = keyPair();
				X500Name name = new X500Name(ROOT_SUBJECT);
				JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
				X509Certificate certificate = new JcaX509CertificateConverter()
					.getCertificate(new JcaX509v3CertificateBuilder(name, new BigInteger(64, serials),
							Date.from(VALID_FROM), Date.from(VALID_UNTIL), name, keys.getPublic())
						.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
						.addExtension(Extension.keyUsage, true,
								new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
						.addExtension(Extension.subjectKeyIdentifier, false,
								extensions.createSubjectKeyIdentifier(keys.getPublic()))
						.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
				KeyStoreFiles.write(file, "ca", new KeyStoreFiles.Entry(keys.getPrivate(), List.of(certificate)),
						PASSWORD);
			}
			return KeyStoreFiles.read(file, PASSWORD, "ca");
		}
		catch (IOException | GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Netra cannot read or make its demo certificate authority " + file
					+ "; delete the directory " + directory + " to have a new one made", e);
		}
	}

	/** Revokes nothing; issued once per run, valid for years, so a letter checked later still finds it. */
	private byte[] revocationList() {
		byte[] current = revocationList;
		if (current == null) {
			KeyStoreFiles.Entry issuer = root();
			Instant now = clock.instant();
			try {
				X509CRL crl = new JcaX509CRLConverter()
					.getCRL(new X509v2CRLBuilder(X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
							Date.from(now.minus(Duration.ofMinutes(1))))
						.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)))
						.addExtension(Extension.authorityKeyIdentifier, false,
								new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()))
						.build(new JcaContentSignerBuilder(SIGNATURE).build(issuer.key())));
				current = crl.getEncoded();
			}
			catch (GeneralSecurityException | OperatorCreationException | IOException e) {
				throw new IllegalStateException("the demo certificate authority cannot issue its revocation list", e);
			}
			revocationList = current;
		}
		return current;
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}
}
