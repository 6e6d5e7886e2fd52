package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DatesUnitTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Test
	void aDayReadsInTheReadersLanguage() {
		LocalDate day = LocalDate.of(2026, 12, 9);
		assertThat(Dates.day(day, INDONESIAN)).isEqualTo("9 Desember 2026");
		assertThat(Dates.day(day, Locale.ENGLISH)).isEqualTo("9 December 2026");
		assertThat(Dates.day(LocalDate.of(2026, 5, 1), Locale.forLanguageTag("id-ID"))).isEqualTo("1 Mei 2026");
	}

	@Test
	void aMomentReadsInJakartaTime() {
		// 07:05 UTC is 14:05 WIB
		Instant at = Instant.parse("2026-12-09T07:05:00Z");
		assertThat(Dates.dateTime(at, INDONESIAN)).isEqualTo("9 Desember 2026, 14.05");
		assertThat(Dates.dateTime(at, Locale.ENGLISH)).isEqualTo("9 December 2026, 14:05");
		// 20:00 UTC is already the next day in Jakarta
		assertThat(Dates.dateTime(Instant.parse("2026-12-09T20:00:00Z"), INDONESIAN)).isEqualTo("10 Desember 2026, 03.00");
	}

	@Test
	void aDeadlineAtMidnightIsShownAsTheDayBefore() {
		// midnight of 10 December in Jakarta: the last day to act is the 9th
		Instant midnight = Instant.parse("2026-12-09T17:00:00Z");
		assertThat(Dates.lastDay(midnight)).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(Dates.deadline(midnight, INDONESIAN)).isEqualTo("9 Desember 2026");
		assertThat(Dates.deadline(midnight, Locale.ENGLISH)).isEqualTo("9 December 2026");
	}

	@Test
	void aDeadlineAtAnyOtherTimeIsShownOnItsOwnDayWithItsTime() {
		Instant afternoon = Instant.parse("2026-12-09T07:00:00Z");
		assertThat(Dates.lastDay(afternoon)).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(Dates.deadline(afternoon, INDONESIAN)).isEqualTo("9 Desember 2026, 14.00 WIB");
		// one second after midnight is still the new day
		assertThat(Dates.lastDay(Instant.parse("2026-12-09T17:00:01Z"))).isEqualTo(LocalDate.of(2026, 12, 10));
	}
}
