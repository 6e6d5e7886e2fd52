package id.go.netra.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.casework.CaseScope;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.Stage;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;

/**
 * Counts over the cases' read model, scoped like the cases themselves (a PPK counts its own employer's cases, a
 * regional Bawaslu those of its jurisdiction). The national scope and a single province's or regency's read the
 * tallies ({@link CaseTally}); other scopes group the indexed columns of {@code case_fact}. Nothing here reads
 * the case tables.
 */
@Service
public class Statistics {

	/** One bar, slice or row: a key (code), how many, and for rates the share. */
	public record Count(String key, long count) {
	}

	/** The totals at the top of a dashboard. */
	public record Totals(long cases, long open, long overdue, long forwarded, long followedUp, Double followUpRate,
			Double medianDaysToFollowUp, Double medianDaysToSanction) {
	}

	/** Cases filed in the week starting on {@code weekOf} (a Monday). */
	public record Week(LocalDate weekOf, long count) {
	}

	/** A province or a regency/city with its cases and, where the registry knows it, its ASN head count. */
	public record RegionCount(String code, String name, long cases, Long civilServants, Double per10000) {
	}

	private final JdbcClient jdbc;
	private final Regions regions;
	private final Headcounts headcounts;
	private final CaseTally tally;

	Statistics(JdbcClient jdbc, Regions regions, Headcounts headcounts, CaseTally tally) {
		this.tally = tally;
		this.jdbc = jdbc;
		this.regions = regions;
		this.headcounts = headcounts;
	}

	@Transactional(readOnly = true)
	public Totals totals(Actor actor) {
		Tally t = tallyFor(actor);
		if (t != null) {
			long forwarded = tally.count(t.region(), "FORWARDED");
			long followedUp = tally.count(t.region(), "FOLLOWED_UP");
			return new Totals(tally.count(t.region(), "ALL"), tally.count(t.region(), "OPEN"),
					tally.count(t.region(), "OVERDUE"), forwarded, followedUp,
					forwarded == 0 ? null : round((double) followedUp / forwarded, 3),
					tally.median(t.region(), "D_FOLLOW_UP"), tally.median(t.region(), "D_SANCTION"));
		}
		Query q = Query.of(actor);
		return jdbc.sql("""
				select count(*) as cases,
				  sum(case when c.is_open then 1 else 0 end) as open_cases,
				  sum(case when c.is_open and c.overdue then 1 else 0 end) as overdue_cases,
				  count(c.forwarded_at) as forwarded, count(c.followed_up_at) as followed_up,
				  percentile_cont(0.5) within group (order by c.days_to_follow_up) as median_follow_up,
				  percentile_cont(0.5) within group (order by c.days_to_sanction) as median_sanction
				from case_fact c where 1 = 1""" + q.where())
			.params(q.params())
			.query((rs, row) -> {
				long forwarded = rs.getLong("forwarded");
				long followedUp = rs.getLong("followed_up");
				return new Totals(rs.getLong("cases"), rs.getLong("open_cases"), rs.getLong("overdue_cases"), forwarded,
						followedUp, forwarded == 0 ? null : round((double) followedUp / forwarded, 3),
						nullable(rs.getObject("median_follow_up")), nullable(rs.getObject("median_sanction")));
			})
			.single();
	}

	/** Cases by one of the read model's columns: status, position_class, employer_code, employer_kind, source... */
	@Transactional(readOnly = true)
	public List<Count> by(Actor actor, Dimension dimension) {
		Tally t = tallyFor(actor);
		if (t != null) {
			return counted(tally.counts(t.region(), dimension.name()));
		}
		Query q = Query.of(actor);
		return jdbc.sql("select c." + dimension.column + " as k, count(*) as n from case_fact c where 1 = 1" + q.where()
				+ " group by c." + dimension.column + " order by n desc, k")
			.params(q.params())
			.query((rs, row) -> new Count(rs.getString("k"), rs.getLong("n")))
			.list();
	}

