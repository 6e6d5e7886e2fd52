package id.go.netra.fostering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.go.netra.catalog.Election;

class ReminderTextUnitTests {

	static final Election.Phase CAMPAIGN = new Election.Phase("CAMPAIGN", "Masa kampanye", "Campaign period",
			LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23));

	static final Election PILKADA = new Election("PILKADA-2024", "Pemilihan Kepala Daerah 2024",
			"2024 Regional Elections", Election.Kind.REGIONAL, LocalDate.of(2024, 11, 27), LocalDate.of(2024, 9, 22),
			"UU 10/2016", List.of(CAMPAIGN));

	@Test
	void placeholdersAreFilledInTheTextsLanguageAndAnUnknownOneStaysVisible() {
		String template = "{nama} ({instansi}): {tahapan} {pemilu} {mulai} - {selesai} {nip}";

		String indonesian = ReminderText.fill(template, "Sari", "Pemprov Jabar", PILKADA, CAMPAIGN,
				Locale.forLanguageTag("id"));
		String english = ReminderText.fill(template, "Sari", "West Java", PILKADA, CAMPAIGN, Locale.ENGLISH);

		assertThat(indonesian).isEqualTo("Sari (Pemprov Jabar): Masa kampanye Pemilihan Kepala Daerah 2024 "
				+ "25 September 2024 - 23 November 2024 {nip}");
		assertThat(english).startsWith("Sari (West Java): Campaign period 2024 Regional Elections 25 September 2024")
			.endsWith("{nip}");
	}

	@Test
	void theWaitBeforeARetryDoublesUpToAnHour() {
		FosteringSettings settings = new FosteringSettings("netra@localhost", java.time.Duration.ofSeconds(30), 200, 5,
				java.time.Duration.ofMinutes(1));

		assertThat(settings.backoffAfter(1)).hasMinutes(1);
		assertThat(settings.backoffAfter(3)).hasMinutes(4);
		assertThat(settings.backoffAfter(20)).hasHours(1);
	}
}
