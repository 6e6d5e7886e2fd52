import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;

/**
 * The dashboard benchmark of bench/run: a million synthetic cases COPYed into analytics' read model
 * ({@code case_fact}, {@code case_fact_violation}; complaint numbers SINTETIS-...), then the dashboard's JSON over
 * HTTP for the whole country (BKN), one province (the demo Bawaslu of West Java) and one employer (the demo PPK of
 * West Java), beside the grouped queries a dashboard would need without the tallies, sent straight to PostgreSQL
 * over JDBC: nationally, and restricted to West Java as the case scope restricts them.
 */
final class DashboardBench {

	static final int ROUNDS = 40;
	static final String[] STATUSES = { "RECEIVED", "IN_REVIEW", "PROVEN", "AWAITING_FOLLOW_UP", "SANCTIONED",
			"REJECTED", "NOT_PROVEN", "CANCELLED", "SEPARATED" };
	static final int[] STATUS_WEIGHTS = { 20, 8, 3, 15, 25, 10, 10, 6, 3 };
	static final String[] POSITIONS = { "JPT", "ADMINISTRATOR", "SUPERVISOR", "FUNCTIONAL", "STAFF" };

	/** The national scope's queries, as Statistics sends them (the weekly trend over 26 weeks). */
	static final String[] QUERIES = {
			"select count(*), sum(case when c.is_open then 1 else 0 end), sum(case when c.is_open and c.overdue then 1 else 0 end),"
					+ " count(c.forwarded_at), count(c.followed_up_at),"
					+ " percentile_cont(0.5) within group (order by c.days_to_follow_up),"
					+ " percentile_cont(0.5) within group (order by c.days_to_sanction) from case_fact c where 1 = 1",
			"select c.status, count(*) n from case_fact c where 1 = 1 group by c.status order by n desc",
			"select c.position_class, count(*) n from case_fact c where 1 = 1 group by c.position_class order by n desc",
			"select c.employer_code, count(*) n from case_fact c where 1 = 1 group by c.employer_code order by n desc",
			"select v.violation_code, count(*) n from case_fact_violation v join case_fact c on c.case_id = v.case_id"
					+ " where 1 = 1 group by v.violation_code order by n desc",
			"select c.province_code, count(*) n from case_fact c where c.province_code is not null group by c.province_code",
			"select c.filed_on, count(*) n from case_fact c where c.filed_on between current_date - 182 and current_date"
					+ " group by c.filed_on" };

	/** West Java as CaseScope restricts a query for Bawaslu Provinsi Jawa Barat (region 32). */
	static final String WEST_JAVA = "(c.region_code = '32' or c.region_code like '32.%'"
			+ " or c.work_region_code = '32' or c.work_region_code like '32.%')";

	private DashboardBench() {
	}

