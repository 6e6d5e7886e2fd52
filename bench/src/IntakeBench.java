import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Election-day benchmarks of bench/run: public report intake over HTTP at rising concurrency against plain
 * single-row INSERT transactions from as many connections; faults under load (kill -9 of Netra, a PostgreSQL
 * restart) counted as accepted, found and lost; and overload, where the public endpoints must shed load with 429
 * rather than time out. Every simulated citizen sends from its own address (X-Forwarded-For, which Netra honours
 * from loopback as it would from its reverse proxy), so the per-client limit does not stand in for capacity.
 */
final class IntakeBench {

	static final int[] LEVELS = { 8, 32, 64 };
	static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_INTAKE_SECONDS", "15"));
	static final double EVIDENCE_SHARE = 0.1;
	static final Pattern NUMBER = Pattern.compile("\"complaintNumber\"\\s*:\\s*\"([^\"]+)\"");
	static final Pattern COMPILATION = Pattern.compile("(?m)^jvm_compilation_time_ms_total\\{[^}]*} ([0-9.Ee+]+)");
	/** How long to wait for the listeners' backlog after a level before giving up on it (and saying so). */
	static final int DRAIN_SECONDS = 600;

	private static final AtomicLong ADDRESSES = new AtomicLong();

	/** Netra's process id (from bench/run's pid file), for its CPU time; null when unknown. */
	static String netraPid;

