package id.go.netra.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.PAdESTimestampParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.simplereport.SimpleReport;

/**
 * Electronic seals on Netra's documents (PAdES, with EU DSS on PDFBox) and their check. A document is sealed with the
 * key of the agency that issues it, from the first {@link SealingDevice} that holds one; PAdES-BASELINE-T with an
 * RFC 3161 timestamp over the signature when a timestamp authority is configured, BASELINE-B otherwise (and when
 * the authority cannot be reached: the seal is not held back for the stamp). A check reads every signature in a
 * PDF and says, for each, who signed, when, with which certificate, and whether it still holds.
 */
@Service("documentSignatures") // "signatures" is the keys module's signing keys
public class Signatures {

	private static final Logger log = LoggerFactory.getLogger(Signatures.class);

	private static final TimeZone WIB = TimeZone.getTimeZone(IndonesianDate.ZONE);

	private final List<SealingDevice> devices;
	private final TimestampAuthority timestamps;
	private final DemoTimestampAuthority demoTimestamps;

	Signatures(List<SealingDevice> devices, TimestampAuthority timestamps, DemoTimestampAuthority demoTimestamps) {
		this.devices = List.copyOf(devices);
		this.timestamps = timestamps;
		this.demoTimestamps = demoTimestamps;
	}

	/**
	 * DSS loads and initialises a few thousand classes on its first signature (about 2.5 s), which the first letter
	 * would otherwise spend holding its number's lock. Done once after start-up, in the background: a blank page
	 * sealed with a throwaway key made in memory (nothing stored, no timestamp asked), then checked.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warm = new Thread(() -> {
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
				generator.initialize(new ECGenParameterSpec("secp256r1"));
				KeyPair keys = generator.generateKeyPair();
				X500Name name = new X500Name("CN=Netra warm-up");
				X509Certificate certificate = new JcaX509CertificateConverter()
					.getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
							Date.from(Instant.now().minusSeconds(60)), Date.from(Instant.now().plusSeconds(3600)), name,
							keys.getPublic())
						.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
				SealingKey throwaway = new KeyEntrySealingKey(
						new KeyStoreFiles.Entry(keys.getPrivate(), List.of(certificate)));
				check(seal(throwaway, PdfText.blankPage(), "warm-up", "-", Instant.now(), false));
			}
			catch (Exception | LinkageError e) {
				log.warn("Warming up the PDF signature engine failed; the first letter will take longer", e);
			}
		}, "signature-warm-up");
		warm.setDaemon(true);
		warm.start();
	}

	/** What seals an agency's documents: its certificate, for the signature block's statement. */
	public Optional<X509Certificate> certificateOf(String agencyCode, String agencyName) {
		return key(agencyCode, agencyName).map(SealingKey::certificate);
	}

	/**
	 * The PDF sealed by the agency: the same document with a signature added as an incremental update.
	 *
	 * @param reason why it is signed, shown by PDF readers ("Surat peringatan 800/PRG/...")
	 * @param location where ("Jakarta")
	 * @param signedAt the time the signature states (the letter's time of issue)
	 * @throws IllegalStateException when no device holds a key for the agency (no keystore configured, demo
	 * authority off): a configuration error an operator must fix
	 */
	public byte[] seal(String agencyCode, String agencyName, byte[] pdf, String reason, String location,
			Instant signedAt) {
		SealingKey key = key(agencyCode, agencyName).orElseThrow(() -> new IllegalStateException(
				"no sealing key for agency " + agencyCode + ": configure netra.signing.agencies." + agencyCode
						+ ".keystore or netra.signing.operator.keystore (or netra.signing.demo-authority=true)"));
		boolean stamped = timestamps.configured();
		try {
			return seal(key, pdf, reason, location, signedAt, stamped);
		}
		catch (TimestampUnavailable | DSSException e) {
			if (!stamped || !(e instanceof TimestampUnavailable || e.getCause() instanceof TimestampUnavailable)) {
				throw e;
			}
			log.warn("Sealing without a timestamp (PAdES-BASELINE-B): {}", e.getMessage());
			return seal(key, pdf, reason, location, signedAt, false);
		}
	}

