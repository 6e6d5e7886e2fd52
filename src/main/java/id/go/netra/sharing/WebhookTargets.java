package id.go.netra.sharing;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.go.netra.DomainException;

/**
 * Where a webhook may point: an http(s) URL whose host resolves only to public addresses, so that a subscriber
 * cannot make Netra call into its own network (SSRF). Hosts in {@code netra.webhooks.allowed-hosts} are exempt.
 * Checked when subscribing and again before every attempt, since a name may resolve elsewhere later (DNS
 * rebinding).
 */
@Component
class WebhookTargets {

	private final WebhookSettings settings;

	WebhookTargets(WebhookSettings settings) {
		this.settings = settings;
	}

	/** The URL, checked; refuses with a reason a person can act on. */
	URI check(String url) {
		URI uri;
		try {
			uri = new URI(url == null ? "" : url.strip());
		}
		catch (URISyntaxException e) {
			throw DomainException.invalid("sharing.webhook.urlInvalid");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
			throw DomainException.invalid("sharing.webhook.urlInvalid");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (settings.allowedHosts().stream().anyMatch(allowed -> allowed.equalsIgnoreCase(bare))) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(bare);
		}
		catch (UnknownHostException e) {
			throw DomainException.invalid("sharing.webhook.hostUnknown", bare);
		}
		for (InetAddress address : addresses) {
			if (internal(address)) {
				throw DomainException.invalid("sharing.webhook.hostInternal", bare, address.getHostAddress());
			}
		}
		return uri;
	}

	/** Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, carrier-grade NAT, any or multicast. */
	static boolean internal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		return first == 0 || first == 100 && second >= 64 && second < 128;
	}
}
