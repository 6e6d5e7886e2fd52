package id.go.netra.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Letters are dated the Indonesian way and carry the month in Roman numerals in their number. */
class IndonesianDateUnitTests {

	@Test
	void everyMonthHasItsIndonesianName() {
		assertThat(IntStream.rangeClosed(1, 12).mapToObj(month -> IndonesianDate.longForm(LocalDate.of(2026, month, 1))))
			.containsExactly("1 Januari 2026", "1 Februari 2026", "1 Maret 2026", "1 April 2026", "1 Mei 2026",
					"1 Juni 2026", "1 Juli 2026", "1 Agustus 2026", "1 September 2026", "1 Oktober 2026",
					"1 November 2026", "1 Desember 2026");
		assertThat(IndonesianDate.longForm(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
	}

	@Test
	void everyMonthHasItsRomanNumeral() {
		assertThat(IntStream.rangeClosed(1, 12).mapToObj(month -> IndonesianDate.romanMonth(LocalDate.of(2026, month, 1))))
			.containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
	}
}
