package id.go.netra.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import id.go.netra.DataDirectory;
import id.go.netra.DemoMode;

/**
 * Netra's own RFC 3161 authority, so the demo timestamps evidence with nothing outside: in-process for
 * {@link TimestampAuthority}, and over HTTP at {@code POST /demo/tsa} (DemoTimestampController) for anyone who wants
 * to try a real client. Its key (EC P-256) and self-signed certificate are made on first use and kept under the data
 * directory ({@code timestamping/demo-authority.p12}), so tokens stay verifiable across restarts. Its name says what
 * it is: "Netra DEMO Timestamp Authority - not for evidence". On in demo mode or with
 * {@code netra.timestamping.demo-authority=true}.
 */
@Component
class DemoTimestampAuthority implements TimestampServer {

	static final String SUBJECT = "CN=Netra DEMO Timestamp Authority - not for evidence,O=Netra demo,C=ID";

	/** A policy OID of Netra's own under 2.25 (UUID-based OIDs, ITU-T X.667, need no registration). */
	static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("2.25.17408535635460338821334068970718189122");

	static final String FILE = "demo-authority.p12";

	private static final String ALIAS = "tsa";

	private static final String SIGNATURE = "SHA256withECDSA";

	/** A PKCS#12 file needs a password; this one guards a demo key whose certificate says it proves nothing. */
	private static final char[] PASSWORD = "netra-demo".toCharArray();

	/**
	 * A wide validity, fixed: demo tokens must verify whatever a drill sets the clock to. A real authority's
	 * certificate is what bounds real tokens.
	 */
	private static final Instant VALID_FROM = Instant.parse("2020-01-01T00:00:00Z");

	private static final Instant VALID_UNTIL = Instant.parse("2100-01-01T00:00:00Z");

	private final TimestampSettings settings;
	private final DemoMode demoMode;
	private final Path directory;
	private final Clock clock;
	private final SecureRandom serials = new SecureRandom();
	private volatile TimeStampResponseGenerator responses;

	@Autowired
	DemoTimestampAuthority(TimestampSettings settings, DemoMode demoMode, DataDirectory dataDirectory, Clock clock) {
		this.settings = settings;
		this.demoMode = demoMode;
		this.directory = dataDirectory.resolve("timestamping");
		this.clock = clock;
	}

	boolean enabled() {
		return settings.demoAuthority() != null ? settings.demoAuthority() : demoMode.enabled();
	}

	/**
	 * The reply to a query, as an RFC 3161 authority gives it: a token, or a rejection with its reason (a body that
	 * is no request, a digest other than SHA-256/384/512).
	 */
	@Override
	public byte[] answer(byte[] query) {
		TimeStampResponseGenerator generator = responses();
		try {
			TimeStampRequest request;
			try {
				request = new TimeStampRequest(query);
			}
			catch (IOException | RuntimeException notARequest) {
				return generator.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
						"not an RFC 3161 timestamp request").getEncoded();
			}
			// random 127-bit serial numbers are unique without a counter to keep
			return generator.generate(request, new BigInteger(127, serials), Date.from(clock.instant())).getEncoded();
		}
		catch (TSPException | IOException e) {
			throw new IllegalStateException("the demo timestamp authority cannot sign", e);
		}
	}

	@Override
	public String name() {
		return "Netra demo timestamp authority";
	}

	private TimeStampResponseGenerator responses() {
		TimeStampResponseGenerator current = responses;
		if (current == null) {
			synchronized (this) {
				if (responses == null) {
					responses = generator(keys());
				}
				current = responses;
			}
		}
		return current;
	}

	private static TimeStampResponseGenerator generator(KeyStoreFiles.Entry keys) {
		X509Certificate certificate = keys.certificate();
		try {
			TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
					new JcaSimpleSignerInfoGeneratorBuilder().build(SIGNATURE, keys.key(), certificate),
					new JcaDigestCalculatorProviderBuilder().build()
						.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
					POLICY);
			tokens.addCertificates(new JcaCertStore(List.of(certificate)));
			tokens.setAccuracySeconds(1);
			return new TimeStampResponseGenerator(tokens,
					Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384, TSPAlgorithms.SHA512));
		}
		catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
			throw new IllegalStateException("the demo timestamp authority cannot use its key", e);
		}
	}

	private KeyStoreFiles.Entry keys() {
		Path file = directory.resolve(FILE);
		try {
			if (!Files.exists(file)) {
				KeyStoreFiles.write(file, ALIAS, create(), PASSWORD);
			}
			return KeyStoreFiles.read(file, PASSWORD, ALIAS);
		}
		catch (IOException | GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Netra cannot read or make its demo timestamp key " + file
					+ "; delete the file to have a new one made", e);
		}
	}

	private KeyStoreFiles.Entry create() throws GeneralSecurityException, OperatorCreationException, IOException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name(SUBJECT);
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(new JcaX509v3CertificateBuilder(name, new BigInteger(64, serials), Date.from(VALID_FROM),
					Date.from(VALID_UNTIL), name, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				// RFC 3161 section 2.3: the one purpose, critical
				.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
				.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
		return new KeyStoreFiles.Entry(keys.getPrivate(), List.of(certificate));
	}

	/** The authority's certificate, for a verifier to trust: served at {@code GET /demo/tsa.crt}. */
	X509Certificate certificate() {
		return keys().certificate();
	}
}
