import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The benchmarks of bench/run (the dashboard's are in {@link DashboardBench}): the personnel registry's, import through Netra's own path against a plain COPY of the same
 * file into an equivalent table, and lookups over HTTP against the same queries sent straight to PostgreSQL.
 * Every figure is printed beside its baseline from the same run and written to bench/results/latest.json.
 */
public class RegistryBench {

	/** One row of the table; {@code extra} holds further JSON fields (a fault's accepted, found, lost), or null. */
	record Result(String name, String metric, double value, String unit, double baseline, double ratio, String target,
			boolean pass, String extra) {

		Result(String name, String metric, double value, String unit, double baseline, double ratio, String target,
				boolean pass) {
			this(name, metric, value, unit, baseline, ratio, target, pass, null);
		}
	}

	/** What the table cannot show, in words under it: the intake warm-up and listener backlog, the faults' counts. */
	static final List<String> NOTES = new ArrayList<>();

	static final HttpClient HTTP = HttpClient.newHttpClient();
	static final List<Result> RESULTS = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		// HttpURLConnection, the benchmarks' blocking client: keep a connection alive per simulated client (the
		// default keeps 5), and never send a POST twice on its own after a connection breaks
		System.setProperty("http.maxConnections", "512");
		System.setProperty("sun.net.http.retryPost", "false");
		String which = args[0];
		Path file = Paths.get(args[1]);
		long rows = Long.parseLong(args[2]);
		String base = "http://127.0.0.1:" + args[3];
		String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + args[4];
		Path output = Paths.get(args[5]);
		String token = token(base, "bkn-demo", "bkn-demo-secret-2026");
		IntakeBench.netraPid = args.length > 6 ? Files.readString(Paths.get(args[6])).trim() : null;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			if (which.equals("dashboard") || which.equals("all")) {
				int cases = Integer.parseInt(System.getenv().getOrDefault("BENCH_CASES", "1000000"));
				DashboardBench.run(db, base, token, token(base, "bawaslu-jabar-demo", "bawaslu-jabar-demo-secret-2026"),
						token(base, "ppk-jabar-demo", "ppk-jabar-demo-secret-2026"), cases);
			}
			if (which.equals("warmup")) { // only the warm-up: how fast a restarted node comes up to speed
				IntakeBench.warmUp(base, jdbcUrl);
			}
			if (which.equals("train")) { // bench/run's AOT training run (BENCH_AOT=1)
				IntakeBench.train(base, Integer.parseInt(System.getenv().getOrDefault("BENCH_AOT_TRAIN_SECONDS", "120")));
			}
			if (which.equals("intake") || which.equals("overload") || which.equals("all")) {
				double capacity = IntakeBench.intake(base, jdbcUrl);
				if (!which.equals("intake")) {
					IntakeBench.overload(base, jdbcUrl, capacity, 256);
				}
			}
			if (which.equals("intake") || which.equals("transitions")) {
				TransitionBench.run(base, jdbcUrl, token, Paths.get(args[8]));
			}
			if (which.equals("import") || which.equals("all")) {
				importBench(db, base, token, file, rows);
			}
			if (which.equals("lookup") || which.equals("all")) {
				if (count(db) < rows) {
					importThroughNetra(base, token, file);
				}
				settle(db);
				lookupBench(db, base, token, file, rows);
			}
			if (which.equals("screening")) { // party membership matching (issue 23); not part of all
				ScreeningBench.run(db, base, token, file, rows,
						Long.parseLong(System.getenv().getOrDefault("BENCH_LIST_ROWS", "1000000")), file.getParent());
			}
			if (which.equals("all")) { // the registry is imported by now: its first employees are reported
				TransitionBench.run(base, jdbcUrl, token, file);
			}
			// last: the faults kill Netra and restart PostgreSQL, which also cuts this benchmark's own connection
			if (which.equals("survive") || which.equals("all")) {
				IntakeBench.survive("survive: kill -9 of Netra", base, jdbcUrl, 16,
						IntakeBench.killNetra(Paths.get(args[6]), Paths.get(args[7])));
				IntakeBench.survive("survive: PostgreSQL restart", base, jdbcUrl, 16, IntakeBench.restartPostgres());
			}
		}
		print();
		write(output);
	}

	static void importBench(Connection db, String base, String token, Path file, long rows) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("""
					create table registry_copy_baseline (nip varchar(18), nik varchar(16), nama varchar(200),
					  tgl_lahir date, jenis_kelamin varchar(1), jenis_pegawai varchar(8), instansi varchar(40),
					  unor varchar(300), jenis_jabatan varchar(14), jabatan varchar(300), gol varchar(10),
					  lokasi varchar(10), kedudukan varchar(10), akun varchar(1000), sintetis boolean)""");
			statement.execute("create unique index on registry_copy_baseline (nip)");
			statement.execute("create index on registry_copy_baseline (nik)");
			statement.execute("create index on registry_copy_baseline (instansi, nama varchar_pattern_ops)");
			statement.execute("create index on registry_copy_baseline (nama varchar_pattern_ops)");
		}
		long start = System.nanoTime();
		try (var reader = new FileReader(file.toFile(), StandardCharsets.UTF_8)) {
			db.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy registry_copy_baseline from stdin with (format csv, header true)", reader);
		}
		double copySeconds = seconds(start);
		try (var statement = db.createStatement()) {
			statement.execute("drop table registry_copy_baseline");
			statement.execute("checkpoint");
		}
		double netraSeconds = importThroughNetra(base, token, file);
		double copyRate = rows / copySeconds;
		double netraRate = rows / netraSeconds;
		RESULTS.add(new Result("import", "rows per second (" + rows + " rows, upload to DONE)", netraRate, "rows/s",
				copyRate, netraRate / copyRate, ">= 0.5 x plain COPY", netraRate / copyRate >= 0.5));
	}

	static double importThroughNetra(String base, String token, Path file) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(base
				+ "/api/v1/personnel/imports?fileName=" + file.getFileName()))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
		}
		String location = accepted.headers().firstValue("Location").orElseThrow();
		while (true) {
			String job = get(base + location, token);
			if (job.contains("\"status\":\"DONE\"")) {
				double seconds = seconds(start);
				System.err.printf(Locale.ROOT, "   Netra import done in %.1f s: %s%n", seconds, job);
				return seconds;
			}
			if (job.contains("\"status\":\"FAILED\"")) {
				throw new IllegalStateException("import failed: " + job);
			}
			Thread.sleep(500); // a standalone benchmark polling the import; nothing to wait on but the API
		}
	}

	/**
	 * After a bulk load of millions of rows PostgreSQL still has work of its own to do: autovacuum visits the new
	 * pages and analyzes them, and checkpoints write them out. Measured in the middle of that, lookups (and their
	 * SQL baseline) measure the aftermath of the load. A production load ends the same way, so the benchmark
	 * does it explicitly and waits until autovacuum is quiet.
	 */
	static void settle(Connection db) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("vacuum (analyze) employee");
			statement.execute("vacuum (analyze) employee_period");
			statement.execute("vacuum (analyze) case_fact");
			statement.execute("vacuum (analyze) case_fact_violation");
			statement.execute("vacuum (analyze) case_fact_region");
			statement.execute("vacuum (analyze) region_tally");
			statement.execute("checkpoint");
		}
		for (int i = 0; i < 120; i++) {
			try (var statement = db.createStatement();
					var rs = statement.executeQuery("select count(*) from pg_stat_activity where query like 'autovacuum:%'")) {
				rs.next();
				if (rs.getInt(1) == 0) {
					return;
				}
			}
			Thread.sleep(1000); // nothing to wait on but PostgreSQL's own workers
		}
	}

	static void lookupBench(Connection db, String base, String token, Path file, long rows) throws Exception {
		List<String[]> sample = sample(file, 2000);
		List<String[]> withNip = sample.stream().filter(r -> !r[0].isEmpty()).toList();
		for (int round = 0; round < 5; round++) { // warm-up of every path: JIT (both JVMs), connection pool, caches
			time(withNip, r -> fetch(base + "/api/v1/personnel/" + r[0], token));
			time(sample, r -> fetch(base + "/api/v1/personnel?nik=" + r[1], token));
			time(sample, r -> fetch(base + "/api/v1/personnel?size=20&employer=" + r[6] + "&name="
					+ URLEncoder.encode(prefix(r[2]), StandardCharsets.UTF_8), token));
			time(withNip, r -> get(base + "/api/v1/personnel/" + r[0], token));
		}
		double[] nipHttp = time(withNip, r -> fetch(base + "/api/v1/personnel/" + r[0], token));
		double[] nikHttp = time(sample, r -> fetch(base + "/api/v1/personnel?nik=" + r[1], token));
		double[] nameHttp = time(sample, r -> fetch(base + "/api/v1/personnel?size=20&employer=" + r[6] + "&name="
				+ URLEncoder.encode(prefix(r[2]), StandardCharsets.UTF_8), token));
		// the same lookups through the JDK's asynchronous client, whose own hand-offs between threads show in the
		// percentiles on two shared cores: printed beside, so the client's share can be told from Netra's
		double[] nipAsync = time(withNip, r -> get(base + "/api/v1/personnel/" + r[0], token));
		// The baselines send exactly the statements Netra sends for these requests (its SQL text, bind parameters
		// and their types, so PostgreSQL plans them alike, generic plans included), straight over JDBC.
		double[] nipSql = time(withNip, r -> query(db, NIP_SQL, r[0]));
		double[] nikSql = time(sample, r -> query(db, SEARCH_SQL + " and nik = ?" + PAGE, r[1], 20, 0L));
		double[] nameSql = time(sample, r -> {
			String from = key(prefix(r[2]));
			String where = " and employer_code = ? and name_key >= ? and name_key < ?";
			if (query(db, SEARCH_SQL + where + PAGE, r[6], from, from + "{", 20, 0L) == 20) {
				query(db, "select count(*) from (select 1 from employee where 1 = 1" + where + " limit 1001) matches", r[6],
						from, from + "{");
			}
		});
		report("lookup by NIP", nipHttp, nipSql, rows);
		report("lookup by NIK", nikHttp, nikSql, rows);
		report("lookup by name prefix in employer", nameHttp, nameSql, rows);
		RESULTS.add(new Result("lookup by NIP, java.net.http client", "p99 latency over HTTP, " + rows + " employees",
				percentile(nipAsync, 99), "ms", percentile(nipSql, 99), percentile(nipAsync, 99) / percentile(nipSql, 99),
				"(client comparison)", true));
	}

	/** Employees.byNipWithHistory: the employee and the periods of their career that are over. */
	static final String NIP_SQL = "select e.*, p.valid_from, p.valid_to, p.employer_code as p_employer,"
			+ " p.unit as p_unit, p.position_class as p_class, p.position_title as p_title, p.grade as p_grade,"
			+ " p.status as p_status, p.source as p_source from employee e left join employee_period p"
			+ " on p.employee_id = e.id where e.registry_key = ? order by p.valid_from";

	/** Employees.search for a national actor: filters follow, then PAGE; a full page is followed by a count. */
	static final String SEARCH_SQL = "select * from employee where 1 = 1";

	static final String PAGE = " order by name_key, id limit ? offset ?";

	static void report(String name, double[] http, double[] sql, long rows) {
		double p50 = percentile(http, 50);
		double p99 = percentile(http, 99);
		RESULTS.add(new Result(name, "p50 latency over HTTP, " + rows + " employees", p50, "ms", percentile(sql, 50),
				p50 / percentile(sql, 50), "-", true));
		RESULTS.add(new Result(name, "p99 latency over HTTP, " + rows + " employees", p99, "ms", percentile(sql, 99),
				p99 / percentile(sql, 99), "< 5 ms", p99 < 5.0));
	}

	interface Call {
		void run(String[] row) throws Exception;
	}

	static double[] time(List<String[]> rows, Call call) throws Exception {
		double[] millis = new double[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			long start = System.nanoTime();
			call.run(rows.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return millis;
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	/** A uniform random sample of data rows (reservoir sampling), as fields. */
	static List<String[]> sample(Path file, int size) throws IOException {
		List<String[]> sample = new ArrayList<>(size);
		Random random = new Random(7);
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			in.readLine();
			long seen = 0;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				seen++;
				if (sample.size() < size) {
					sample.add(line.split(",", -1));
				}
				else {
					long slot = (long) (random.nextDouble() * seen);
					if (slot < size) {
						sample.set((int) slot, line.split(",", -1));
					}
				}
			}
		}
		return sample;
	}

	static String prefix(String name) {
		return name.length() <= 4 ? name : name.substring(0, 4);
	}

	static String key(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.trim();
	}

	/** Runs a statement and reads every row; returns the number of rows. */
	static int query(Connection db, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				int rows = 0;
				while (rs.next()) {
					rs.getString(1);
					rows++;
				}
				return rows;
			}
		}
	}

	static long count(Connection db) throws SQLException {
		try (var rs = db.createStatement().executeQuery("select count(*) from employee")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String token(String base, String client, String secret) throws Exception {
		String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
		if (!token.find()) {
			throw new IllegalStateException("no token: " + body);
		}
		return token.group(1);
	}

	static String get(String url, String token) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/**
	 * A GET as an agency system looking up one employee at a time makes it: a blocking HTTP/1.1 request on a
	 * kept-alive connection, in the calling thread (java.net.HttpURLConnection), as the SQL baseline is a blocking
	 * JDBC call. Fails on anything but 200.
	 */
	static String fetch(String url, String token) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setRequestProperty("Authorization", "Bearer " + token);
		int status = connection.getResponseCode();
		try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
			if (status != 200) {
				throw new IllegalStateException(url + " answered " + status + ": " + text);
			}
			return text;
		}
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	/** The benchmark's output is its table on standard output (this is a command-line program, not the app). */
	static void print() {
		System.out.printf(Locale.ROOT, "%n%-46s %-52s %14s %14s %8s %-22s %s%n", "benchmark", "metric", "value",
				"baseline", "ratio", "target", "pass");
		for (Result r : RESULTS) {
			System.out.printf(Locale.ROOT, "%-46s %-52s %14.2f %14.2f %8.3f %-22s %s%n", r.name(), r.metric() + " ("
					+ r.unit() + ")", r.value(), r.baseline(), r.ratio(), r.target(), r.pass() ? "yes" : "NO");
		}
		NOTES.forEach(System.out::println);
	}

	static void write(Path output) throws IOException {
		StringBuilder json = new StringBuilder("{\"benchmarks\": [\n");
		for (int i = 0; i < RESULTS.size(); i++) {
			Result r = RESULTS.get(i);
			json.append(String.format(Locale.ROOT,
					"  {\"name\": \"%s\", \"metric\": \"%s\", \"value\": %.3f, \"unit\": \"%s\", \"baseline\": %.3f, "
							+ "\"ratio\": %.4f, \"target\": \"%s\", \"pass\": %b%s}%s%n",
					r.name(), r.metric(), r.value(), r.unit(), r.baseline(), r.ratio(), r.target(), r.pass(),
					r.extra() == null ? "" : ", " + r.extra(), i < RESULTS.size() - 1 ? "," : ""));
		}
		json.append("]}\n");
		Files.createDirectories(output.getParent());
		Files.writeString(output, json);
	}
}