	/**
	 * CPU milliseconds Netra's process has used so far (user and system, all threads: request threads, listeners,
	 * JIT, GC), from /proc; NaN where there is no /proc. Less bent by other load on the machine than a rate.
	 */
	static double netraCpuMillis() {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(netraPid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux)
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
		}
		catch (Exception e) {
			return Double.NaN;
		}
	}
	private static final byte[] EVIDENCE = png();

	private IntakeBench() {
	}

	/**
	 * Throughput and latency at each level, beside plain INSERTs from as many connections. Measured in Netra's
	 * steady state: the warm-up lasts until the JIT has compiled the intake path (see {@link #warmUp}). After each
	 * level the listeners' work still outstanding is counted, and the next step waits until it is done, so no
	 * level (and no baseline) runs on CPU that an earlier level's deferred work is using.
	 */
	static double intake(String base, String jdbcUrl) throws Exception {
		warmUp(base, jdbcUrl);
		DatabaseWork work = DatabaseWork.of(jdbcUrl);
		double best = 0;
		for (int clients : LEVELS) {
			Load load = new Load(base, clients);
			DatabaseWork.Snapshot before = work.snapshot();
			double cpuBefore = netraCpuMillis();
			load.runFor(SECONDS);
			Backlog backlog = Backlog.drain(jdbcUrl, DRAIN_SECONDS);
			double cpu = netraCpuMillis() - cpuBefore;
			// every request of the level, listener work included; refused ones (429) cost little and are rare here
			DatabaseWork.Cost cost = work.since(before);
			long reports = load.accepted.size();
			double[] baseline = inserts(jdbcUrl, clients, SECONDS);
			double rate = load.accepted.size() / load.seconds;
			best = Math.max(best, rate);
			String name = "intake, " + clients + " clients";
			RegistryBench.RESULTS.add(new RegistryBench.Result(name, "accepted reports/s (INSERTs/s)", rate, "1/s",
					baseline[0], rate / baseline[0], ">= 1000/s", rate >= 1000,
					load.summary() + ", " + backlog.json() + ", " + cost.json(reports, "per_report_")
							+ String.format(Locale.ROOT, ", \"netra_cpu_ms_per_report\": %s",
									Double.isNaN(cpu) ? "null" : String.format(Locale.ROOT, "%.2f", cpu / reports))));
			double p50 = load.percentile(50);
			double p99 = load.percentile(99);
			RegistryBench.RESULTS.add(new RegistryBench.Result(name, "p50 of accepted (INSERT)", p50, "ms", baseline[1],
					p50 / baseline[1], "-", true, null));
			RegistryBench.RESULTS.add(new RegistryBench.Result(name, "p99 of accepted (INSERT)", p99, "ms", baseline[2],
					p99 / baseline[2], "< 100 ms", p99 < 100, null));
			RegistryBench.NOTES.add(String.format(Locale.ROOT,
					"%-46s %d reports accepted in %.1f s; listener work left when the load stopped: %d publications, "
							+ "done %.1f s later (%.0f reports/s end to end)",
					name, load.accepted.size(), load.seconds, backlog.outstanding(), backlog.seconds(),
					load.accepted.size() / (load.seconds + backlog.seconds())));
			RegistryBench.NOTES.add(String.format(Locale.ROOT, "%-46s %s; Netra's CPU %.2f ms per accepted report",
					name + ", database", cost.perUnit(reports, "accepted report"), cpu / reports));
		}
		return best;
	}

	/**
	 * Citizens post at 16 clients until Netra's JIT has settled: its compile time (the Micrometer counter
	 * {@code jvm_compilation_time_ms_total} on /actuator/prometheus) grew by less than 5 % of the wall time over
	 * the last 10 s, for at most {@code BENCH_WARMUP_MAX_SECONDS} (default 300). On two cores the JIT of a fresh
	 * Netra keeps one core busy for minutes of load; measured before it settles, intake shows the JIT, not what
	 * Netra sustains through an election day. The warm-up and the listener work it queued are not measured.
	 */
	static void warmUp(String base, String jdbcUrl) throws Exception {
		int maxSeconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_MAX_SECONDS", "300"));
		Load warm = new Load(base, 16);
		warm.start();
		long started = System.nanoTime();
		double share = Double.NaN;
		double compiled = compileMillis(base);
		// every 10 s: the reports accepted, and the JIT's share of the wall time (a restarted node's ramp)
		StringBuilder rates = new StringBuilder();
		StringBuilder shares = new StringBuilder();
		int acceptedBefore = 0;
		while ((System.nanoTime() - started) / 1e9 < maxSeconds) {
			Thread.sleep(10_000);
			double now = compileMillis(base);
			share = (now - compiled) / 10_000;
			compiled = now;
			int accepted = warm.accepted.size();
			rates.append(rates.isEmpty() ? "" : " ").append((accepted - acceptedBefore) / 10);
			shares.append(shares.isEmpty() ? "" : " ").append(Math.round(share * 100));
			acceptedBefore = accepted;
			if (share < 0.05) {
				break;
			}
		}
		warm.stop();
		double seconds = (System.nanoTime() - started) / 1e9;
		Backlog backlog = Backlog.drain(jdbcUrl, DRAIN_SECONDS);
		RegistryBench.NOTES.add(String.format(Locale.ROOT,
				"%-46s %.0f s at 16 clients (%d reports) until the JIT took %.1f %% of the wall time over 10 s%s; "
						+ "its listener work was done %.1f s later",
				"intake warm-up", seconds, warm.accepted.size(), share * 100,
				share < 0.05 ? "" : " (not settled: BENCH_WARMUP_MAX_SECONDS reached)", backlog.seconds()));
		RegistryBench.NOTES.add(String.format(Locale.ROOT, "%-46s reports/s by 10 s: %s; JIT %% of the wall time: %s",
				"intake warm-up, ramp", rates, shares));
	}

	/** The AOT cache's training: citizens post at 16 clients, as in the warm-up, for a fixed time. */
	static void train(String base, int seconds) throws Exception {
		Load load = new Load(base, 16);
		load.runFor(seconds);
		System.out.printf(Locale.ROOT, "   training: %d reports accepted in %.0f s (%s)%n", load.accepted.size(),
				load.seconds, load.summary());
	}

	/**
	 * Milliseconds Netra's JIT compilers have spent since it started, from its Prometheus endpoint, which answers
	 * administrators only: the demo administrator's API client scrapes it, as a Prometheus server would.
	 */
	static double compileMillis(String base) throws Exception {
		HttpURLConnection connection = (HttpURLConnection) URI.create(base + "/actuator/prometheus").toURL()
			.openConnection();
		connection.setRequestProperty("Authorization",
				"Bearer " + RegistryBench.token(base, "admin-demo", "admin-demo-secret-2026"));
		try (InputStream in = connection.getInputStream()) {
			Matcher time = COMPILATION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			if (!time.find()) {
				throw new IllegalStateException("Netra's /actuator/prometheus has no jvm_compilation_time_ms_total");
			}
			return Double.parseDouble(time.group(1));
		}
	}

	/**
	 * The work Netra's event listeners still had to do when a load stopped (the case read model, the notices to
	 * agencies: publications in Spring Modulith's registry, deleted when done), and how long until it was done.
	 */
	record Backlog(long outstanding, double seconds) {

		static Backlog drain(String jdbcUrl, int maxSeconds) throws Exception {
			long started = System.nanoTime();
			try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
					PreparedStatement count = db.prepareStatement(
							"select count(*) from event_publication where status is null or status <> 'FAILED'")) {
				long first = -1;
				while (true) {
					long left;
					try (ResultSet rs = count.executeQuery()) {
						rs.next();
						left = rs.getLong(1);
					}
					DatabaseWork.own(1, 1);
					first = first < 0 ? left : first;
					double seconds = (System.nanoTime() - started) / 1e9;
					if (left == 0 || seconds > maxSeconds) {
						return new Backlog(first, left == 0 ? seconds : Double.NaN);
					}
					Thread.sleep(250);
				}
			}
		}

		String json() {
			return String.format(Locale.ROOT, "\"listener_backlog\": %d, \"backlog_done_after_s\": %s", outstanding,
					Double.isNaN(seconds) ? "null" : String.format(Locale.ROOT, "%.1f", seconds));
		}
	}

	/**
	 * Far more clients than Netra serves: it must keep accepting at about its capacity and refuse the rest at once
	 * with 429 (Retry-After), not let everybody wait into timeouts.
	 */
	static void overload(String base, String jdbcUrl, double capacity, int clients) throws Exception {
		Load load = new Load(base, clients);
		load.runFor(SECONDS);
		Backlog backlog = Backlog.drain(jdbcUrl, DRAIN_SECONDS);
		double rate = load.accepted.size() / load.seconds;
		long shed = load.count(429);
		long failed = load.failures();
		RegistryBench.RESULTS.add(new RegistryBench.Result("overload, " + clients + " clients",
				"accepted reports/s (best intake level)", rate, "1/s", capacity, rate / capacity, "shed > 0, failed = 0",
				shed > 0 && failed == 0, load.summary() + ", " + backlog.json()));
		double p99 = load.percentile(99);
		RegistryBench.RESULTS.add(new RegistryBench.Result("overload, " + clients + " clients",
				"p99 of accepted; 429 answered in p99 " + Math.round(load.shedPercentile(99)) + " ms", p99, "ms", 100,
				p99 / 100, "< 1000 ms", p99 < 1000, null));
	}

	/** A fault in the middle of a steady load; afterwards every accepted report must be in the database. */
	static void survive(String name, String base, String jdbcUrl, int clients, Fault fault) throws Exception {
		Load load = new Load(base, clients);
		load.start();
		Thread.sleep(5_000);
		long faultAt = System.nanoTime();
		long firstAcceptedBefore = load.accepted.size();
		fault.inject();
		double recovered = load.awaitAcceptedAfter(faultAt, 180);
		Thread.sleep(5_000);
		load.stop();
		List<String> accepted = new ArrayList<>(load.accepted);
		long found = found(jdbcUrl, accepted);
		long lost = accepted.size() - found;
		// every accepted report must also become a case, even if its listener was cut off by the fault
		long settleStart = System.nanoTime();
		long withoutCase = withoutCase(jdbcUrl, accepted);
		while (withoutCase > 0 && RegistryBench.seconds(settleStart) < 240) {
			Thread.sleep(2_000);
			withoutCase = withoutCase(jdbcUrl, accepted);
		}
		double settled = RegistryBench.seconds(settleStart);
		String extra = String.format(Locale.ROOT,
				"\"accepted\": %d, \"found\": %d, \"lost\": %d, \"accepted_before_fault\": %d, \"answered_again_s\": %.1f, "
						+ "\"status_503\": %d, \"status_500\": %d, \"connection_failures\": %d, \"without_case\": %d, "
						+ "\"cases_complete_after_s\": %.0f",
				accepted.size(), found, lost, firstAcceptedBefore, recovered, load.count(503), load.count(500),
				load.ioFailures.sum(), withoutCase, settled);
		RegistryBench.RESULTS.add(new RegistryBench.Result(name, "lost of " + accepted.size() + " accepted (found "
				+ found + "); answered again after s", lost, "reports", recovered, 0, "lost = 0, no 500, all cases",
				lost == 0 && load.count(500) == 0 && withoutCase == 0, extra));
		RegistryBench.NOTES.add(String.format(Locale.ROOT,
				"%-46s accepted %d, found %d, lost %d; answered again %.1f s after the fault; during it: %d x 503, %d x 500,"
						+ " %d connection failures; reports without a case: %d (waited %.0f s)",
				name, accepted.size(), found, lost, recovered, load.count(503), load.count(500), load.ioFailures.sum(),
				withoutCase, settled));
	}

	interface Fault {
		void inject() throws Exception;
	}

	/** kill -9 of the Netra process, then bench/run's start script starts it again on the same database. */
	static Fault killNetra(Path pidFile, Path startScript) {
		return () -> {
			long pid = Long.parseLong(Files.readString(pidFile).trim());
			new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
			System.out.println("== killed Netra (pid " + pid + ") with -9; starting it again");
			new ProcessBuilder("bash", startScript.toString()).inheritIO().start().waitFor();
		};
	}

	/** A restart of the local PostgreSQL cluster (fast shutdown: every connection is cut). */
	static Fault restartPostgres() {
		return () -> {
			System.out.println("== restarting PostgreSQL");
			String version = Files.list(Path.of("/etc/postgresql")).findFirst().orElseThrow().getFileName().toString();
			int exit = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
				.inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("pg_ctlcluster restart failed with " + exit + " (run bench/run as root)");
			}
		};
	}

	/** Simulated citizens, each sending one report after another until stopped. */
	static final class Load {

		final String base;
		final int clients;
		final ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
		final ConcurrentLinkedQueue<Double> acceptedMs = new ConcurrentLinkedQueue<>();
		final ConcurrentLinkedQueue<Double> shedMs = new ConcurrentLinkedQueue<>();
		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		final LongAdder ioFailures = new LongAdder();
		final AtomicBoolean running = new AtomicBoolean();
		final AtomicLong lastAcceptedAt = new AtomicLong();
		final List<Thread> threads = new ArrayList<>();
		long startedAt;
		double seconds;

		Load(String base, int clients) {
			this.base = base;
			this.clients = clients;
		}

		void runFor(int secondsToRun) throws InterruptedException {
			start();
			Thread.sleep(secondsToRun * 1000L);
			stop();
		}

		void start() {
			running.set(true);
			startedAt = System.nanoTime();
			for (int c = 0; c < clients; c++) {
				Thread thread = new Thread(this::loop, "citizen-" + c);
				thread.setDaemon(true);
				threads.add(thread);
				thread.start();
			}
		}

		void stop() throws InterruptedException {
			running.set(false);
			seconds = (System.nanoTime() - startedAt) / 1e9;
			for (Thread thread : threads) {
				thread.join(60_000);
			}
		}

		void loop() {
			java.util.Random random = new java.util.Random(Thread.currentThread().getName().hashCode());
			while (running.get()) {
				long start = System.nanoTime();
				try {
					Answer response = submit(base, random);
					double ms = (System.nanoTime() - start) / 1e6;
					statuses.computeIfAbsent(response.status(), k -> new LongAdder()).increment();
					if (response.status() == 201) {
						Matcher number = NUMBER.matcher(response.body());
						if (number.find()) {
							accepted.add(number.group(1));
							acceptedMs.add(ms);
							lastAcceptedAt.set(System.nanoTime());
						}
					}
					else if (response.status() == 429) {
						shedMs.add(ms);
						pause(response);
					}
					else if (response.status() == 503) {
						pause(response);
					}
				}
				catch (java.io.IOException e) {
					ioFailures.increment();
					sleep(200);
				}
			}
		}

		/** A polite client waits as Retry-After says, up to a second, before its next report. */
		private static void pause(Answer response) {
			sleep(Math.min(1000, response.retryAfterSeconds() * 1000));
		}

		/** Seconds from the fault until a report is accepted again (polled every 100 ms). */
		double awaitAcceptedAfter(long faultAt, int maxSeconds) throws InterruptedException {
			while ((System.nanoTime() - faultAt) / 1e9 < maxSeconds) {
				long last = lastAcceptedAt.get();
				if (last > faultAt + 500_000_000L) {
					return (last - faultAt) / 1e9;
				}
				Thread.sleep(100);
			}
			return Double.NaN;
		}

		long count(int status) {
			LongAdder n = statuses.get(status);
			return n == null ? 0 : n.sum();
		}

		/** Answers other than 201, 400, 429 and 503, and requests that got no answer. */
		long failures() {
			long others = statuses.entrySet().stream()
				.filter(e -> !Set.of(201, 429, 503).contains(e.getKey()))
				.mapToLong(e -> e.getValue().sum())
				.sum();
			return others + ioFailures.sum();
		}

		double percentile(int p) {
			return percentileOf(acceptedMs, p);
		}

		double shedPercentile(int p) {
			return percentileOf(shedMs, p);
		}

		String summary() {
			StringBuilder json = new StringBuilder("\"statuses\": {");
			statuses.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> json
				.append(json.charAt(json.length() - 1) == '{' ? "" : ", ")
				.append('"').append(e.getKey()).append("\": ").append(e.getValue().sum()));
			return json.append("}, \"connection_failures\": ").append(ioFailures.sum()).toString();
		}
	}

	static double percentileOf(java.util.Collection<Double> values, int p) {
		double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
		return array.length == 0 ? Double.NaN : RegistryBench.percentile(array, p);
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** What the citizen's phone got back: the status, Retry-After (1 if absent) and the body. */
	record Answer(int status, long retryAfterSeconds, String body) {
	}

	/**
	 * One citizen's report: JSON, or (one in ten) multipart with a small photo as evidence. Sent as a blocking
	 * HTTP/1.1 request on a kept-alive connection (java.net.HttpURLConnection), in the citizen's own thread: the
	 * JDK's asynchronous HttpClient hands every request between threads, which on two cores shared with Netra
	 * and PostgreSQL costs the load generator a share of the CPU Netra is being measured on. A POST is never
	 * retried by the client on its own (sun.net.http.retryPost=false, set in RegistryBench.main), so each
	 * report is sent once.
	 */
	static Answer submit(String base, java.util.Random random) throws java.io.IOException {
		long n = ADDRESSES.incrementAndGet();
		String address = address(n);
		String json = report(random);
		byte[] body;
		String type;
		if (random.nextDouble() >= EVIDENCE_SHARE) {
			body = json.getBytes(StandardCharsets.UTF_8);
			type = "application/json";
		}
		else {
			String boundary = "bench-" + n;
			ByteArrayOutputStream multipart = new ByteArrayOutputStream();
			multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
					+ "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"tangkapan-layar.png\"\r\n"
					+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			multipart.writeBytes(EVIDENCE);
			multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			body = multipart.toByteArray();
			type = "multipart/form-data; boundary=" + boundary;
		}
		HttpURLConnection connection = (HttpURLConnection) URI.create(base + "/api/v1/public/reports").toURL()
			.openConnection();
		connection.setConnectTimeout(5_000);
		connection.setReadTimeout(30_000);
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		connection.setFixedLengthStreamingMode(body.length);
		connection.setRequestProperty("Content-Type", type);
		connection.setRequestProperty("X-Forwarded-For", address);
		try (OutputStream out = connection.getOutputStream()) {
			out.write(body);
		}
		int status = connection.getResponseCode();
		long retryAfter = 1;
		String header = connection.getHeaderField("Retry-After");
		if (header != null && header.matches("\\d+")) {
			retryAfter = Long.parseLong(header);
		}
		try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			return new Answer(status, retryAfter,
					in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** A citizen's address of their own for the next report. */
	static String nextAddress() {
		return address(ADDRESSES.incrementAndGet());
	}

	/** Public unicast addresses (11.0.0.0/8), one per report: many citizens, as on election day. */
	private static String address(long n) {
		return "11." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	static final String[] REGIONS = { "32.73", "31.71", "35.78", "33.74", "12.71", "73.71", "51.71", "64.72", "16.71" };
	static final String[] ACTS = {
			"Mengunggah ajakan memilih pasangan calon tertentu di akun media sosial pribadinya saat jam kerja.",
			"Hadir dan memakai atribut partai dalam kampanye terbuka di lapangan kecamatan pada hari kerja.",
			"Mengumpulkan staf di kantor dan meminta mereka mendukung calon kepala daerah petahana.",
			"Memberi tanda suka dan membagikan materi kampanye calon anggota legislatif di grup WhatsApp dinas." };

	/** A synthetic citizen's report (every name says so). */
	static String report(java.util.Random random) {
		boolean anonymous = random.nextInt(3) == 0;
		return """
				{"reported": {"name": "Pegawai Sintetis %d", "employer": "Pemerintah Daerah (sintetis)", "position": "Kepala Seksi"},
				 "incident": {"date": "%s", "regionCode": "%s", "description": "%s",
				   "links": ["https://media-sosial.contoh.invalid/unggahan/%d"]},
				 "reporter": %s,
				 "consent": true}
				""".formatted(random.nextInt(100_000), LocalDate.now().minusDays(1 + random.nextInt(20)),
				REGIONS[random.nextInt(REGIONS.length)], ACTS[random.nextInt(ACTS.length)], random.nextInt(1_000_000),
				anonymous ? "{\"anonymous\": true}"
						: "{\"anonymous\": false, \"name\": \"Warga Sintetis\", \"email\": \"warga@contoh.invalid\", \"phone\": \"0812-0000-0000\"}");
	}

	/** Plain single-row INSERT transactions of a report-sized row from as many connections: rate, p50, p99. */
	static double[] inserts(String jdbcUrl, int connections, int seconds) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			db.createStatement().execute("drop table if exists intake_insert_baseline");
			db.createStatement().execute("""
					create table intake_insert_baseline (id bigserial primary key, complaint_number varchar(20) not null
					  unique, payload text not null, created_at timestamp with time zone not null default now())""");
		}
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong sequence = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		String payload = report(new java.util.Random(7));
		for (int c = 0; c < connections; c++) {
			Thread thread = new Thread(() -> {
				try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
						PreparedStatement insert = db.prepareStatement(
								"insert into intake_insert_baseline (complaint_number, payload) values (?, ?)")) {
					while (running.get()) {
						long start = System.nanoTime();
						insert.setString(1, "BASE-" + sequence.incrementAndGet());
						insert.setString(2, payload);
						insert.executeUpdate();
						latencies.add((System.nanoTime() - start) / 1e6);
					}
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			threads.add(thread);
		}
		long start = System.nanoTime();
		threads.forEach(Thread::start);
		Thread.sleep(seconds * 1000L);
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new double[] { latencies.size() / elapsed, percentileOf(latencies, 50), percentileOf(latencies, 99) };
	}

	/** How many of the complaint numbers are in Netra's database (a fresh connection: the old one may be gone). */
	static long found(String jdbcUrl, List<String> numbers) throws Exception {
		long found = 0;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement query = db.prepareStatement(
						"select count(*) from report where complaint_number = any (?)")) {
			for (int from = 0; from < numbers.size(); from += 5000) {
				List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + 5000));
				query.setArray(1, db.createArrayOf("varchar", chunk.toArray()));
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					found += rs.getLong(1);
				}
			}
		}
		return found;
	}

	/** How many of the accepted reports have no case yet. */
	static long withoutCase(String jdbcUrl, List<String> numbers) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement query = db.prepareStatement("select count(*) from report r where r.complaint_number"
						+ " = any (?) and not exists (select 1 from case_file c where c.report_id = r.id)")) {
			query.setArray(1, db.createArrayOf("varchar", numbers.toArray()));
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** A small real PNG (a 64x48 gradient), as a phone's screenshot would be, only smaller. */
	static byte[] png() {
		try {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < 64; x++) {
				for (int y = 0; y < 48; y++) {
					image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
