package id.go.netra.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national counts ({@code case_tally}) and the same counts per province and per regency or city
 * ({@code region_tally}): each case is counted under one item of every dimension, nationally and in each region
 * it belongs to ({@code case_fact_region}). When the read model rewrites a case's row (under its row lock), the
 * case's old items are taken down and its new ones up in the same transaction, so the tallies always equal what
 * grouping {@code case_fact} would give. The changes are appended to {@code tally_change}, one row per case
 * event, rather than applied to the shared rows, so concurrent cases do not wait on each other's locks;
 * {@link #fold()} applies them every second, and reads add what is not folded yet.
 */
@Component
class CaseTally {

	/** One (dimension, item) a case is counted under, nationally (region null) or in a region. */
	record Item(String region, String dimension, String item) {
	}

	/** The national tally's region, for {@link #counts(String, String)}. */
	static final String NATIONAL = null;

	static final int FOLD_BATCH = 20_000;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	CaseTally(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The items of a case as its row (and violations) stand now; empty if the row is not counted yet. */
	List<Item> itemsOf(UUID caseId) {
		List<CaseFact> rows = jdbc.sql("select * from case_fact where case_id = :id and tallied")
			.param("id", caseId)
			.query((rs, n) -> CaseFact.read(rs))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		return itemsOf(rows.get(0).withDetails(
				new TreeSet<>(jdbc.sql("select region_code from case_fact_region where case_id = :id")
					.param("id", caseId)
					.query(String.class)
					.list()),
				jdbc.sql("select violation_code from case_fact_violation where case_id = :id")
					.param("id", caseId)
					.query(String.class)
					.list()));
	}

	/** The items a case's row counts in: nationally, and in each of its regions. */
	List<Item> itemsOf(CaseFact f) {
		List<Item> items = new ArrayList<>();
		add(items, "ALL", "");
		if (f.open()) {
			add(items, "OPEN", "");
			if (f.overdue()) {
				add(items, "OVERDUE", "");
			}
		}
		if (f.forwardedAt() != null) {
			add(items, "FORWARDED", "");
		}
		if (f.followedUpAt() != null) {
			add(items, "FOLLOWED_UP", "");
		}
		add(items, "STATUS", f.status());
		add(items, "POSITION_CLASS", f.positionClass());
		add(items, "EMPLOYER", f.employerCode());
		add(items, "EMPLOYER_KIND", f.employerKind());
		add(items, "SOURCE", f.source());
		add(items, "RECOMMENDED_LEVEL", f.recommendedLevel());
		if (f.provinceCode() != null) {
			add(items, "PROVINCE", f.provinceCode());
		}
		if (f.regencyCode() != null) {
			add(items, "REGENCY", f.regencyCode());
		}
		add(items, "FILED_ON", f.filedOn().toString());
		if (f.incidentDate() != null) {
			add(items, "INCIDENT_ON", f.incidentDate().toString());
		}
		tenths(items, "D_FOLLOW_UP", f.daysToFollowUp());
		tenths(items, "D_SANCTION", f.daysToSanction());
		f.violations().forEach(code -> add(items, "VIOLATION", code));
		List<Item> all = new ArrayList<>(items);
		for (String region : f.regions()) {
			items.forEach(national -> all.add(new Item(region, national.dimension(), national.item())));
		}
		return all;
	}

	/** Moves a case from its old items to its new ones. */
	void move(List<Item> before, List<Item> after) {
		List<Item> down = new ArrayList<>(before);
		List<Item> up = new ArrayList<>(after);
		for (Item unchanged : before) {
			if (up.remove(unchanged)) {
				down.remove(unchanged);
			}
		}
		StringBuilder changes = new StringBuilder();
		down.forEach(item -> change(changes, item, -1));
		up.forEach(item -> change(changes, item, 1));
		if (!changes.isEmpty()) {
			jdbc.sql("insert into tally_change (changes) values (:changes)").param("changes", changes.toString()).update();
		}
	}

	/**
	 * One change as a line of {@code tally_change.changes}: region ('' for the national tally), dimension, item and
	 * the count to add, separated by tabs. Codes, statuses and dates hold neither tabs nor line breaks.
	 */
	private static void change(StringBuilder changes, Item item, int by) {
		if (!changes.isEmpty()) {
			changes.append('\n');
		}
		changes.append(item.region() == null ? "" : item.region()).append('\t').append(item.dimension()).append('\t')
			.append(item.item()).append('\t').append(by);
	}

	/** Adds the changes of one {@code tally_change} row to the sums. */
	private static void parse(String changes, Map<Item, Long> sums) {
		for (String line : changes.split("\n")) {
			String[] fields = line.split("\t", -1);
			sums.merge(new Item(fields[0].isEmpty() ? NATIONAL : fields[0], fields[1], fields[2]), Long.parseLong(fields[3]),
					Long::sum);
		}
	}

	/**
	 * Folds the appended changes into the tallies, one batch, under the fold lock; returns how many changes were
	 * folded. Exactly the changes read are deleted, so one that commits meanwhile waits for the next fold.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int fold() {
		jdbc.sql("select id from tally_fold_lock where id = 1 for update").query(Integer.class).single();
		List<Long> ids = new ArrayList<>();
		Map<Item, Long> sums = new LinkedHashMap<>();
		jdbc.sql("select id, changes from tally_change order by id fetch first " + FOLD_BATCH + " rows only").query(rs -> {
			ids.add(rs.getLong("id"));
			parse(rs.getString("changes"), sums);
		});
		sums.values().removeIf(n -> n == 0);
		apply(sums, true);
		apply(sums, false);
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			jdbc.sql("delete from tally_change where id in (:ids)").param("ids", chunk).update();
		}
		return ids.size();
	}

	/**
	 * Adds the sums of the national items (or of the regional ones) to their rows in two batches: the updates, then
	 * inserts for the items that had no row yet.
	 */
	private void apply(Map<Item, Long> sums, boolean national) {
		List<Item> items = sums.keySet().stream().filter(item -> (item.region() == null) == national).toList();
		if (items.isEmpty()) {
			return;
		}
		String table = national ? "case_tally" : "region_tally";
		String region = national ? "" : "region_code = ? and ";
		int[] updated = template.batchUpdate("update " + table + " set n = n + ? where " + region
				+ "dimension = ? and item = ?", items.stream().map(item -> row(item, sums.get(item), national, true)).toList());
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (updated[i] == 0) {
				inserts.add(row(items.get(i), sums.get(items.get(i)), national, false));
			}
		}
		if (!inserts.isEmpty()) {
			template.batchUpdate(national ? "insert into case_tally (dimension, item, n) values (?, ?, ?)"
					: "insert into region_tally (region_code, dimension, item, n) values (?, ?, ?, ?)", inserts);
		}
	}

	/** The parameters for the update (the sum first) or the insert (the sum last). */
	private static Object[] row(Item item, long n, boolean national, boolean update) {
		List<Object> values = new ArrayList<>();
		if (update) {
			values.add(n);
		}
		if (!national) {
			values.add(item.region());
		}
		values.add(item.dimension());
		values.add(item.item());
		if (!update) {
			values.add(n);
		}
		return values.toArray();
	}

	/**
	 * A dimension's items and counts, nationally (region {@link #NATIONAL}) or in a province or regency, the
	 * changes not folded yet included; the empty item stands for "not recorded" (null).
	 */
	Map<String, Long> counts(String region, String dimension) {
		// one statement, so one snapshot: read apart, a fold committing between the two reads would take its
		// changes out of tally_change after the tally was read without them, and they would be counted nowhere
		Map<String, Long> sums = new HashMap<>();
		Map<Item, Long> unfolded = new HashMap<>();
		(region == null
				? jdbc.sql("select item, n, cast(null as varchar(1)) as changes from case_tally where dimension = :d"
						+ " union all select null, 0, changes from tally_change")
				: jdbc.sql("select item, n, cast(null as varchar(1)) as changes from region_tally"
						+ " where region_code = :r and dimension = :d"
						+ " union all select null, 0, changes from tally_change").param("r", region))
			.param("d", dimension)
			.query(rs -> {
				String changes = rs.getString("changes");
				if (changes == null) {
					sums.merge(rs.getString("item"), rs.getLong("n"), Long::sum);
				}
				else {
					parse(changes, unfolded);
				}
			});
		unfolded.forEach((item, n) -> {
			if (Objects.equals(item.region(), region) && item.dimension().equals(dimension)) {
				sums.merge(item.item(), n, Long::sum);
			}
		});
		Map<String, Long> counts = new LinkedHashMap<>();
		sums.entrySet()
			.stream()
			.filter(e -> e.getValue() != 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> counts.put(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()));
		return counts;
	}

	long count(String region, String dimension) {
		return counts(region, dimension).values().stream().mapToLong(Long::longValue).sum();
	}

	/** The median of a days histogram (tenths of a day), as percentile_cont(0.5) computes it; null if empty. */
	Double median(String region, String dimension) {
		TreeMap<Long, Long> histogram = new TreeMap<>();
		counts(region, dimension).forEach((tenths, n) -> histogram.merge(Long.parseLong(tenths), n, Long::sum));
		histogram.values().removeIf(n -> n <= 0);
		long total = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		double position = (total - 1) / 2.0;
		long lower = (long) Math.floor(position);
		long upper = (long) Math.ceil(position);
		Double low = null;
		Double high = null;
		long seen = 0;
		for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
			long last = seen + bucket.getValue() - 1;
			if (low == null && lower <= last) {
				low = bucket.getKey() / 10.0;
			}
			if (upper <= last) {
				high = bucket.getKey() / 10.0;
				break;
			}
			seen = last + 1;
		}
		return Statistics.round(low + (high - low) * (position - lower), 1);
	}

	private static void add(List<Item> items, String dimension, String value) {
		items.add(new Item(NATIONAL, dimension, value == null ? "" : value));
	}

	private static void tenths(List<Item> items, String dimension, Double days) {
		if (days != null) {
			add(items, dimension, String.valueOf(Math.round(days * 10)));
		}
	}
}
