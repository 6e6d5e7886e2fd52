package id.go.netra.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.sun.net.httpserver.HttpServer;

/**
 * An RFC 3161 timestamp authority served by the test itself: a JDK HTTP server on loopback that answers
 * {@code application/timestamp-query} with a token signed by a key and certificate made on the spot.
 */
final class TestTimestampAuthority implements AutoCloseable {

	private final HttpServer server;
	private final AtomicLong serial = new AtomicLong(1);
	private final TimeStampResponseGenerator responses;

	TestTimestampAuthority() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Netra test TSA, O=Netra tests");
		long now = System.currentTimeMillis();
		X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(name,
				new BigInteger(64, new SecureRandom()), new Date(now - 60_000), new Date(now + 86_400_000L), name,
				keys.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
			.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
		X509Certificate signer = new JcaX509CertificateConverter().getCertificate(certificate);
		// SHA-1 only names the signing certificate inside the token (ESS), as RFC 3161 tokens commonly do
		DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build()
			.get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1));
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), signer), sha1,
				new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
		tokens.addCertificates(new JcaCertStore(List.of(signer)));
		this.responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/tsr", exchange -> {
			try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
				byte[] answer = answer(in.readAllBytes());
				exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, answer.length);
				out.write(answer);
			}
		});
		server.start();
	}

	private byte[] answer(byte[] query) throws IOException {
		try {
			return responses.generate(new TimeStampRequest(query), BigInteger.valueOf(serial.getAndIncrement()),
					new Date())
				.getEncoded();
		}
		catch (Exception e) {
			throw new IOException(e);
		}
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsr";
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
