package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * netra.public-url: a mistyped address stops the start instead of going out on paper; unset, links point at this
 * machine, quietly for the demo and with a warning anywhere else.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicUrlUnitTests {

	@Test
	void anAddressIsTrimmedToABaseThatPathsAppendTo() {
		PublicUrl url = publicUrl("always", "netra.public-url", "  https://netra.example.go.id//  ");

		assertThat(url.link("/verifikasi/ABCD")).isEqualTo("https://netra.example.go.id/verifikasi/ABCD");
		assertThat(PublicUrl.validated("http://10.0.0.5:8080/netra/")).isEqualTo("http://10.0.0.5:8080/netra");
	}

	@Test
	void anAddressThatIsNotHttpWithAHostStopsTheStart() {
		for (String wrong : new String[] { "netra.example.go.id", "ftp://netra.example.go.id", "https://",
				"https:///lapor", "https://netra.example.go.id/?a=b", "https://netra.example.go.id/#top",
				"https://netra example.go.id" }) {
			assertThatThrownBy(() -> publicUrl("always", "netra.public-url", wrong)).as(wrong)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("netra.public-url must be an http or https address with a host")
				.hasMessageContaining("'" + wrong + "'");
		}
	}

	@Test
	void theFormerSettingsStillCountButSayTheyAreDeprecated(CapturedOutput output) {
		PublicUrl url = publicUrl("never", "netra.documents.verification-base-url", "https://lama.example.go.id/");

		assertThat(url.link("/kasus/1")).isEqualTo("https://lama.example.go.id/kasus/1");
		assertThat(output).contains("netra.documents.verification-base-url is deprecated: set netra.public-url");
		assertThatThrownBy(() -> publicUrl("never", "netra.notification.base-url", "lama.example.go.id"))
			.hasMessageContaining("netra.public-url must be");
	}

	@Test
	void unsetOutsideTheDemoLinksPointAtThisMachineAndTheStartSaysSo(CapturedOutput output) {
		PublicUrl url = publicUrl("never", "server.port", "9090");

		url.warnWhenUnset();

		assertThat(url.link("/lapor/status")).isEqualTo("http://localhost:9090/lapor/status");
		assertThat(output).contains("WARN")
			.contains("netra.public-url is not set: links in letters, their QR codes, receipts and e-mails point at "
					+ "http://localhost:9090");
	}

	@Test
	void unsetInTheDemoLinksPointAtThePortTheServerListensOnWithoutAWarning(CapturedOutput output) {
		PublicUrl url = publicUrl("always", "server.port", "0");
		url.warnWhenUnset();
		assertThat(output).doesNotContain("netra.public-url");

		MockEnvironment started = new MockEnvironment().withProperty("server.port", "0")
			.withProperty("local.server.port", "41234");
		assertThat(new PublicUrl(started, new DemoMode(new DemoSettings("always"), null)).link("/verifikasi/ABCD"))
			.isEqualTo("http://localhost:41234/verifikasi/ABCD");
	}

	@Test
	void setOutsideTheDemoNothingIsWarned(CapturedOutput output) {
		publicUrl("never", "netra.public-url", "https://netra.example.go.id").warnWhenUnset();

		assertThat(output).doesNotContain("netra.public-url");
	}

	private static PublicUrl publicUrl(String demoSeed, String property, String value) {
		// "always" and "never" decide without asking the database
		return new PublicUrl(new MockEnvironment().withProperty(property, value), new DemoMode(new DemoSettings(demoSeed), null));
	}
}
