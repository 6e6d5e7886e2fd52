package id.go.netra.documents;

import static id.go.netra.documents.TimestampAuthorityUnitTests.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.netra.DataDirectory;

/**
 * Netra's own demo authority in-process: it stamps with nothing outside, names itself as no evidence, keeps one
 * key under the data directory across restarts, and answers a bad request as an RFC 3161 authority does.
 */
class DemoTimestampAuthorityUnitTests {

	private static final TimestampSettings DEMO_ON = new TimestampSettings(null, null, null, Duration.ofSeconds(5),
			true);

	private final byte[] digest = sha256("Kiriman: ayo pilih paslon 1");

	@Test
	void withoutAnAddressTheDemoAuthorityStampsInProcessAndNamesItselfNotForEvidence(@TempDir Path data) {
		Clock drill = Clock.fixed(Instant.parse("2029-02-14T01:00:00Z"), ZoneOffset.UTC);
		TimestampAuthority client = new TimestampAuthority(DEMO_ON, demo(data, drill));

		TimestampToken token = client.stamp(digest).orElseThrow();

		assertThat(token.authority()).isEqualTo(DemoTimestampAuthority.SUBJECT)
			.contains("Netra DEMO Timestamp Authority - not for evidence");
		assertThat(token.genTime()).isEqualTo(drill.instant());
		TimestampVerification verification = client.verify(token.encoded(), digest);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.policy()).isEqualTo(DemoTimestampAuthority.POLICY.getId());
		assertThat(client.verify(token.encoded(), sha256("something else")).intact()).isFalse();
		assertThat(data.resolve("timestamping").resolve(DemoTimestampAuthority.FILE)).isRegularFile();
	}

	@Test
	void itsKeyIsMadeOnceAndKeptSoTokensFromBeforeARestartNameTheSameCertificate(@TempDir Path data,
			@TempDir Path elsewhere) throws Exception {
		TimestampToken first = new TimestampAuthority(DEMO_ON, demo(data, Clock.systemUTC())).stamp(digest)
			.orElseThrow();
		byte[] kept = Files.readAllBytes(data.resolve("timestamping").resolve(DemoTimestampAuthority.FILE));

		TimestampToken afterRestart = new TimestampAuthority(DEMO_ON, demo(data, Clock.systemUTC())).stamp(digest)
			.orElseThrow();
		TimestampToken otherMachine = new TimestampAuthority(DEMO_ON, demo(elsewhere, Clock.systemUTC())).stamp(digest)
			.orElseThrow();

		assertThat(Files.readAllBytes(data.resolve("timestamping").resolve(DemoTimestampAuthority.FILE)))
			.isEqualTo(kept);
		assertThat(signingCertificate(afterRestart)).isEqualTo(signingCertificate(first))
			.isNotEqualTo(signingCertificate(otherMachine));
		assertThat(afterRestart.serialNumber()).isNotEqualTo(first.serialNumber());
	}

	@Test
	void aBodyThatIsNoRequestOrAWeakDigestIsRejectedInRfc3161Terms(@TempDir Path data) throws Exception {
		DemoTimestampAuthority demo = demo(data, Clock.systemUTC());

		TimeStampResponse garbage = new TimeStampResponse(demo.answer("hello".getBytes(StandardCharsets.UTF_8)));
		TimeStampRequestGenerator sha1 = new TimeStampRequestGenerator();
		TimeStampResponse weak = new TimeStampResponse(
				demo.answer(sha1.generate(TSPAlgorithms.SHA1, new byte[20], BigInteger.ONE).getEncoded()));

		assertThat(garbage.getStatus()).isEqualTo(PKIStatus.REJECTION);
		assertThat(garbage.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
		assertThat(garbage.getTimeStampToken()).isNull();
		assertThat(weak.getStatus()).isEqualTo(PKIStatus.REJECTION);
		assertThat(weak.getFailInfo().intValue() & PKIFailureInfo.badAlg).isEqualTo(PKIFailureInfo.badAlg);
	}

	@Test
	void offItStampsNothingServesNothingAndMakesNoKey(@TempDir Path data) {
		TimestampSettings off = new TimestampSettings(null, null, null, Duration.ofSeconds(5), false);
		DemoTimestampAuthority demo = new DemoTimestampAuthority(off, null, new DataDirectory(data), Clock.systemUTC());

		assertThat(demo.enabled()).isFalse();
		assertThat(new TimestampAuthority(off, demo).stamp(digest)).isEmpty();
		assertThat(new DemoTimestampController(demo).stamp(new byte[] { 0x30, 0x00 }).getStatusCode().value())
			.isEqualTo(404);
		assertThat(data.resolve("timestamping")).doesNotExist();
	}

	static DemoTimestampAuthority demo(Path data, Clock clock) {
		return new DemoTimestampAuthority(DEMO_ON, null, new DataDirectory(data), clock);
	}

	private static byte[] signingCertificate(TimestampToken token) throws Exception {
		org.bouncycastle.tsp.TimeStampToken parsed = new org.bouncycastle.tsp.TimeStampToken(
				new org.bouncycastle.cms.CMSSignedData(token.encoded()));
		return ((org.bouncycastle.cert.X509CertificateHolder) parsed.getCertificates()
			.getMatches(parsed.getSID())
			.iterator()
			.next()).getEncoded();
	}
}
