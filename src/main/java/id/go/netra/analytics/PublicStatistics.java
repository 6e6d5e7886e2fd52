package id.go.netra.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.ReplicaReads;
import id.go.netra.casework.CaseStatus;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * What the public may know about the cases (the transparency portal and {@code /api/v1/public/statistics}):
 * national counts by status, province and employer type, and how each employer's PPK follows recommendations up;
 * every count passed through {@link Suppression}, and nothing about a person or a single case. The answer is
 * computed at most once per {@code netra.analytics.public-cache} (60 s) whatever the traffic, from the read
 * replica where there is one ({@link ReplicaReads}).
 */
@Service
public class PublicStatistics {

	/** The whole public answer. Counts are {@code count} (null when suppressed) and {@code shown}. */
	public record Answer(Instant generatedAt, int suppressedBelow, Suppression.Cell cases, List<StatusCount> byStatus,
			List<ProvinceCount> provinces, Suppression.Cell provinceNotRecorded, List<KindCount> byEmployerKind,
			List<EmployerScore> followUpByEmployer) {
	}

	public record StatusCount(String status, Long count, String shown) {
	}

	/** {@code per10000} is withheld with the count, and missing where the registry has no head count. */
	public record ProvinceCount(String code, String name, Long count, String shown, Double per10000) {
	}

	/** {@code kind} is CENTRAL, PROVINCE, REGENCY, CITY, or NOT_RECORDED for cases not tied to an employer. */
	public record KindCount(String kind, Long count, String shown) {
	}

	/** The PPK compliance scorecard's row: recommendations forwarded to the employer and followed up. */
	public record EmployerScore(String employerCode, String employerName, String kind, Suppression.Cell forwarded,
			Suppression.Cell followedUp, Double followUpRate, Double medianDaysToFollowUp) {
	}

	static final String NOT_RECORDED = "NOT_RECORDED";

	private record Cached(Answer answer, Instant until) {
	}

	private final JdbcClient jdbc;
	private final Statistics statistics;
	private final Employers employers;
	private final ReplicaReads replica;
	private final Duration ttl;
	private final Clock clock = Clock.systemUTC();
	private final AtomicReference<Cached> cached = new AtomicReference<>();

	PublicStatistics(JdbcClient jdbc, Statistics statistics, Employers employers, ReplicaReads replica,
			AnalyticsSettings settings) {
		this.jdbc = jdbc;
		this.replica = replica;
		this.statistics = statistics;
		this.employers = employers;
		this.ttl = settings.publicCache();
	}

	/** The answer as of at most {@code ttl} ago; one caller computes it when it is stale, the others wait. */
	public Answer current() {
		Cached known = cached.get();
		if (known != null && clock.instant().isBefore(known.until())) {
			return known.answer();
		}
		synchronized (this) {
			known = cached.get();
			if (known == null || !clock.instant().isBefore(known.until())) {
				known = new Cached(replica.read(this::compute), clock.instant().plus(ttl));
				cached.set(known);
			}
			return known.answer();
		}
	}

	/** Forgets the cached answer (as its time running out would). */
	void expire() {
		cached.set(null);
	}

	@Transactional(readOnly = true)
	Answer compute() {
		Map<String, Long> statuses = new LinkedHashMap<>();
		Arrays.stream(CaseStatus.values()).forEach(s -> statuses.put(s.name(), 0L));
		jdbc.sql("select c.status as k, count(*) as n from case_fact c group by c.status")
			.query(rs -> {
				statuses.merge(rs.getString("k"), rs.getLong("n"), Long::sum);
			});
		long total = statuses.values().stream().mapToLong(Long::longValue).sum();
		ProvincesPart provinces = provinces(total);
		return new Answer(clock.instant(), Suppression.THRESHOLD, Suppression.cell(total), byStatus(statuses),
				provinces.rows(), provinces.notRecorded(), byEmployerKind(total), scorecard());
	}

