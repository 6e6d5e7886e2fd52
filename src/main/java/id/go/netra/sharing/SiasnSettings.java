package id.go.netra.sharing;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pushing blocks to SIASN ({@code netra.siasn.*}). Peraturan BKN 1/2023 has BKN block personnel data and services
 * in SIASN; Netra tells SIASN of every block placed or lifted, and SIASN may still ask the block gate (the pull
 * side) at any time.
 *
 * @param enabled false stops pushing (changes are still recorded and go out once it is true again)
 * @param transport {@code AUTO}: HTTP when {@code url} is set, else the file drop; {@code HTTP}; {@code FILE}
 * @param url where SIASN takes block changes (an operator's setting, not a caller's, so not checked for SSRF)
 * @param token a bearer token SIASN gave Netra, sent as {@code Authorization: Bearer}; empty for none
 * @param hmacSecret a shared secret: each push is signed as webhooks are ({@code X-Netra-Signature}); empty for none
 * @param dropDirectory where the file drop writes one JSON file per change; empty: {@code <data-dir>/siasn-drop}
 * @param timeout how long one attempt may take, connecting and answering
 * @param retryWindow how long a change is retried before it is dead-lettered
 * @param firstRetry the wait after the first failure; doubling up to {@code longestWait}, with jitter
 * @param pollInterval how often each node looks for changes to push
 */
@ConfigurationProperties("netra.siasn")
record SiasnSettings(@DefaultValue("true") boolean enabled, @DefaultValue("AUTO") Transport transport, String url,
		String token, String hmacSecret, Path dropDirectory, @DefaultValue("PT10S") Duration timeout,
		@DefaultValue("PT24H") Duration retryWindow, @DefaultValue("PT30S") Duration firstRetry,
		@DefaultValue("PT1H") Duration longestWait, @DefaultValue("PT5S") Duration pollInterval) {

	enum Transport {
		AUTO, HTTP, FILE
	}

	SiasnSettings {
		url = blankToNull(url);
		token = blankToNull(token);
		hmacSecret = blankToNull(hmacSecret);
		if (transport == Transport.HTTP && url == null) {
			throw new IllegalArgumentException("netra.siasn.transport=HTTP needs netra.siasn.url");
		}
		if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
			throw new IllegalArgumentException("netra.siasn.url must be an http or https URL");
		}
		if (firstRetry.isNegative() || firstRetry.isZero() || longestWait.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException("netra.siasn.first-retry must be positive and at most longest-wait");
		}
	}

	/** Whether pushes go over HTTP (else to the file drop). */
	boolean overHttp() {
		return transport == Transport.HTTP || transport == Transport.AUTO && url != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
