package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameUnitTests {

	@Test
	void titlesCaseSpacingAndAccentsDoNotCount() {
		String key = PersonName.matchKey("Siti Rahmawati");
		assertThat(PersonName.matchKey("Hj. SITI  RAHMAWATI, S.Pd., M.Si.")).isEqualTo(key);
		assertThat(PersonName.matchKey("Dra. Siti Rahmawati S.Pd")).isEqualTo(key);
		assertThat(PersonName.matchKey("siti rahmawati S. Pd.")).isEqualTo(key);
		assertThat(PersonName.matchKey("Sití Rahmawatí")).isEqualTo(key);
		assertThat(PersonName.matchKey("Drs. H. Ir. Siti Rahmawati")).isEqualTo(key);
	}

	@Test
	void oldAndNewSpellingsMeet() {
		assertThat(PersonName.matchKey("Soedjono")).isEqualTo(PersonName.matchKey("Sujono"));
		assertThat(PersonName.matchKey("Tjahjo Koemolo")).isEqualTo(PersonName.matchKey("Cahyo Kumolo"));
		assertThat(PersonName.matchKey("Chairul Anwar")).isEqualTo(PersonName.matchKey("Khairul Anwar"));
		assertThat(PersonName.matchKey("Muhammad Soerjadi")).isEqualTo(PersonName.matchKey("Muhamad Suryadi"));
	}

	@Test
	void differentNamesStayDifferent() {
		assertThat(PersonName.matchKey("Siti Rahmawati")).isNotEqualTo(PersonName.matchKey("Siti Rahmawan"));
		assertThat(PersonName.matchKey("Budi Santoso")).isNotEqualTo(PersonName.matchKey("Budi"));
		// a name that is only a title keeps its one word instead of vanishing
		assertThat(PersonName.matchKey("Haji")).isEqualTo("haji");
		assertThat(PersonName.matchKey(", S.Pd.")).isEmpty();
		assertThat(PersonName.matchKey(null)).isEmpty();
	}
}
