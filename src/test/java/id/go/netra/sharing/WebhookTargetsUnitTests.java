package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.DomainException;

/** Which addresses a webhook may not reach, and which URLs are refused before any lookup. */
class WebhookTargetsUnitTests {

	private final WebhookTargets targets = new WebhookTargets(
			new WebhookSettings(List.of("127.0.0.1"), java.time.Duration.ofHours(24), java.time.Duration.ofSeconds(30),
					java.time.Duration.ofHours(1), java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(5), 2,
					8));

	@Test
	void privateLoopbackLinkLocalAndSharedAddressesAreInternal() throws UnknownHostException {
		for (String address : List.of("10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "127.0.0.1",
				"169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "224.0.0.1")) {
			assertThat(WebhookTargets.internal(InetAddress.getByName(address))).as(address).isTrue();
		}
		for (String address : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "203.0.113.7", "2001:4860:4860::8888")) {
			assertThat(WebhookTargets.internal(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void onlyHttpAndHttpsWithoutCredentialsAndTheAllowedHostsPassWithoutALookup() {
		assertThat(targets.check("http://127.0.0.1:8080/netra").getPort()).isEqualTo(8080);
		for (String url : List.of("ftp://netra.example/x", "file:///etc/passwd", "http://user:pw@netra.example/",
				"not a url", "", "https:///no-host")) {
			assertThatThrownBy(() -> targets.check(url)).as(url).isInstanceOf(DomainException.class)
				.extracting(e -> ((DomainException) e).messageCode()).isEqualTo("sharing.webhook.urlInvalid");
		}
		assertThatThrownBy(() -> targets.check("http://[::1]:8080/")).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageCode()).isEqualTo("sharing.webhook.hostInternal");
	}
}