	private static List<StatusCount> byStatus(Map<String, Long> statuses) {
		List<Suppression.Cell> cells = Suppression.partsOfTotal(new ArrayList<>(statuses.values()));
		List<String> keys = new ArrayList<>(statuses.keySet());
		List<StatusCount> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			rows.add(new StatusCount(keys.get(i), cells.get(i).count(), cells.get(i).shown()));
		}
		return rows;
	}

	/** The 38 provinces and, as the last part of the total, the cases whose place was not recorded. */
	private ProvincesPart provinces(long total) {
		List<Statistics.RegionCount> provinces = statistics.provinces(null);
		List<Long> counts = new ArrayList<>(provinces.stream().map(Statistics.RegionCount::cases).toList());
		counts.add(total - counts.stream().mapToLong(Long::longValue).sum());
		List<Suppression.Cell> cells = Suppression.partsOfTotal(counts);
		List<ProvinceCount> rows = new ArrayList<>();
		for (int i = 0; i < provinces.size(); i++) {
			Statistics.RegionCount p = provinces.get(i);
			Suppression.Cell cell = cells.get(i);
			rows.add(new ProvinceCount(p.code(), p.name(), cell.count(), cell.shown(),
					cell.suppressed() ? null : p.per10000()));
		}
		return new ProvincesPart(rows, cells.get(cells.size() - 1));
	}

	private List<KindCount> byEmployerKind(long total) {
		Map<String, Long> kinds = new LinkedHashMap<>();
		Arrays.stream(Employer.Kind.values()).forEach(k -> kinds.put(k.name(), 0L));
		kinds.put(NOT_RECORDED, 0L);
		statistics.by(null, Statistics.Dimension.EMPLOYER_KIND)
			.forEach(c -> kinds.merge(c.key() == null ? NOT_RECORDED : c.key(), c.count(), Long::sum));
		List<String> keys = new ArrayList<>(kinds.keySet());
		List<Suppression.Cell> cells = Suppression.partsOfTotal(new ArrayList<>(kinds.values()));
		List<KindCount> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			rows.add(new KindCount(keys.get(i), cells.get(i).count(), cells.get(i).shown()));
		}
		return rows;
	}

	/**
	 * Per employer with any recommendation forwarded: forwarded and followed up, the rate and the median days.
	 * Followed up and not yet followed up are the two parts of the forwarded total, suppressed together; and each
	 * column adds up to a national figure the status table nearly gives away, so each column is suppressed as the
	 * parts of a total as well. Lowest rate first; employers whose rate is withheld after them, by name.
	 */
	private List<EmployerScore> scorecard() {
		List<FollowUps> rows = jdbc.sql("""
				select c.employer_code as employer, count(*) as forwarded, count(c.followed_up_at) as followed_up,
				  percentile_cont(0.5) within group (order by c.days_to_follow_up) as median_days
				from case_fact c where c.forwarded_at is not null and c.employer_code is not null
				group by c.employer_code""")
			.query((rs, row) -> new FollowUps(rs.getString("employer"), rs.getLong("forwarded"), rs.getLong("followed_up"),
					rs.getObject("median_days") == null ? null
							: Statistics.round(((Number) rs.getObject("median_days")).doubleValue(), 1)))
			.list();
		Set<Integer> pairHidden = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			FollowUps r = rows.get(i);
			if (Suppression.partsOfTotal(List.of(r.followedUp(), r.forwarded() - r.followedUp())).get(0).suppressed()) {
				pairHidden.add(i);
			}
		}
		List<Suppression.Cell> forwarded = Suppression.partsOfTotal(rows.stream().map(FollowUps::forwarded).toList());
		List<Suppression.Cell> followedUp = Suppression
			.partsOfTotal(rows.stream().map(FollowUps::followedUp).toList(), pairHidden);
		List<EmployerScore> scores = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			FollowUps r = rows.get(i);
			Employer employer = employers.find(r.employer()).orElse(null);
			boolean hidden = forwarded.get(i).suppressed() || followedUp.get(i).suppressed();
			scores.add(new EmployerScore(r.employer(), employer == null ? r.employer() : employer.name(),
					employer == null ? null : employer.kind().name(), forwarded.get(i), followedUp.get(i),
					hidden ? null : Suppression.rate(r.followedUp(), r.forwarded()),
					Suppression.derived(r.medianDays(), r.followedUp())));
		}
		scores.sort(Comparator.comparing(EmployerScore::followUpRate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(EmployerScore::employerName));
		return scores;
	}

	private record FollowUps(String employer, long forwarded, long followedUp, Double medianDays) {
	}

	private record ProvincesPart(List<ProvinceCount> rows, Suppression.Cell notRecorded) {
	}
}
