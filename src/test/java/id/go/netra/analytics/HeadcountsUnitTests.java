package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.go.netra.ClusterSignal;
import id.go.netra.ClusterSignals;
import id.go.netra.personnel.RegistryCensus;

/** When the head counts are counted again: after a signal, and never from a count the signal overtook. */
class HeadcountsUnitTests {

	private final RegistryCensus census = mock(RegistryCensus.class);
	private final Headcounts headcounts = new Headcounts(census, mock(ClusterSignals.class));

	@Test
	void countsOnceUntilASignalComes() {
		when(census.activeCivilServantsByProvince()).thenReturn(Map.of("33", 10L), Map.of("33", 12L));

		assertThat(headcounts.byProvince()).containsEntry("33", 10L);
		assertThat(headcounts.byProvince()).containsEntry("33", 10L);
		headcounts.on(new ClusterSignal("headcounts", ""));
		assertThat(headcounts.byProvince()).containsEntry("33", 12L);
		headcounts.on(new ClusterSignal("another-topic", ""));
		assertThat(headcounts.byProvince()).containsEntry("33", 12L);
		verify(census, times(2)).activeCivilServantsByProvince();
	}

	@Test
	void aCountOvertakenByASignalIsAnsweredButNotKept() {
		when(census.activeCivilServantsByProvince()).thenAnswer(counting -> {
			// the import commits and its signal arrives while this count still runs on its older snapshot
			headcounts.on(new ClusterSignal("headcounts", ""));
			return Map.of("33", 10L);
		}).thenReturn(Map.of("33", 12L));

		assertThat(headcounts.byProvince()).containsEntry("33", 10L);
		assertThat(headcounts.byProvince()).as("counted again, not the overtaken count").containsEntry("33", 12L);
		assertThat(headcounts.byProvince()).containsEntry("33", 12L);
		verify(census, times(2)).activeCivilServantsByProvince();
	}

	@Test
	void everythingCountsAsASignal() {
		when(census.activeCivilServantsByProvince()).thenReturn(Map.of("33", 10L), Map.of("33", 11L));

		headcounts.byProvince();
		headcounts.on(new ClusterSignal(ClusterSignal.EVERYTHING, ""));
		assertThat(headcounts.byProvince()).containsEntry("33", 11L);
	}
}
