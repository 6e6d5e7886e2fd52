package id.go.netra.documents;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters are numbered and dated ({@code netra.documents.*}); where their QR codes lead is
 * {@link id.go.netra.PublicUrl}.
 *
 * @param place the place before the date ("Jakarta, 23 November 2026"): where the issuing agencies sit
 * @param numbering number patterns: {@code default} for every kind, or one per kind ({@code block-notice} or
 * {@code BLOCK_NOTICE}); tokens {@code {seq} {code} {issuer} {roman-month} {month} {year}}; by default
 * {@value NumberingScheme#DEFAULT_PATTERN}, the usual order of Indonesian official letters; the guideline on
 * official correspondence (Tata Naskah Dinas) lets each agency set its own form, hence a setting
 * @param codes the short code of each kind in its number, by kind: REK, PRG, TGR, BLK, BUK, PPK, PNR, PKT unless set
 */
@ConfigurationProperties("netra.documents")
record DocumentSettings(@DefaultValue("Jakarta") String place, Map<String, String> numbering,
		Map<String, String> codes) {

	DocumentSettings {
		numbering = numbering == null ? Map.of() : Map.copyOf(numbering);
		codes = codes == null ? Map.of() : Map.copyOf(codes);
		// fail at start-up, not at the first letter, when an operator mistypes a pattern
		NumberingScheme.of(numbering, codes);
	}

	NumberingScheme numberingScheme() {
		return NumberingScheme.of(numbering, codes);
	}
}