	private byte[] seal(SealingKey key, byte[] pdf, String reason, String location, Instant signedAt,
			boolean stamped) {
		PAdESService service = new PAdESService(verifier());
		service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
		PAdESSignatureParameters parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(level(key, stamped));
		if (stamped) {
			service.setTspSource((algorithm, digest) -> timestampOver(algorithm, digest));
			parameters.setSignatureTimestampParameters(new PAdESTimestampParameters(DigestAlgorithm.SHA256));
			parameters.setArchiveTimestampParameters(new PAdESTimestampParameters(DigestAlgorithm.SHA256));
		}
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(new CertificateToken(key.certificate()));
		parameters.setCertificateChain(key.chain().stream().map(CertificateToken::new).toList());
		parameters.bLevel().setSigningDate(Date.from(signedAt));
		parameters.setSigningTimeZone(WIB);
		parameters.setReason(reason);
		parameters.setLocation(location);
		parameters.setAppName("Netra");
		DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
		ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
		SignatureValue value = new SignatureValue(
				SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(key.certificate().getPublicKey()),
						DigestAlgorithm.SHA256),
				key.sign(toBeSigned.getBytes()));
		try {
			return service.signDocument(document, parameters, value).openStream().readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException("the sealed PDF could not be read back from memory", e);
		}
	}

	/**
	 * B-B without a timestamp authority; B-T with one; B-LTA (revocation data and an archive timestamp in the
	 * document, so it can be validated long after the certificate expires) when the key's device can also give the
	 * revocation lists of its chain.
	 */
	private SignatureLevel level(SealingKey key, boolean stamped) {
		if (!stamped) {
			return SignatureLevel.PAdES_BASELINE_B;
		}
		boolean revocationAtHand = devices.stream()
			.anyMatch(device -> !device.revocationLists().isEmpty()
					&& device.trustAnchors().contains(key.chain().get(key.chain().size() - 1)));
		return revocationAtHand ? SignatureLevel.PAdES_BASELINE_LTA : SignatureLevel.PAdES_BASELINE_T;
	}

	private eu.europa.esig.dss.model.TimestampBinary timestampOver(DigestAlgorithm algorithm, byte[] digest) {
		if (algorithm != DigestAlgorithm.SHA256) {
			throw new IllegalArgumentException("Netra stamps SHA-256 digests only, not " + algorithm);
		}
		return timestamps.stamp(digest)
			.map(token -> new eu.europa.esig.dss.model.TimestampBinary(token.encoded()))
			.orElseThrow(() -> new TimestampUnavailable("the timestamp authority", "it is no longer configured",
					null));
	}

	/**
	 * Every signature in the PDF, checked against the roots this Netra trusts (the configured trust anchors and, in
	 * demo mode, the demo authorities). Never throws for bad bytes: a file that is no PDF is {@code readable=false}.
	 */
	public SignatureReport check(byte[] pdf) {
		SignedDocumentValidator validator;
		try {
			validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "document.pdf"));
		}
		catch (RuntimeException notAPdf) {
			return SignatureReport.unreadable();
		}
		validator.setCertificateVerifier(verifier());
		Reports reports;
		try {
			reports = validator.validateDocument();
		}
		catch (RuntimeException unreadable) {
			log.debug("A document could not be validated", unreadable);
			return SignatureReport.unreadable();
		}
		long coveredUntil = PdfRevisions.lastSignedByte(pdf);
		List<SignatureReport.Signature> found = new ArrayList<>();
		SimpleReport simple = reports.getSimpleReport();
		for (String id : simple.getSignatureIdList()) {
			found.add(signature(simple, reports.getDiagnosticData().getSignatureById(id), id,
					PdfRevisions.onlyPaddingAfter(pdf, coveredUntil)));
		}
		return new SignatureReport(found, true);
	}

	private static SignatureReport.Signature signature(SimpleReport simple, SignatureWrapper wrapper, String id,
			boolean whole) {
		CertificateWrapper certificate = wrapper.getSigningCertificate();
		boolean intact = wrapper.isSignatureIntact() && wrapper.isSignatureValid();
		boolean trusted = certificate != null && certificate.getCertificateChain().stream()
			.anyMatch(CertificateWrapper::isTrusted) || certificate != null && certificate.isTrusted();
		Indication indication = simple.getIndication(id);
		SignatureReport.Verdict verdict;
		String reason;
		if (!intact) {
			verdict = SignatureReport.Verdict.INVALID;
			reason = certificate == null ? "noCertificate" : "altered";
		}
		else if (!whole) {
			verdict = SignatureReport.Verdict.INVALID;
			reason = "appended";
		}
		else if (indication == Indication.TOTAL_PASSED || indication == Indication.PASSED) {
			verdict = SignatureReport.Verdict.VALID;
			reason = null;
		}
		else if (indication == Indication.TOTAL_FAILED || indication == Indication.FAILED) {
			verdict = SignatureReport.Verdict.INVALID;
			reason = reason(simple.getSubIndication(id), trusted);
		}
		else {
			verdict = SignatureReport.Verdict.INDETERMINATE;
			reason = reason(simple.getSubIndication(id), trusted);
		}
		Instant timestamped = wrapper.getTimestampList()
			.stream()
			.filter(TimestampWrapper::isMessageImprintDataIntact)
			.map(TimestampWrapper::getProductionTime)
			.filter(time -> time != null)
			.map(Date::toInstant)
			.min(Instant::compareTo)
			.orElse(null);
		return new SignatureReport.Signature(
				certificate == null ? simple.getSignedBy(id) : certificate.getCommonName(),
				certificate == null ? null : certificate.getOrganizationName(),
				certificate == null ? null : certificate.getCertificateDN(),
				certificate == null ? null : certificate.getCertificateIssuerDN(),
				certificate == null ? null : serial(certificate.getSerialNumber()),
				certificate == null || certificate.getDigestAlgoAndValue() == null ? null
						: HexFormat.of().formatHex(certificate.getDigestAlgoAndValue().getDigestValue()),
				wrapper.getClaimedSigningTime() == null ? null : wrapper.getClaimedSigningTime().toInstant(),
				timestamped, wrapper.getSignatureFormat() == null ? null : wrapper.getSignatureFormat().toString(),
				intact, whole, trusted, verdict, reason);
	}

	/** The reason in a word a message key can carry; the page says it in the reader's language. */
	private static String reason(SubIndication sub, boolean trusted) {
		if (!trusted) {
			return "untrusted";
		}
		if (sub == null) {
			return "unknown";
		}
		return switch (sub) {
			case HASH_FAILURE, SIG_CRYPTO_FAILURE -> "altered";
			case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> "revoked";
			case OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED, EXPIRED -> "expired";
			case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE -> "untrusted";
			case TRY_LATER, REVOCATION_OUT_OF_BOUNDS_NO_POE -> "statusUnknown";
			default -> "unknown";
		};
	}

	/** DSS gives serial numbers in decimal already; kept as given, trimmed. */
	private static String serial(String serial) {
		return serial == null ? null : serial.strip();
	}

	/** Offline: the trusted roots and revocation lists the devices give; no fetching from the internet. */
	private CommonCertificateVerifier verifier() {
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setAIASource(null);
		verifier.setOcspSource(null);
		CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
		List<InMemoryDocument> revocationLists = new ArrayList<>();
		for (SealingDevice device : devices) {
			device.trustAnchors().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
			device.revocationLists().forEach(crl -> revocationLists.add(new InMemoryDocument(crl)));
		}
		if (demoTimestamps.enabled()) {
			trusted.addCertificate(new CertificateToken(demoTimestamps.certificate()));
		}
		verifier.setTrustedCertSources(trusted);
		if (!revocationLists.isEmpty()) {
			verifier.setCrlSource(new ExternalResourcesCRLSource(revocationLists.toArray(DSSDocument[]::new)));
		}
		return verifier;
	}

	private Optional<SealingKey> key(String agencyCode, String agencyName) {
		for (SealingDevice device : devices) {
			Optional<SealingKey> key = device.keyFor(agencyCode, agencyName);
			if (key.isPresent()) {
				return key;
			}
		}
		return Optional.empty();
	}
}