	/**
	 * Cases by the stage they wait in (casework's {@link Stage}: the agency that must act next), closed cases
	 * apart: the status counts folded, so no second scan. The read model counts by status, so a follow-up waiting
	 * for the auditor is counted under {@link Stage#FOLLOW_UP}, and no {@link Stage#AUDIT} row is shown.
	 */
	@Transactional(readOnly = true)
	public List<Count> byStage(Actor actor) {
		Map<Stage, Long> stages = new java.util.EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			if (stage != Stage.AUDIT) {
				stages.put(stage, 0L);
			}
		}
		for (Count status : by(actor, Dimension.STATUS)) {
			stages.merge(Stage.of(CaseStatus.valueOf(status.key()), false), status.count(), Long::sum);
		}
		return stages.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getValue())).toList();
	}

	/** Proven violations by catalogue code (a case proven on two counts is counted under both). */
	@Transactional(readOnly = true)
	public List<Count> byViolation(Actor actor) {
		Tally t = tallyFor(actor);
		if (t != null) {
			return counted(tally.counts(t.region(), "VIOLATION"));
		}
		Query q = Query.of(actor);
		return jdbc.sql("""
				select v.violation_code as k, count(*) as n
				from case_fact_violation v join case_fact c on c.case_id = v.case_id
				where 1 = 1""" + q.where() + " group by v.violation_code order by n desc, k")
			.params(q.params())
			.query((rs, row) -> new Count(rs.getString("k"), rs.getLong("n")))
			.list();
	}

	/** Cases filed per week from {@code from} to {@code to}, weeks without cases included as zero. */
	@Transactional(readOnly = true)
	public List<Week> weekly(Actor actor, LocalDate from, LocalDate to) {
		Query q = Query.of(actor);
		Map<String, Object> params = new HashMap<>(q.params());
		params.put("from", from);
		params.put("to", to);
		Map<LocalDate, Long> weeks = new TreeMap<>();
		for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
			weeks.put(week, 0L);
		}
		Tally t = tallyFor(actor);
		if (t != null) {
			days(tally.counts(t.region(), "FILED_ON"), from, to)
				.forEach((day, n) -> weeks.merge(monday(day), n, Long::sum));
			return weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue())).toList();
		}
		jdbc.sql("select c.filed_on as d, count(*) as n from case_fact c where c.filed_on between :from and :to"
				+ q.where() + " group by c.filed_on")
			.params(params)
			.query(rs -> {
				weeks.merge(monday(rs.getObject("d", LocalDate.class)), rs.getLong("n"), Long::sum);
			});
		return weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue())).toList();
	}

	/** Acts per day by the day they happened, between two days (for an election's timeline). */
	@Transactional(readOnly = true)
	public Map<LocalDate, Long> byIncidentDay(Actor actor, LocalDate from, LocalDate to) {
		Tally t = tallyFor(actor);
		if (t != null) {
			return days(tally.counts(t.region(), "INCIDENT_ON"), from, to);
		}
		Query q = Query.of(actor);
		Map<String, Object> params = new HashMap<>(q.params());
		params.put("from", from);
		params.put("to", to);
		Map<LocalDate, Long> days = new TreeMap<>();
		jdbc.sql("select c.incident_date as d, count(*) as n from case_fact c where c.incident_date between :from and :to"
				+ q.where() + " group by c.incident_date")
			.params(params)
			.query(rs -> {
				days.put(rs.getObject("d", LocalDate.class), rs.getLong("n"));
			});
		return days;
	}

	/** Every province (38) with its cases and cases per 10,000 ASN working there. */
	@Transactional(readOnly = true)
	public List<RegionCount> provinces(Actor actor) {
		Map<String, Long> cases = grouped(actor, "province_code", null);
		Map<String, Long> staff = headcounts.byProvince();
		return regions.provinces()
			.stream()
			.map(p -> regionCount(p, cases.getOrDefault(p.code(), 0L), staff.get(p.code())))
			.toList();
	}

	/** The regencies and cities of a province with their cases, most first. */
	@Transactional(readOnly = true)
	public List<RegionCount> regencies(Actor actor, String provinceCode) {
		Map<String, Long> cases = grouped(actor, "regency_code", provinceCode);
		return regions.regenciesOf(provinceCode)
			.stream()
			.map(r -> regionCount(r, cases.getOrDefault(r.code(), 0L), null))
			.sorted((a, b) -> Long.compare(b.cases(), a.cases()))
			.toList();
	}

	private Map<String, Long> grouped(Actor actor, String column, String provinceCode) {
		Tally t = tallyFor(actor);
		if (t != null) {
			Map<String, Long> counts = new LinkedHashMap<>();
			tally.counts(t.region(), column.equals("province_code") ? "PROVINCE" : "REGENCY").forEach((code, n) -> {
				if (code != null && (provinceCode == null || code.startsWith(provinceCode + "."))) {
					counts.put(code, n);
				}
			});
			return counts;
		}
		Query q = Query.of(actor);
		Map<String, Object> params = new HashMap<>(q.params());
		String within = "";
		if (provinceCode != null) {
			within = " and c.province_code = :province";
			params.put("province", provinceCode);
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select c." + column + " as k, count(*) as n from case_fact c where c." + column + " is not null"
				+ within + q.where() + " group by c." + column)
			.params(params)
			.query(rs -> {
				counts.put(rs.getString("k"), rs.getLong("n"));
			});
		return counts;
	}

	private static RegionCount regionCount(Region region, long cases, Long staff) {
		Double rate = staff == null || staff == 0 ? null : round(cases * 10_000.0 / staff, 2);
		return new RegionCount(region.code(), region.name(), cases, staff, rate);
	}

	/** The read model's columns a dashboard groups by. */
	public enum Dimension {
		STATUS("status"), POSITION_CLASS("position_class"), EMPLOYER("employer_code"), EMPLOYER_KIND("employer_kind"),
		SOURCE("source"), RECOMMENDED_LEVEL("recommended_level");

		private final String column;

		Dimension(String column) {
			this.column = column;
		}

		String column() {
			return column;
		}
	}

	/** The case scope of an actor, as SQL over {@code case_fact c}. */
	private record Query(String where, Map<String, Object> params) {

		static Query of(Actor actor) {
			StringBuilder where = new StringBuilder();
			Map<String, Object> params = new HashMap<>();
			if (actor != null) {
				CaseScope.of(actor).restrict(where, params, "forwarded_at");
			}
			return new Query(where.toString(), params);
		}
	}

	/** Which of the tallies counts exactly the cases in an actor's scope. */
	private record Tally(String region) {
	}

	/**
	 * The tally that answers for the actor instead of a grouped scan: the national one for those who see every
	 * case, a province's or a regency's for a jurisdiction of exactly that one region. Null when only grouping the
	 * read model can answer: a PPK (its employer's cases, through the employer index), several regions at once,
	 * or a district.
	 */
	private static Tally tallyFor(Actor actor) {
		CaseScope scope = actor == null ? null : CaseScope.of(actor);
		if (scope == null || scope.national()) {
			return new Tally(CaseTally.NATIONAL);
		}
		if (scope.employer() == null && scope.regions().size() == 1) {
			String region = scope.regions().iterator().next();
			if (region.length() == 2 || region.length() == 5) {
				return new Tally(region);
			}
		}
		return null;
	}

	private static List<Count> counted(Map<String, Long> counts) {
		return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
	}

	private static Map<LocalDate, Long> days(Map<String, Long> counts, LocalDate from, LocalDate to) {
		Map<LocalDate, Long> days = new TreeMap<>();
		counts.forEach((day, n) -> {
			LocalDate date = LocalDate.parse(day);
			if (!date.isBefore(from) && !date.isAfter(to)) {
				days.put(date, n);
			}
		});
		return days;
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static Double nullable(Object value) {
		return value == null ? null : round(((Number) value).doubleValue(), 1);
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	static List<Count> top(List<Count> counts, int n) {
		return new ArrayList<>(counts.subList(0, Math.min(n, counts.size())));
	}
}
