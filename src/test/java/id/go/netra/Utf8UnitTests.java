package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8UnitTests {

	private static final String CSV = "NAMA,INSTANSI\r\nAni,Pemkot\r\nJosé Müller,Pemkab\r\n";

	@Test
	void utf8WithOrWithoutAByteOrderMarkIsRead() {
		assertThat(Utf8.decode(CSV.getBytes(StandardCharsets.UTF_8))).isEqualTo(CSV);
		assertThat(Utf8.decode(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFEFF" + CSV);
	}

	@Test
	void windows1252IsRefusedNamingTheLine() {
		assertRefusedAtLine(CSV.getBytes(Charset.forName("windows-1252")), 3);
	}

	@Test
	void utf16IsRefusedWithOrWithoutAByteOrderMark() {
		assertRefusedAtLine(CSV.getBytes(StandardCharsets.UTF_16LE), 1);
		assertRefusedAtLine(CSV.getBytes(StandardCharsets.UTF_16), 1);
	}

	@Test
	void aCharacterCutOffAtTheEndIsRefused() {
		byte[] bytes = "Müller".getBytes(StandardCharsets.UTF_8);
		assertRefusedAtLine(java.util.Arrays.copyOf(bytes, 2), 1);
	}

	@Test
	void aStreamFedInPiecesMaySplitACharacter() {
		byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
		Utf8 check = Utf8.check();
		for (int i = 0; i < bytes.length; i++) {
			check.feed(new byte[] { bytes[i] }, 1);
		}
		check.finish();
	}

	private static void assertRefusedAtLine(byte[] bytes, long line) {
		assertThatThrownBy(() -> Utf8.decode(bytes)).isInstanceOfSatisfying(DomainException.class, refused -> {
			assertThat(refused.messageCode()).isEqualTo(Utf8.NOT_UTF8);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.arguments()).containsExactly(line);
		});
		assertThatThrownBy(() -> {
			Utf8 check = Utf8.check();
			check.feed(bytes, bytes.length);
			check.finish();
		}).isInstanceOf(DomainException.class);
	}
}
