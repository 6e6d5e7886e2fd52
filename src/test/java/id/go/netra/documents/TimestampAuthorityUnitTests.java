package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.go.netra.DataDirectory;

/**
 * The RFC 3161 client against a real authority served by the test (LocalTimestampAuthority): a round trip that
 * verifies, and every way a token or an authority can let the caller down.
 */
class TimestampAuthorityUnitTests {

	private final LocalTimestampAuthority tsa = LocalTimestampAuthority.start();

	private final byte[] digest = sha256("Postingan: coblos nomor 2! #pilkada");

	@AfterEach
	void stop() {
		tsa.close();
	}

	@Test
	void aStampFromTheAuthorityVerifiesAndSaysWhenWhoUnderWhichPolicyAndWhichSerial() {
		Instant before = Instant.now();
		TimestampToken token = client(tsa.url()).stamp(digest).orElseThrow();
		Instant after = Instant.now();

		assertThat(token.genTime()).isBetween(before.minusSeconds(1), after.plusSeconds(1));
		assertThat(token.authority()).isEqualTo(LocalTimestampAuthority.SUBJECT);
		assertThat(token.serialNumber()).isEqualTo("1");
		TimestampVerification verification = client(tsa.url()).verify(token.encoded(), digest);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.genTime()).isEqualTo(token.genTime());
		assertThat(verification.authority()).isEqualTo(LocalTimestampAuthority.SUBJECT);
		assertThat(verification.serialNumber()).isEqualTo("1");
		assertThat(verification.policy()).isEqualTo(LocalTimestampAuthority.POLICY);
		assertThat(reason(verification, "id")).startsWith("Cap waktu utuh");
		assertThat(reason(verification, "en")).startsWith("The timestamp is intact");
	}

	@Test
	void aTokenDoesNotHoldForAnyOtherDigestButStillSaysWhatItStates() {
		TimestampToken token = client(tsa.url()).stamp(digest).orElseThrow();

		TimestampVerification verification = client(tsa.url()).verify(token.encoded(), sha256("another post"));

		assertThat(verification.intact()).isFalse();
		assertThat(verification.reasonCode()).isEqualTo(TimestampVerification.OTHER_DIGEST);
		assertThat(verification.genTime()).isEqualTo(token.genTime());
		assertThat(verification.authority()).isEqualTo(LocalTimestampAuthority.SUBJECT);
		assertThat(reason(verification, "id")).contains("dibuat atas data lain");
		assertThat(reason(verification, "en")).contains("made over other data");
	}

	@Test
	void aTokenWithAnyOneByteFlippedDoesNotHold() {
		TimestampAuthority client = client(tsa.url());
		byte[] token = client.stamp(digest).orElseThrow().encoded();

		List<Integer> stillIntact = new ArrayList<>();
		for (int i = 0; i < token.length; i++) {
			byte[] altered = token.clone();
			altered[i] ^= 0x01;
			TimestampVerification verification = client.verify(altered, digest);
			if (verification.intact()) {
				stillIntact.add(i);
			}
			else {
				assertThat(verification.reasonCode()).as("byte %d", i)
					.isIn(TimestampVerification.ALTERED, TimestampVerification.NOT_A_TOKEN,
							TimestampVerification.NO_CERTIFICATE, TimestampVerification.OTHER_DIGEST);
			}
		}
		// the positions, should any flip pass: outer content type, versions, digest algorithms, attribute tags
		assertThat(stillIntact).as("positions in %d bytes", token.length).isEmpty();
	}

	@Test
	void bytesThatAreNoTokenAtAllAreSaidToBeSoWithoutAnException() {
		TimestampAuthority client = client(tsa.url());

		for (byte[] garbage : new byte[][] { {}, "not a token".getBytes(StandardCharsets.UTF_8), digest }) {
			TimestampVerification verification = client.verify(garbage, digest);
			assertThat(verification.intact()).isFalse();
			assertThat(verification.reasonCode()).isEqualTo(TimestampVerification.NOT_A_TOKEN);
			assertThat(verification.genTime()).isNull();
		}
		assertThat(reason(client.verify(new byte[0], digest), "id")).contains("bukan token cap waktu");
	}

	@Test
	void anUnreachableAuthorityFailsClearlyAndNamesItself() throws Exception {
		String closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = "http://127.0.0.1:" + socket.getLocalPort() + "/tsa";
		}

		assertThatThrownBy(() -> client(closed).stamp(digest)).isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("no timestamp from " + closed)
			.hasMessageContaining("cannot be reached")
			.satisfies(e -> assertThat(((TimestampUnavailable) e).status()).isEqualTo(503))
			.satisfies(e -> assertThat(((TimestampUnavailable) e).localized(messages(), Locale.forLanguageTag("id")))
				.isEqualTo("Otoritas cap waktu " + closed
						+ " belum dapat memberi cap waktu. Tidak ada yang berubah; coba lagi nanti."));
	}

	@Test
	void aSlowAuthorityIsGivenUpAfterTheTimeout() {
		tsa.answeringAfter(Duration.ofSeconds(20));
		TimestampAuthority client = client(tsa.url(), null, null, Duration.ofMillis(300));

		long started = System.nanoTime();
		assertThatThrownBy(() -> client.stamp(digest)).isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("no answer within 300 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(tsa.requests()).isEqualTo(1);
	}

	@Test
	void anAuthorityThatAnswersAnHttpErrorGivesNoStamp() {
		tsa.failingWith(500);

		assertThatThrownBy(() -> client(tsa.url()).stamp(digest)).isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("answered HTTP 500");
	}

	@Test
	void basicAuthCredentialsAreSentAndWrongOnesAreRefused() {
		tsa.requiringBasicAuth("netra", "rahasia");

		assertThat(client(tsa.url(), "netra", "rahasia", Duration.ofSeconds(5)).stamp(digest)).isPresent();
		assertThatThrownBy(() -> client(tsa.url(), "netra", "salah", Duration.ofSeconds(5)).stamp(digest))
			.isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("answered HTTP 401");
		assertThatThrownBy(() -> client(tsa.url()).stamp(digest)).isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("answered HTTP 401");
	}

	@Test
	void aReplayedReplyForAnotherRequestIsRefused() {
		tsa.replayingItsFirstReply();
		TimestampAuthority client = client(tsa.url());
		client.stamp(digest).orElseThrow();

		// same digest, but the nonce of this request is not in the replayed token
		assertThatThrownBy(() -> client.stamp(digest)).isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("not for this request");
		assertThatThrownBy(() -> client.stamp(sha256("another post"))).isInstanceOf(TimestampUnavailable.class)
			.hasMessageContaining("not for this request");
	}

	@Test
	void withoutAnAuthorityNothingIsStampedAndNothingIsAsked(@TempDir Path data) {
		TimestampSettings none = settings(null, null, null, Duration.ofSeconds(1), false);
		DemoTimestampAuthority off = new DemoTimestampAuthority(none, null, new DataDirectory(data), Clock.systemUTC());

		assertThat(new TimestampAuthority(none, off).stamp(digest)).isEmpty();
		assertThat(tsa.requests()).isZero();
		assertThat(data).isEmptyDirectory();
	}

	@Test
	void onlyASha256DigestIsAccepted() {
		TimestampAuthority client = client(tsa.url());

		assertThatThrownBy(() -> client.stamp(new byte[20])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32 bytes, not 20");
		assertThatThrownBy(() -> client.verify(new byte[0], null)).isInstanceOf(IllegalArgumentException.class);
		assertThat(tsa.requests()).isZero();
	}

	static TimestampAuthority client(String url) {
		return client(url, null, null, Duration.ofSeconds(5));
	}

	static TimestampAuthority client(String url, String username, String password, Duration timeout) {
		return new TimestampAuthority(settings(url, username, password, timeout, false), null);
	}

	static TimestampSettings settings(String url, String username, String password, Duration timeout,
			Boolean demoAuthority) {
		return new TimestampSettings(url, username, password, timeout, demoAuthority);
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static String reason(TimestampVerification verification, String language) {
		return verification.reason(messages(), Locale.forLanguageTag(language));
	}
}
