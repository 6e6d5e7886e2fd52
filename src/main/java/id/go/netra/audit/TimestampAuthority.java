package id.go.netra.audit;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 timestamp authority reached over HTTP ({@code application/timestamp-query}): it states, under its
 * own key, that a digest existed at a time, so a checkpoint cannot be back-dated even by whoever holds Netra's
 * signing key.
 */
class TimestampAuthority {

	record Stamp(byte[] token, Instant at) {
	}

	static class Unavailable extends Exception {

		Unavailable(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private static final SecureRandom NONCES = new SecureRandom();

	private final URI url;
	private final Duration timeout;
	private final HttpClient http;

	TimestampAuthority(String url, Duration timeout) {
		this.url = URI.create(url);
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/** Asks the authority to timestamp a SHA-256 digest; checks its answer belongs to this request. */
	Stamp stamp(byte[] sha256) throws Unavailable {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, NONCES));
		try {
			HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(url)
				.timeout(timeout)
				.header("Content-Type", "application/timestamp-query")
				.header("Accept", "application/timestamp-reply")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new Unavailable("the timestamp authority answered HTTP " + answer.statusCode(), null);
			}
			TimeStampResponse response = new TimeStampResponse(answer.body());
			response.validate(request);
			TimeStampToken token = response.getTimeStampToken();
			if (token == null) {
				throw new Unavailable("the timestamp authority refused: " + response.getStatusString(), null);
			}
			return new Stamp(token.getEncoded(), token.getTimeStampInfo().getGenTime().toInstant());
		}
		catch (IOException | TSPException e) {
			throw new Unavailable("no timestamp from " + url + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unavailable("interrupted while waiting for " + url, e);
		}
	}

	/**
	 * Checks that a token was made over this SHA-256 digest and that its signature holds under the certificate it
	 * carries; returns the time it states. Whether that certificate belongs to a trusted authority is for whoever
	 * reads the token to judge (its subject is in the token).
	 */
	static Instant check(byte[] token, byte[] sha256) {
		try {
			TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
			if (!NISTObjectIdentifiers.id_sha256.equals(parsed.getTimeStampInfo().getMessageImprintAlgOID())
					|| !Arrays.equals(parsed.getTimeStampInfo().getMessageImprintDigest(), sha256)) {
				throw new IllegalArgumentException("the timestamp was made over something else");
			}
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> certificates = parsed.getCertificates().getMatches(parsed.getSID());
			if (certificates.isEmpty()) {
				throw new IllegalArgumentException("the timestamp carries no certificate");
			}
			parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificates.iterator().next()));
			return parsed.getTimeStampInfo().getGenTime().toInstant();
		}
		catch (CMSException | TSPException | IOException | OperatorCreationException
				| java.security.cert.CertificateException e) {
			throw new IllegalArgumentException("the timestamp does not hold: " + e.getMessage(), e);
		}
	}
}
