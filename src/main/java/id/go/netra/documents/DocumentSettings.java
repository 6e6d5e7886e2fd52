package id.go.netra.documents;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters are numbered, dated and verified ({@code netra.documents.*}).
 *
 * @param verificationBaseUrl where the public reaches Netra; the QR code on every letter points to
 * {@code verificationBaseUrl/verifikasi/{code}} (like {@code netra.notification.base-url} for the mails)
 * @param place the place before the date ("Jakarta, 23 November 2026"): where the issuing agencies sit
 * @param numbering number patterns: {@code default} for every kind, or one per kind ({@code block-notice} or
 * {@code BLOCK_NOTICE}); tokens {@code {seq} {code} {issuer} {roman-month} {month} {year}}; by default
 * {@value NumberingScheme#DEFAULT_PATTERN}, the usual order of Indonesian official letters; the guideline on
 * official correspondence (Tata Naskah Dinas) lets each agency set its own form, hence a setting
 * @param codes the short code of each kind in its number, by kind: REK, PRG, TGR, BLK, BUK, PPK unless set
 */
@ConfigurationProperties("netra.documents")
record DocumentSettings(@DefaultValue("http://localhost:8080") String verificationBaseUrl,
		@DefaultValue("Jakarta") String place, Map<String, String> numbering, Map<String, String> codes) {

	DocumentSettings {
		URI base = URI.create(verificationBaseUrl.trim());
		if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null) {
			throw new IllegalArgumentException(
					"netra.documents.verification-base-url must be an http(s) address, not " + verificationBaseUrl);
		}
		verificationBaseUrl = verificationBaseUrl.trim().replaceAll("/+$", "");
		numbering = numbering == null ? Map.of() : Map.copyOf(numbering);
		codes = codes == null ? Map.of() : Map.copyOf(codes);
		// fail at start-up, not at the first letter, when an operator mistypes a pattern
		NumberingScheme.of(numbering, codes);
	}

	NumberingScheme numberingScheme() {
		return NumberingScheme.of(numbering, codes);
	}

	/** The public page that confirms the letter with this code. */
	String verificationUrl(String verificationCode) {
		return verificationBaseUrl + "/verifikasi/" + verificationCode;
	}
}
