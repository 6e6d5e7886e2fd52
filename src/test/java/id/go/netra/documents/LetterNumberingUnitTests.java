package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** How letter numbers read, what the settings may say, and that a wrong setting stops the start. */
class LetterNumberingUnitTests {

	static final LocalDate NOV_23 = LocalDate.of(2026, 11, 23);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DocumentSettings.class)
	static class SettingsOnly {
	}

	final ApplicationContextRunner settings = new ApplicationContextRunner().withUserConfiguration(SettingsOnly.class);

	@Test
	void byDefaultANumberIsSequenceCodeIssuerRomanMonthAndYear() {
		NumberingScheme scheme = NumberingScheme.of(Map.of(), Map.of());
		assertThat(scheme.number(LetterKind.RECOMMENDATION, 7, NOV_23, "BKN")).isEqualTo("0007/REK/BKN/XI/2026");
		assertThat(scheme.number(LetterKind.WARNING, 12, LocalDate.of(2027, 1, 2), "BKN"))
			.isEqualTo("0012/PRG/BKN/I/2027");
		assertThat(scheme.number(LetterKind.REPRIMAND, 12345, NOV_23, "BKN")).isEqualTo("12345/TGR/BKN/XI/2026");
		assertThat(scheme.number(LetterKind.BLOCK_NOTICE, 1, NOV_23, "BKN")).startsWith("0001/BLK/");
		assertThat(scheme.number(LetterKind.UNBLOCK_NOTICE, 1, NOV_23, "BKN")).startsWith("0001/BUK/");
		assertThat(scheme.number(LetterKind.PPK_SANCTION, 1, NOV_23, "KEMENPANRB")).isEqualTo("0001/PPK/KEMENPANRB/XI/2026");
	}

	@Test
	void aLetterWithoutAnIssuingAgencyLeavesOutTheIssuerAndOneSeparator() {
		NumberingScheme scheme = NumberingScheme.of(Map.of("warning", "{issuer}-{seq}/{year}", "reprimand",
				"{seq}/{code}/{year}/{issuer}"), Map.of());
		assertThat(scheme.number(LetterKind.RECOMMENDATION, 3, NOV_23, null)).isEqualTo("0003/REK/XI/2026");
		assertThat(scheme.number(LetterKind.WARNING, 3, NOV_23, " ")).isEqualTo("0003/2026");
		assertThat(scheme.number(LetterKind.REPRIMAND, 3, NOV_23, null)).isEqualTo("0003/TGR/2026");
	}

	@Test
	void kindsAreNamedInKebabOrUpperCaseAndCodesCanBeChanged() {
		NumberingScheme scheme = NumberingScheme.of(
				Map.of("default", "{code}.{seq}/{month}/{year}", "BLOCK_NOTICE", "B-{seq}/{issuer}/{year}"),
				Map.of("block-notice", "BLOK", "recommendation", "REKOM"));
		assertThat(scheme.number(LetterKind.RECOMMENDATION, 42, NOV_23, "BKN")).isEqualTo("REKOM.0042/11/2026");
		assertThat(scheme.number(LetterKind.BLOCK_NOTICE, 42, NOV_23, "BKN")).isEqualTo("B-0042/BKN/2026");
		assertThat(scheme.number(LetterKind.WARNING, 1, NOV_23, "BKN")).isEqualTo("PRG.0001/11/2026");
	}

	@Test
	void aBadPatternIsRefusedWithWhatIsWrongAndWhere() {
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("warning", "{seq}/{kode}/{year}"), Map.of()))
			.hasMessageContaining("netra.documents.numbering.warning")
			.hasMessageContaining("unknown token {kode}")
			.hasMessageContaining("{roman-month}");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("default", "{seq}/{year"), Map.of()))
			.hasMessageContaining("netra.documents.numbering.default")
			.hasMessageContaining("'{' without '}'");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("default", "{seq}}/{year}"), Map.of()))
			.hasMessageContaining("'}' without '{'");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("reprimand", "{seq}/{code}/{roman-month}"), Map.of()))
			.hasMessageContaining("netra.documents.numbering.reprimand")
			.hasMessageContaining("must contain both {seq} and {year}");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("default", " "), Map.of())).hasMessageContaining("empty");
	}

	@Test
	void settingsThatNameNoKindOrNumberTwoKindsAlikeAreRefused() {
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("teguran", "{seq}/{year}"), Map.of()))
			.hasMessageContaining("netra.documents.numbering.teguran names no kind of letter")
			.hasMessageContaining("block-notice");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of("default", "{seq}/{year}"), Map.of()))
			.hasMessageContaining("would both be numbered 0001/2026");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of(), Map.of("warning", "REK")))
			.hasMessageContaining("recommendation and warning would both be numbered 0001/REK/BKN/XI/2026");
		assertThatThrownBy(() -> NumberingScheme.of(Map.of(), Map.of("warning", "P R G")))
			.hasMessageContaining("netra.documents.codes.warning");
	}

	@Test
	void aMistypedPatternStopsTheStartAndGoodSettingsBind() {
		settings.withPropertyValues("netra.documents.numbering.block-notice={seq}/{code}/{yaer}")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("netra.documents.numbering.block-notice")
				.hasMessageContaining("unknown token {yaer}"));
		settings.withPropertyValues("netra.documents.numbering.BLOCK_NOTICE={code}/{seq}/{year}",
				"netra.documents.codes.block-notice=BLOK")
			.run(context -> {
				DocumentSettings bound = context.getBean(DocumentSettings.class);
				assertThat(bound.numberingScheme().number(LetterKind.BLOCK_NOTICE, 5, NOV_23, "BKN"))
					.isEqualTo("BLOK/0005/2026");
				assertThat(bound.place()).isEqualTo("Jakarta");
			});
	}

	@Test
	void verificationCodesAreLongRandomAndForgiveHowTheyAreTyped() {
		VerificationCode code = VerificationCode.random();
		assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
		assertThat(VerificationCode.random()).isNotEqualTo(code);
		String typed = code.value().toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
		assertThat(VerificationCode.parse(typed)).contains(code);
		assertThat(VerificationCode.parse(code.value().replace("-", ""))).contains(code);
		assertThat(VerificationCode.parse("7KQ2-M9XD-4HBT-WC0E-RS5")).isEmpty();
		assertThat(VerificationCode.parse("7KQ2-M9XD-4HBT-WC0E-RS5U")).isEmpty();
		assertThat(VerificationCode.parse(null)).isEmpty();
	}
}
