package id.go.netra.documents;

import static id.go.netra.documents.TimestampAuthorityUnitTests.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;

/**
 * The demo timestamp authority of a running Netra in demo mode: an RFC 3161 client posts to {@code /demo/tsa}
 * without an account and gets a token that verifies, and Netra itself stamps in-process with the same authority.
 */
@NetraIntegrationTest
class DemoTimestampIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TimestampAuthority timestamps;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAnonymousRfc3161RequestOverHttpGetsATokenThatVerifies() throws Exception {
		byte[] digest = sha256("bukti demo");
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(20261204L));

		HttpResponse<byte[]> answer = post(DemoTimestampController.QUERY, request.getEncoded());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue(DemoTimestampController.REPLY);
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
		TimeStampResponse response = new TimeStampResponse(answer.body());
		assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
		response.validate(request); // same digest, same nonce, certificate included
		TimestampVerification verification = timestamps.verify(response.getTimeStampToken().getEncoded(), digest);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.authority()).isEqualTo(DemoTimestampAuthority.SUBJECT);
	}

	@Test
	void netraStampsInProcessWithTheSameAuthorityItServesAndItsOwnClientWorksAgainstTheEndpoint() {
		byte[] digest = sha256("kiriman yang dipantau");

		TimestampToken inProcess = timestamps.stamp(digest).orElseThrow();
		TimestampAuthority overHttp = new TimestampAuthority(
				new TimestampSettings(url(), null, null, Duration.ofSeconds(5), false), null);
		TimestampToken viaEndpoint = overHttp.stamp(digest).orElseThrow();

		assertThat(inProcess.authority()).isEqualTo(viaEndpoint.authority())
			.contains("Netra DEMO Timestamp Authority - not for evidence");
		assertThat(timestamps.verify(viaEndpoint.encoded(), digest).intact()).isTrue();
		assertThat(overHttp.verify(inProcess.encoded(), digest).intact()).isTrue();
		assertThat(inProcess.serialNumber()).isNotEqualTo(viaEndpoint.serialNumber());
	}

	@Test
	void aBodyThatIsNoRequestIsRejectedAndAnotherContentTypeIsNotAccepted() throws Exception {
		HttpResponse<byte[]> garbage = post(DemoTimestampController.QUERY,
				"bukan permintaan".getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> json = post("application/json", "{}".getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> huge = post(DemoTimestampController.QUERY, new byte[100_000]);

		assertThat(garbage.statusCode()).isEqualTo(200);
		TimeStampResponse rejected = new TimeStampResponse(garbage.body());
		assertThat(rejected.getStatus()).isEqualTo(PKIStatus.REJECTION);
		assertThat(rejected.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
		assertThat(json.statusCode()).isEqualTo(415);
		assertThat(huge.statusCode()).isEqualTo(413);
	}

	private HttpResponse<byte[]> post(String contentType, byte[] body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url()))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String url() {
		return "http://localhost:" + port + "/demo/tsa";
	}
}
