package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class JurisdictionUnitTests {

	@Test
	void nationalCoversEverything() {
		assertThat(Jurisdiction.of(Set.of("NATIONAL", "32")).covers("91.01")).isTrue();
		assertThat(Jurisdiction.NATIONAL.covers(null)).isTrue();
	}

	@Test
	void aProvinceCoversItsRegenciesButNotItsNeighbours() {
		Jurisdiction westJava = Jurisdiction.of(Set.of("32"));
		assertThat(westJava.covers("32")).isTrue();
		assertThat(westJava.covers("32.73")).isTrue();
		assertThat(westJava.covers("33.01")).isFalse();
		// "3" is not a prefix match of "32": codes are compared segment by segment
		assertThat(Jurisdiction.of(Set.of("3")).covers("32.73")).isFalse();
	}

	@Test
	void aRegencyCoversOnlyItself() {
		Jurisdiction bandung = Jurisdiction.of(Set.of("32.73"));
		assertThat(bandung.covers("32.73")).isTrue();
		assertThat(bandung.covers("32")).isFalse();
		assertThat(bandung.covers("32.04")).isFalse();
		assertThat(bandung.covers(null)).isFalse();
	}

	@Test
	void describesItselfAsStored() {
		assertThat(Jurisdiction.NATIONAL).hasToString("NATIONAL");
		assertThat(Jurisdiction.of(Set.of("33", "34"))).hasToString("33,34");
	}
}
