package id.go.netra.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real RFC 3161 timestamp authority for tests, served by the test itself on loopback: a JDK HTTP server and
 * BouncyCastle's response generator, with an RSA key and certificate made at {@link #start()}. Independent of
 * Netra's own demo authority (other key type, SHA-1 ESSCertID as many public authorities still issue), so a test
 * against it checks Netra's client, not Netra against itself. For any module's tests:
 *
 * <pre>
 * try (LocalTimestampAuthority tsa = LocalTimestampAuthority.start()) {
 *     // netra.timestamping.url=tsa.url()
 * }
 * </pre>
 *
 * It can also misbehave on request: answer slowly, answer an HTTP error, demand basic auth, or replay an old reply.
 */
public final class LocalTimestampAuthority implements AutoCloseable {

	public static final String SUBJECT = "CN=Netra local test TSA,O=Netra tests";

	/** The policy OID its tokens carry. */
	public static final String POLICY = "1.3.6.1.4.1.99999.3161";

	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final TimeStampResponseGenerator responses;
	private final AtomicInteger requests = new AtomicInteger();
	private final CountDownLatch closing = new CountDownLatch(1);
	private final AtomicReference<byte[]> firstReply = new AtomicReference<>();
	private volatile Duration delay = Duration.ZERO;
	private volatile int failWith;
	private volatile String requiredAuthorization;
	private volatile boolean replaying;

	private LocalTimestampAuthority() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name(SUBJECT);
		long now = System.currentTimeMillis();
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now), new Date(now - 3_600_000L),
					new Date(now + 86_400_000L), name, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
				new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
				new ASN1ObjectIdentifier(POLICY));
		tokens.addCertificates(new JcaCertStore(List.of(certificate)));
		responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(threads);
		server.createContext("/tsa", this::handle);
	}

	/** A new authority, listening. */
	public static LocalTimestampAuthority start() {
		try {
			LocalTimestampAuthority authority = new LocalTimestampAuthority();
			authority.server.start();
			return authority;
		}
		catch (Exception e) {
			throw new IllegalStateException("the local timestamp authority does not start", e);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
	}

	/** How many requests reached it, answered or not. */
	public int requests() {
		return requests.get();
	}

	/** Waits this long before each answer (or until closed). */
	public LocalTimestampAuthority answeringAfter(Duration delay) {
		this.delay = delay;
		return this;
	}

	/** Answers every request with this HTTP status and no body. */
	public LocalTimestampAuthority failingWith(int status) {
		this.failWith = status;
		return this;
	}

	/** Answers 401 unless the request carries these basic-auth credentials. */
	public LocalTimestampAuthority requiringBasicAuth(String username, String password) {
		this.requiredAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Answers every request with its first reply, as a broken or hostile authority might. */
	public LocalTimestampAuthority replayingItsFirstReply() {
		this.replaying = true;
		return this;
	}

	private void handle(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
			byte[] query = in.readAllBytes();
			if (!delay.isZero() && closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
				exchange.sendResponseHeaders(503, -1);
				return;
			}
			if (failWith != 0) {
				exchange.sendResponseHeaders(failWith, -1);
				return;
			}
			if (requiredAuthorization != null
					&& !requiredAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			byte[] reply = reply(query);
			exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
			exchange.sendResponseHeaders(200, reply.length);
			out.write(reply);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private byte[] reply(byte[] query) throws IOException {
		try {
			byte[] reply = responses
				.generate(new TimeStampRequest(query), BigInteger.valueOf(requests.get()), new Date())
				.getEncoded();
			firstReply.compareAndSet(null, reply);
			return replaying ? firstReply.get() : reply;
		}
		catch (Exception e) {
			throw new IOException("the local timestamp authority cannot answer", e);
		}
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
		threads.shutdownNow();
	}
}
