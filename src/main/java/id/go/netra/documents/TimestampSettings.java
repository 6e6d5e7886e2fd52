package id.go.netra.documents;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Netra gets RFC 3161 timestamps ({@code netra.timestamping.*}): the evidence of a post or a signature states,
 * under a third party's key, that it existed at a time. Electronic evidence is admissible under UU ITE (UU 11/2008
 * art. 5-6) when its integrity can be shown; a trusted timestamp is the usual way to show it did not change after.
 *
 * @param url the timestamp authority's HTTP address ({@code application/timestamp-query}); unset, Netra asks its
 * own demo authority when that is on, and otherwise stamps nothing
 * @param username basic-auth user, for authorities that charge per stamp (optional, with password)
 * @param password basic-auth password
 * @param timeout how long one request may take, connection included (10 s unless set); the caller retries later
 * @param demoAuthority whether Netra serves its own demo authority at {@code POST /demo/tsa} and uses it when no url
 * is set; unset, it follows demo mode (the embedded database). Its tokens name themselves "not for evidence".
 */
@ConfigurationProperties("netra.timestamping")
record TimestampSettings(String url, String username, String password, @DefaultValue("PT10S") Duration timeout,
		Boolean demoAuthority) {

	TimestampSettings {
		url = url == null || url.isBlank() ? null : url.strip();
		if (url != null) {
			URI address = URI.create(url);
			if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())) {
				throw new IllegalArgumentException(
						"netra.timestamping.url must be an http or https address, not " + url);
			}
		}
		if ((username == null) != (password == null)) {
			throw new IllegalArgumentException(
					"netra.timestamping.username and .password go together: set both or neither");
		}
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("netra.timestamping.timeout must be positive, not " + timeout);
		}
	}

	boolean remote() {
		return url != null;
	}
}
