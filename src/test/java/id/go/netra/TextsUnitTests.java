package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsUnitTests {

	@Test
	void textOfOnlyInvisibleCharactersIsBlank() {
		// zero-width space, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, NBSP, narrow NBSP, ideographic space,
		// Hangul filler, braille blank, a variation selector, a tag character
		String invisible = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0\u202F\u3000\u3164\u2800\uFE0F"
				+ new String(Character.toChars(0xE0020)) + " \t\r\n";
		invisible.codePoints()
			.forEach(c -> assertThat(Texts.isBlank(Character.toString(c))).as("U+%04X", c).isTrue());
		assertThat(Texts.isBlank(invisible)).isTrue();
		assertThat(Texts.received(invisible)).isEmpty();
		assertThat(Texts.isBlank(null)).isTrue();
	}

	@Test
	void aVisibleCharacterMakesTextOfIt() {
		assertThat(Texts.isBlank("\u200B.\u200B")).isFalse();
		assertThat(Texts.isBlank("\u0915\u094D\u200D")).as("a joiner inside a word").isFalse();
		assertThat(Texts.received("\u200Bada\u200B")).isEqualTo("\u200Bada\u200B");
	}

	@Test
	void controlCharactersAreDroppedButLineBreaksAndTabsKept() {
		assertThat(Texts.received("Lurah\u0000 membagikan\u0007\u001B uang\r\n\tdi balai\u0085"))
			.isEqualTo("Lurah membagikan uang\r\n\tdi balai");
		assertThat(Texts.received("\u0000\u0000")).isEmpty();
		assertThat(Texts.received(null)).isNull();
	}

	@Test
	void aFileNameKeepsItsLastSegmentWithoutControlOrFormatCharacters() {
		assertThat(Texts.fileName("foto\u0000.jpg")).isEqualTo("foto.jpg");
		assertThat(Texts.fileName("C:\\Users\\ani\\bukti\u202Egpj.exe")).isEqualTo("buktigpj.exe");
		assertThat(Texts.fileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Texts.fileName("bukti\r\nX-Header: 1.pdf")).isEqualTo("buktiX-Header: 1.pdf");
		assertThat(Texts.fileName("\u0000\u200B")).isNull();
		assertThat(Texts.fileName("..")).isNull();
		assertThat(Texts.fileName("a/")).isNull();
		assertThat(Texts.fileName("x".repeat(300))).hasSize(200);
		assertThat(Texts.fileName(null)).isNull();
	}
}
