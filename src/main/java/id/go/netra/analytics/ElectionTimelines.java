package id.go.netra.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.go.netra.DomainException;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;

/**
 * Cases of an election by the day their act happened, across its phases and some weeks on either side, with
 * each phase's total and cases per day: phases differ in length (the run-up to Pemilu 2024 lasted 17 months,
 * the quiet period 3 days), so only the rate per day shows where violations cluster.
 */
@Service
class ElectionTimelines {

	/** Weeks shown before the first phase and after the last. */
	static final int MARGIN_WEEKS = 4;

	enum Granularity {
		DAY, WEEK
	}

	/** One bar: the cases whose act fell from {@code start} to {@code end}, in the phase {@code start} is in. */
	record Point(LocalDate start, LocalDate end, String phase, long cases) {
	}

	/** A phase with its cases, its length in days, cases per day and its share of the election's cases. */
	record PhaseTotal(String code, String name, LocalDate start, LocalDate end, long days, long cases,
			double perDay, Double share) {
	}

	/** {@code busiestPhase}: the phase with the most cases per day, null while there are none. */
	record Timeline(String election, String name, Granularity granularity, LocalDate from, LocalDate to,
			long cases, long casesInPhases, String busiestPhase, List<PhaseTotal> phases, List<Point> points) {
	}

	/** An election for the selector. */
	record Choice(String code, String name, LocalDate votingDate) {
	}

	private final Statistics statistics;
	private final ElectionCalendar calendar;

	ElectionTimelines(Statistics statistics, ElectionCalendar calendar) {
		this.statistics = statistics;
		this.calendar = calendar;
	}

	List<Choice> elections(Locale locale) {
		return calendar.elections()
			.stream()
			.map(e -> new Choice(e.code(), english(locale) ? e.nameEn() : e.name(), e.votingDate()))
			.toList();
	}

	Timeline of(Actor actor, String code, Granularity granularity, Locale locale) {
		Dashboards.requireCaseRole(actor);
		Election election = calendar.election(code)
			.filter(e -> !e.phases().isEmpty())
			.orElseThrow(() -> DomainException.notFound("analytics.election.notFound", code));
		LocalDate from = Statistics.monday(election.phases().get(0).start().minusWeeks(MARGIN_WEEKS));
		LocalDate to = Statistics.monday(election.phases().get(election.phases().size() - 1).end()
			.plusWeeks(MARGIN_WEEKS)).plusDays(6);
		Map<LocalDate, Long> days = statistics.byIncidentDay(actor, from, to);
		long total = days.values().stream().mapToLong(Long::longValue).sum();
		List<PhaseTotal> phases = new ArrayList<>();
		long inPhases = 0;
		for (Election.Phase phase : election.phases()) {
			long cases = days.entrySet().stream().filter(d -> phase.contains(d.getKey()))
				.mapToLong(Map.Entry::getValue).sum();
			long length = ChronoUnit.DAYS.between(phase.start(), phase.end()) + 1;
			inPhases += cases;
			phases.add(new PhaseTotal(phase.code(), english(locale) ? phase.nameEn() : phase.name(), phase.start(),
					phase.end(), length, cases, Statistics.round((double) cases / length, 3),
					total == 0 ? null : Statistics.round((double) cases / total, 3)));
		}
		String busiest = phases.stream()
			.filter(p -> p.cases() > 0)
			.max(java.util.Comparator.comparingDouble(p -> (double) p.cases() / p.days()))
			.map(PhaseTotal::code)
			.orElse(null);
		return new Timeline(election.code(), english(locale) ? election.nameEn() : election.name(), granularity,
				from, to, total, inPhases, busiest, phases, points(election, days, granularity, from, to));
	}

	private static List<Point> points(Election election, Map<LocalDate, Long> days, Granularity granularity,
			LocalDate from, LocalDate to) {
		int step = granularity == Granularity.WEEK ? 7 : 1;
		List<Point> points = new ArrayList<>();
		for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(step)) {
			LocalDate end = start.plusDays(step - 1L);
			long cases = 0;
			for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
				cases += days.getOrDefault(day, 0L);
			}
			String phase = election.phaseOn(start).map(Election.Phase::code).orElse(null);
			points.add(new Point(start, end, phase, cases));
		}
		return points;
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
