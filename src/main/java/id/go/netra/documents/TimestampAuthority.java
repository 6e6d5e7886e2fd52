package id.go.netra.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * RFC 3161 timestamps for evidence (monitoring's post snapshots, later PAdES signatures): {@link #stamp} asks the
 * configured authority ({@code netra.timestamping.url}), or Netra's own demo authority in-process, to state that a
 * SHA-256 digest existed now; {@link #verify} checks a token against a digest at any later time, offline. ADR 0037.
 */
@Service
public final class TimestampAuthority {

	private static final SecureRandom NONCES = new SecureRandom();

	private final TimestampServer remote;
	private final DemoTimestampAuthority demo;

	@Autowired
	TimestampAuthority(TimestampSettings settings, DemoTimestampAuthority demo) {
		this(settings.remote() ? new RemoteTimestampServer(settings) : null, demo);
	}

	TimestampAuthority(TimestampServer remote, DemoTimestampAuthority demo) {
		this.remote = remote;
		this.demo = demo;
	}

	/** Whether an authority is there to ask: a configured url, or the demo authority switched on. */
	public boolean configured() {
		return server().isPresent();
	}

	/**
	 * A token over this SHA-256 digest, with a fresh nonce and the authority's certificate inside; empty when no
	 * authority is configured (no url, demo authority off).
	 *
	 * @throws TimestampUnavailable when the authority cannot be reached in time, refuses, or answers with a token
	 * that does not hold: nothing was stamped, ask again later
	 */
	public Optional<TimestampToken> stamp(byte[] sha256Digest) {
		requireSha256(sha256Digest);
		Optional<TimestampServer> server = server();
		if (server.isEmpty()) {
			return Optional.empty();
		}
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256Digest,
				new BigInteger(64, NONCES));
		byte[] answer = server.get().answer(encoded(request));
		byte[] token = tokenFrom(answer, request, server.get());
		TimestampVerification verification = verify(token, sha256Digest);
		if (!verification.intact()) {
			throw new TimestampUnavailable(server.get().name(),
					"its token does not hold (" + verification.reasonCode() + ")", null);
		}
		return Optional.of(new TimestampToken(token, verification.genTime(), verification.authority(),
				verification.serialNumber()));
	}

	/**
	 * Whether the token was made over this SHA-256 digest and its signature holds under the certificate it carries,
	 * with what it states. Needs no network: a token verifies as long as it is kept, whatever became of the
	 * authority. Never throws for bad bytes: they give {@code intact=false} and a reason.
	 */
	public TimestampVerification verify(byte[] tokenBytes, byte[] sha256Digest) {
		requireSha256(sha256Digest);
		org.bouncycastle.tsp.TimeStampToken token;
		X509CertificateHolder signer;
		TimestampVerification read;
		try {
			CMSSignedData signed = new CMSSignedData(tokenBytes);
			if (!wellFormed(signed)) {
				return TimestampVerification.unreadable();
			}
			token = new org.bouncycastle.tsp.TimeStampToken(signed);
			signer = signer(token);
			TimeStampTokenInfo info = token.getTimeStampInfo();
			read = new TimestampVerification(false, info.getGenTime().toInstant(),
					signer == null ? null : signer.getSubject().toString(), info.getSerialNumber().toString(),
					info.getPolicy().getId(), null);
		}
		catch (Exception unreadable) {
			// the bytes come from storage or from outside, and BouncyCastle parses lazily: whatever it throws on
			// them, here or while reading the parts, means the same
			return TimestampVerification.unreadable();
		}
		return read.judged(reason(token, signer, sha256Digest));
	}

	private static String reason(org.bouncycastle.tsp.TimeStampToken token, X509CertificateHolder signer,
			byte[] sha256Digest) {
		if (signer == null) {
			return TimestampVerification.NO_CERTIFICATE;
		}
		try {
			// the signature, the signing certificate's hash in the signed attributes, its validity at genTime and
			// its critical timeStamping extended key usage (RFC 3161 section 2.3)
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
		}
		catch (Exception altered) {
			return TimestampVerification.ALTERED;
		}
		TimeStampTokenInfo info = token.getTimeStampInfo();
		if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
				|| !Arrays.equals(info.getMessageImprintDigest(), sha256Digest)) {
			return TimestampVerification.OTHER_DIGEST;
		}
		return TimestampVerification.INTACT;
	}

	/**
	 * The parts of a token outside its signature, as RFC 5652 (5.1, 5.3) and RFC 3161 (2.4.2) fix them: BouncyCastle
	 * reads past a wrong outer content type, a wrong version, a digest algorithm set that does not name the signer's,
	 * or signed attributes under another tag, and none of them is what an authority issued.
	 */
	private static boolean wellFormed(CMSSignedData signed) {
		if (!CMSObjectIdentifiers.signedData.equals(signed.toASN1Structure().getContentType())) {
			return false;
		}
		SignedData data = SignedData.getInstance(signed.toASN1Structure().getContent());
		if (data.getSignerInfos().size() != 1 || !data.getVersion().hasValue(3)) {
			return false;
		}
		ASN1Sequence encoded = ASN1Sequence.getInstance(data.getSignerInfos().getObjectAt(0));
		SignerInfo signer = SignerInfo.getInstance(encoded);
		boolean byKeyIdentifier = signer.getSID().isTagged();
		if (!signer.getVersion().hasValue(byKeyIdentifier ? 3 : 1)
				|| !(encoded.getObjectAt(3) instanceof ASN1TaggedObject attributes)
				|| attributes.getTagClass() != BERTags.CONTEXT_SPECIFIC || attributes.getTagNo() != 0) {
			return false;
		}
		for (ASN1Encodable algorithm : data.getDigestAlgorithms()) {
			if (AlgorithmIdentifier.getInstance(algorithm)
				.getAlgorithm()
				.equals(signer.getDigestAlgorithm().getAlgorithm())) {
				return true;
			}
		}
		return false;
	}

	private static X509CertificateHolder signer(org.bouncycastle.tsp.TimeStampToken token) {
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
		return matches.isEmpty() ? null : matches.iterator().next();
	}

	private Optional<TimestampServer> server() {
		if (remote != null) {
			return Optional.of(remote);
		}
		return demo != null && demo.enabled() ? Optional.of(demo) : Optional.empty();
	}

	/** The token of an answer to this request (same digest, same nonce, certificate included), or why there is none. */
	private static byte[] tokenFrom(byte[] answer, TimeStampRequest request, TimestampServer server) {
		TimeStampResponse response;
		try {
			response = new TimeStampResponse(answer);
		}
		catch (TSPException | IOException | RuntimeException e) {
			throw new TimestampUnavailable(server.name(), "its answer is not a timestamp reply", e);
		}
		if (response.getTimeStampToken() == null) {
			throw new TimestampUnavailable(server.name(), "it refused: status " + response.getStatus()
					+ (response.getStatusString() == null ? "" : ", " + response.getStatusString()), null);
		}
		try {
			response.validate(request);
			return response.getTimeStampToken().getEncoded();
		}
		catch (TSPException | IOException e) {
			throw new TimestampUnavailable(server.name(),
					"its token is not for this request (" + e.getMessage() + ")", e);
		}
	}

	private static byte[] encoded(TimeStampRequest request) {
		try {
			return request.getEncoded();
		}
		catch (IOException e) {
			throw new IllegalStateException("a timestamp request cannot be encoded", e);
		}
	}

	private static void requireSha256(byte[] digest) {
		if (digest == null || digest.length != 32) {
			throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not "
					+ (digest == null ? "none" : digest.length));
		}
	}
}
