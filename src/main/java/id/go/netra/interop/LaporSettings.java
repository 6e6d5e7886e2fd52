package id.go.netra.interop;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SP4N-LAPOR! ({@code netra.lapor.*}; Perpres 76/2013 on public-service complaint handling, PermenPANRB 62/2018 on
 * SP4N-LAPOR!). Over HTTP when {@code url} is set, else through two folders.
 *
 * @param url LAPOR!'s endpoint for agencies: {@code GET <url>/complaints} lists the complaints forwarded to Netra,
 *        {@code POST <url>/complaints} takes one handed over and answers its tracking number
 * @param token a bearer token LAPOR! gave Netra; empty for none
 * @param inbox without {@code url}: a folder of JSON files, one complaint each, that LAPOR!'s side drops
 * @param handoverDirectory without {@code url}: where a handed-over report is written as a JSON file
 * @param timeout how long one call may take, connecting and answering
 * @param pollInterval how often to fetch forwarded complaints on its own; empty: only when asked
 *        ({@code POST /api/v1/lapor/pull})
 */
@ConfigurationProperties("netra.lapor")
record LaporSettings(String url, String token, Path inbox, Path handoverDirectory,
		@DefaultValue("PT10S") Duration timeout, Duration pollInterval) {

	LaporSettings {
		url = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
		token = token == null || token.isBlank() ? null : token.strip();
		if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
			throw new IllegalArgumentException("netra.lapor.url must be an http or https URL");
		}
	}
}
