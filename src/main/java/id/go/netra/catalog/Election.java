package id.go.netra.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An election (Pemilu or Pilkada) with its phases, contiguous from the start of its stages. */
public record Election(String code, String name, String nameEn, Kind kind, LocalDate votingDate,
		LocalDate candidateDeterminationDate, String legalBasis, List<Phase> phases) {

	public enum Kind {
		GENERAL, REGIONAL
	}

	public record Phase(String code, String name, String nameEn, LocalDate start, LocalDate end) {

		public boolean contains(LocalDate date) {
			return !date.isBefore(start) && !date.isAfter(end);
		}
	}

	public Election {
		phases = List.copyOf(phases);
	}

	public Optional<Phase> phaseOn(LocalDate date) {
		return phases.stream().filter(phase -> phase.contains(date)).findFirst();
	}
}