	static void run(Connection db, String base, String nationalToken, String provinceToken, String ppkToken, int cases)
			throws Exception {
		fill(db, cases);
		RegistryBench.settle(db);
		String url = base + "/api/v1/statistics/dashboard";
		String[] westJava = new String[QUERIES.length];
		for (int q = 0; q < QUERIES.length; q++) {
			westJava[q] = QUERIES[q].replace(" where ", " where " + WEST_JAVA + " and ");
		}
		for (int i = 0; i < 3; i++) {
			RegistryBench.get(url, nationalToken);
			RegistryBench.get(url, provinceToken);
			RegistryBench.get(url, ppkToken);
			sql(db, QUERIES);
			sql(db, westJava);
		}
		double[] national = new double[ROUNDS];
		double[] province = new double[ROUNDS];
		double[] ppk = new double[ROUNDS];
		double[] direct = new double[ROUNDS];
		double[] directWestJava = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			national[i] = timed(() -> RegistryBench.get(url, nationalToken));
			province[i] = timed(() -> RegistryBench.get(url, provinceToken));
			ppk[i] = timed(() -> RegistryBench.get(url, ppkToken));
			direct[i] = timed(() -> sql(db, QUERIES));
			directWestJava[i] = timed(() -> sql(db, westJava));
		}
		report("dashboard, national (BKN)", national, direct, cases);
		report("dashboard, one province (Bawaslu Jawa Barat)", province, directWestJava, cases);
		report("dashboard, one employer (PPK)", ppk, direct, cases);
	}

	interface Call {
		void run() throws Exception;
	}

	static double timed(Call call) throws Exception {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1e6;
	}

	static void report(String name, double[] http, double[] sql, int cases) {
		double p50 = RegistryBench.percentile(http, 50);
		double p99 = RegistryBench.percentile(http, 99);
		double base50 = RegistryBench.percentile(sql, 50);
		double base99 = RegistryBench.percentile(sql, 99);
		RegistryBench.RESULTS.add(new RegistryBench.Result(name, "p50 over HTTP, " + cases + " cases", p50, "ms",
				base50, p50 / base50, "-", true));
		RegistryBench.RESULTS.add(new RegistryBench.Result(name, "p99 over HTTP, " + cases + " cases", p99, "ms",
				base99, p99 / base99, "< 500 ms", p99 < 500));
	}

	/** A dashboard's grouped queries, one after the other, straight over JDBC. */
	static void sql(Connection db, String[] queries) throws SQLException {
		for (String query : queries) {
			try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(query)) {
				while (rs.next()) {
					rs.getString(1);
				}
			}
		}
	}

	/** COPYs {@code cases} synthetic rows into the read model, and a proven violation to each proven case. */
	static void fill(Connection db, int cases) throws Exception {
		List<String[]> employers = new ArrayList<>();
		try (var rs = db.createStatement().executeQuery(
				"select e.code, e.employer_kind, e.region_code from employer e where e.active")) {
			while (rs.next()) {
				employers.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
			}
		}
		List<String> violations = new ArrayList<>();
		try (var rs = db.createStatement().executeQuery("select code from violation")) {
			while (rs.next()) {
				violations.add(rs.getString(1));
			}
		}
		long start = System.nanoTime();
		Random random = new Random(42);
		StringBuilder links = new StringBuilder();
		var copy = db.unwrap(PGConnection.class).getCopyAPI();
		copy.copyIn("copy case_fact (case_id, complaint_number, source, status, is_open, overdue, identity_resolved,"
				+ " employer_code, employer_kind, region_code, province_code, regency_code, work_region_code,"
				+ " position_class, recommended_level, incident_date, filed_at, filed_on, forwarded_at, followed_up_at,"
				+ " sanctioned_at, closed_at, days_to_follow_up, days_to_sanction, updated_at) from stdin",
				new Rows(cases, i -> row(i, random, employers, violations, links)));
		copy.copyIn("copy case_fact_violation (case_id, violation_code) from stdin",
				new java.io.StringReader(links.toString()));
		System.out.printf(Locale.ROOT, "== %d synthetic cases copied into case_fact in %.1f s%n", cases,
				RegistryBench.seconds(start));
		// the COPY bypasses the events that keep the tallies: rebuild them with the product's own statements
		long tally = System.nanoTime();
		String rebuild = java.nio.file.Files.readString(
				java.nio.file.Path.of("src/main/resources/db/analytics/case-tally-rebuild.sql"));
		try (var statement = db.createStatement()) {
			for (String sql : rebuild.replaceAll("(?m)^--.*$", "").split(";")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
		System.out.printf(Locale.ROOT, "== national and regional tallies rebuilt from case_fact in %.1f s%n", RegistryBench.seconds(tally));
	}

	/** One case: acts cluster in the months before and during a campaign; filed a few days after the act. */
	static String row(int i, Random random, List<String[]> employers, List<String> violations, StringBuilder links) {
		UUID id = new UUID(0x5117e715L, i);
		String[] employer = employers.get(random.nextInt(employers.size()));
		String status = pick(random);
		boolean open = status.equals("RECEIVED") || status.equals("IN_REVIEW") || status.equals("PROVEN")
				|| status.equals("AWAITING_FOLLOW_UP");
		LocalDate incident = LocalDate.now().minusDays((long) Math.abs(random.nextGaussian() * 120) + 1);
		LocalDate filed = incident.plusDays(random.nextInt(5));
		boolean forwarded = status.equals("AWAITING_FOLLOW_UP") || status.equals("SANCTIONED");
		boolean sanctioned = status.equals("SANCTIONED");
		double toFollowUp = 2 + random.nextInt(200) / 10.0;
		// a central employer's staff work across the country: their acts fall in any regional employer's region
		String region = employer[2] != null ? employer[2] : regionalOf(employers, random);
		if (status.equals("PROVEN") || forwarded) {
			links.append(id).append('\t').append(violations.get(random.nextInt(violations.size()))).append('\n');
		}
		String at = filed + " 09:00:00+07";
		return String.join("\t", id.toString(), String.format(Locale.ROOT, "SINTETIS-%07d", i), "PUBLIC_REPORT", status,
				String.valueOf(open), String.valueOf(open && random.nextInt(10) == 0), "true", employer[0],
				employer[1], region, region.substring(0, 2), region.length() >= 5 ? region.substring(0, 5) : "\\N",
				region, POSITIONS[random.nextInt(POSITIONS.length)], forwarded ? "BERAT" : "\\N", incident.toString(),
				at, filed.toString(), forwarded ? at : "\\N", sanctioned ? at : "\\N", sanctioned ? at : "\\N",
				open ? "\\N" : at, sanctioned ? String.valueOf(toFollowUp) : "\\N",
				sanctioned ? String.valueOf(toFollowUp) : "\\N", at) + "\n";
	}

	static String regionalOf(List<String[]> employers, Random random) {
		while (true) {
			String region = employers.get(random.nextInt(employers.size()))[2];
			if (region != null) {
				return region;
			}
		}
	}

	static String pick(Random random) {
		int roll = random.nextInt(100);
		for (int s = 0; s < STATUSES.length; s++) {
			roll -= STATUS_WEIGHTS[s];
			if (roll < 0) {
				return STATUSES[s];
			}
		}
		return STATUSES[0];
	}

	/** Streams generated lines to COPY without holding a million rows in memory. */
	static final class Rows extends Reader {

		private final int count;
		private final java.util.function.IntFunction<String> line;
		private int next;
		private String current = "";
		private int offset;

		Rows(int count, java.util.function.IntFunction<String> line) {
			this.count = count;
			this.line = line;
		}

		@Override
		public int read(char[] buffer, int off, int len) {
			if (offset == current.length()) {
				if (next == count) {
					return -1;
				}
				current = line.apply(next++);
				offset = 0;
			}
			int n = Math.min(len, current.length() - offset);
			current.getChars(offset, offset + n, buffer, off);
			offset += n;
			return n;
		}

		@Override
		public void close() throws IOException {
		}
	}
}
