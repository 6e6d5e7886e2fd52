import java.io.IOException;
import java.net.CookieManager;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/run cluster: three Netra nodes on one PostgreSQL database behind HAProxy (the reference configuration of
 * deploy/haproxy), driven through the balancer from this separate process.
 * <ol>
 * <li>Throughput: the intake load of {@link IntakeBench} for the same time through a balancer front of one node, of
 * two and of three, after a warm-up of all three.</li>
 * <li>Overdue cases: reports on registered employees (a small synthetic registry imported through the balancer)
 * taken to the recommendation, so that their follow-up deadline passes and the control ladder climbs (the nodes
 * run with deadlines and rungs in seconds) while the fault happens.</li>
 * <li>The fault: citizens keep reporting and signed-in officers keep opening their pages; one node is killed with
 * SIGKILL and started again under the load. Afterwards: every accepted report must be in the database (lost = 0),
 * the 5xx answers clients saw, the officers' sessions that survived (never sent back to the sign-in page), and how
 * often each rung of each overdue case fired (exactly once).</li>
 * </ol>
 */
final class ClusterBench {

	static final int CLIENTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLUSTER_CLIENTS", "32"));
	static final int SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLUSTER_SECONDS", "20"));
	static final int CASES = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLUSTER_CASES", "30"));
	/** The demo officers whose roles sign in with a password alone (the task force and administrators need TOTP). */
	static final List<String[]> OFFICERS = List.of(new String[] { "bawaslu", "Bawaslu-Demo-2026" },
			new String[] { "bkn", "Bkn-Demo-2026!" }, new String[] { "ppk.jabar", "Ppk-Jabar-Demo-2026" },
			new String[] { "kemendagri", "Kemendagri-Demo-2026" }, new String[] { "auditor", "Auditor-Demo-2026" },
			new String[] { "bawaslu.jabar", "Bawaslu-Jabar-Demo-2026" });
	static final List<String> RUNGS = List.of("WARNING", "REPRIMAND", "BLOCKED");
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ClusterBench() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("http.maxConnections", "512");
		System.setProperty("sun.net.http.retryPost", "false");
		String all = "http://127.0.0.1:" + args[0];
		String one = "http://127.0.0.1:" + args[1];
		String two = "http://127.0.0.1:" + args[2];
		String jdbcUrl = args[3];
		Path registry = Paths.get(args[4]);
		Path cluster = Paths.get(args[5]);
		Path output = Paths.get(args[6]);
		List<Integer> nodePorts = new ArrayList<>();
		for (int i = 7; i < args.length; i++) {
			nodePorts.add(Integer.parseInt(args[i]));
		}

		List<String> accepted = new ArrayList<>();
		String bkn = RegistryBench.token(all, "bkn-demo", "bkn-demo-secret-2026");
		RegistryBench.importThroughNetra(all, bkn, registry);

		System.err.printf(Locale.ROOT, "== warm-up: %d citizens through the balancer for %d s%n", CLIENTS, 2 * SECONDS);
		IntakeBench.Load warmUp = new IntakeBench.Load(all, CLIENTS);
		warmUp.runFor(2 * SECONDS);
		accepted.addAll(warmUp.accepted);
		double single = 0;
		String[][] fronts = { { one, "1 node" }, { two, "2 nodes" }, { all, "3 nodes" } };
		for (String[] front : fronts) {
			IntakeBench.Load load = new IntakeBench.Load(front[0], CLIENTS);
			load.runFor(SECONDS);
			accepted.addAll(load.accepted);
			double rate = load.accepted.size() / load.seconds;
			single = single == 0 ? rate : single;
			long failures = load.failures();
			RegistryBench.RESULTS.add(new RegistryBench.Result("cluster, intake through HAProxy, " + front[1],
					"accepted reports/s, " + CLIENTS + " clients, ratio to 1 node", rate, "reports/s", single,
					rate / single, "no failures", failures == 0, load.summary()));
			RegistryBench.NOTES.add(String.format(Locale.ROOT, "%-46s %.0f reports/s (p50 %.0f ms, p99 %.0f ms); %s",
					"cluster, " + front[1], rate, load.percentile(50), load.percentile(99), load.summary()));
		}

		List<String> overdue = overdueCases(all, jdbcUrl, registry);
		fault(all, jdbcUrl, cluster, nodePorts, overdue, accepted);
		RegistryBench.print();
		RegistryBench.write(output);
	}

	/**
	 * Reports on the first employees of the registry, each taken through verification (task force), review
	 * (Bawaslu) and the recommendation (BKN) by the demo agency systems: from then on their follow-up deadline runs.
	 */
	static List<String> overdueCases(String base, String jdbcUrl, Path registry) throws Exception {
		List<String> numbers = new ArrayList<>();
		for (String nip : TransitionBench.nips(registry, CASES)) {
			TransitionBench.Answer answer = TransitionBench.post(base + "/api/v1/public/reports",
					TransitionBench.report(nip), null, IntakeBench.nextAddress());
			Matcher number = IntakeBench.NUMBER.matcher(answer.body());
			if (answer.status() != 201 || !number.find()) {
				throw new IllegalStateException("a report on " + nip + " was refused: " + answer.status() + " "
						+ answer.body());
			}
			numbers.add(number.group(1));
		}
		List<String> cases = TransitionBench.caseIds(jdbcUrl, numbers);
		for (long start = System.nanoTime(); cases.size() < numbers.size(); cases = TransitionBench.caseIds(jdbcUrl,
				numbers)) {
			if (RegistryBench.seconds(start) > 120) {
				throw new IllegalStateException(cases.size() + " of " + numbers.size() + " reports became cases");
			}
			Thread.sleep(250); // the cases are opened by listeners after the report's commit
		}
		for (TransitionBench.Step step : TransitionBench.STEPS) {
			String token = RegistryBench.token(base, step.client(), step.client() + "-secret-2026");
			for (String id : cases) {
				TransitionBench.Answer answer = TransitionBench.post(base + "/api/v1/cases/" + id + "/" + step.path(),
						step.body(), token, null);
				if (answer.status() != 200) {
					throw new IllegalStateException(step.name() + " of case " + id + " answered " + answer.status()
							+ ": " + answer.body());
				}
			}
		}
		System.err.printf(Locale.ROOT, "== %d cases recommended to their PPK: their follow-up deadline runs%n",
				cases.size());
		return cases;
	}

	/** Citizens and officers through the balancer; one node killed and started again in the middle. */
	static void fault(String base, String jdbcUrl, Path cluster, List<Integer> nodePorts, List<String> overdue,
			List<String> acceptedBefore) throws Exception {
		IntakeBench.Load citizens = new IntakeBench.Load(base, 16);
		List<Officer> officers = new ArrayList<>();
		for (int i = 0; i < 2 * OFFICERS.size(); i++) {
			String[] account = OFFICERS.get(i % OFFICERS.size());
			officers.add(Officer.signIn(base, account[0], account[1]));
		}
		citizens.start();
		officers.forEach(Officer::start);
		Thread.sleep(Integer.parseInt(System.getenv().getOrDefault("BENCH_CLUSTER_KILL_AFTER", "30")) * 1000L);

		int victim = 2;
		long pid = Long.parseLong(Files.readString(cluster.resolve("node" + victim + ".pid")).trim());
		new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
		long killedAt = System.nanoTime();
		System.err.printf(Locale.ROOT, "== killed node %d (pid %d, port %d) with SIGKILL; starting it again%n", victim,
				pid, nodePorts.get(victim - 1));
		int exit = new ProcessBuilder("bash", cluster.resolve("start-node" + victim + ".sh").toString()).inheritIO()
			.start().waitFor();
		double restarted = RegistryBench.seconds(killedAt);
		System.err.printf(Locale.ROOT, "== node %d ready again %.1f s after the kill (start script exit %d)%n", victim,
				restarted, exit);

		// on until every overdue case is blocked, and at least half a minute with the restarted node in rotation
		long readyAt = System.nanoTime();
		long blocked = 0;
		while (RegistryBench.seconds(readyAt) < 30 || (blocked < overdue.size() && RegistryBench.seconds(readyAt) < 600)) {
			Thread.sleep(1000);
			blocked = rungCounts(jdbcUrl, overdue).values().stream().filter(rungs -> rungs.containsKey("BLOCKED")).count();
		}
		citizens.stop();
		officers.forEach(Officer::stop);

		List<String> accepted = new ArrayList<>(acceptedBefore);
		accepted.addAll(citizens.accepted);
		long found = IntakeBench.found(jdbcUrl, accepted);
		long lost = accepted.size() - found;
		long withoutCase = IntakeBench.withoutCase(jdbcUrl, new ArrayList<>(citizens.accepted));
		for (long start = System.nanoTime(); withoutCase > 0 && RegistryBench.seconds(start) < 240;) {
			Thread.sleep(2000);
			withoutCase = IntakeBench.withoutCase(jdbcUrl, new ArrayList<>(citizens.accepted));
		}
		long citizen5xx = citizens.statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
			.mapToLong(e -> e.getValue().sum()).sum();
		long officer5xx = officers.stream().mapToLong(o -> o.count5xx()).sum();
		long officerFailures = officers.stream().mapToLong(o -> o.ioFailures.sum()).sum();
		long officerRequests = officers.stream().mapToLong(o -> o.requests.sum()).sum();
		long survived = officers.stream().filter(o -> !o.signedOut.get()).count();

		Map<String, Map<String, Long>> rungs = rungCounts(jdbcUrl, overdue);
		long exactlyOnce = 0;
		long twice = 0;
		long missing = 0;
		for (String id : overdue) {
			Map<String, Long> fired = rungs.getOrDefault(id, Map.of());
			for (String rung : RUNGS) {
				long n = fired.getOrDefault(rung, 0L);
				exactlyOnce += n == 1 ? 1 : 0;
				twice += n > 1 ? 1 : 0;
				missing += n == 0 ? 1 : 0;
			}
		}
		long maxFired = rungs.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max()
			.orElse(0);

		String extra = String.format(Locale.ROOT,
				"\"accepted\": %d, \"found\": %d, \"lost\": %d, \"without_case\": %d, \"citizen_5xx\": %d, "
						+ "\"citizen_connection_failures\": %d, \"officer_requests\": %d, \"officer_5xx\": %d, "
						+ "\"officer_connection_failures\": %d, \"sessions\": %d, \"sessions_survived\": %d, "
						+ "\"overdue_cases\": %d, \"rungs_exactly_once\": %d, \"rungs_more_than_once\": %d, "
						+ "\"rungs_missing\": %d, \"node_ready_again_s\": %.1f, %s",
				accepted.size(), found, lost, withoutCase, citizen5xx, citizens.ioFailures.sum(), officerRequests,
				officer5xx, officerFailures, officers.size(), survived, overdue.size(), exactlyOnce, twice, missing,
				restarted, citizens.summary());
		RegistryBench.RESULTS.add(new RegistryBench.Result("cluster, SIGKILL of one node of three",
				"lost of " + accepted.size() + " accepted (found " + found + ")", lost, "reports", 0, 0,
				"lost = 0, all cases", lost == 0 && withoutCase == 0, extra));
		RegistryBench.RESULTS.add(new RegistryBench.Result("cluster, 5xx seen by clients",
				"citizens' and officers' 5xx answers during the fault", citizen5xx + officer5xx, "answers",
				citizens.statuses.values().stream().mapToLong(LongAdder::sum).sum() + officerRequests, 0,
				"in flight at the kill only", true, null));
		RegistryBench.RESULTS.add(new RegistryBench.Result("cluster, officers' sessions survived",
				"signed in before the kill, still signed in after", survived, "sessions", officers.size(),
				(double) survived / officers.size(), "all", survived == officers.size(), null));
		RegistryBench.RESULTS.add(new RegistryBench.Result("cluster, rungs fired per overdue case",
				"most times one rung of one case fired (" + overdue.size() + " cases x 3 rungs)", maxFired, "times",
				1, maxFired, "exactly 1", exactlyOnce == 3L * overdue.size(), null));
		RegistryBench.NOTES.add(String.format(Locale.ROOT,
				"%-46s accepted %d, found %d, lost %d (reports without a case: %d); node %d ready again %.1f s after "
						+ "the kill; citizens saw %d x 5xx and %d connection failures (statuses %s); officers made %d "
						+ "requests, saw %d x 5xx and %d connection failures; sessions survived %d of %d; rungs of %d "
						+ "overdue cases: %d fired exactly once, %d more than once, %d not fired",
				"cluster, SIGKILL of one node of three", accepted.size(), found, lost, withoutCase, victim, restarted,
				citizen5xx, citizens.ioFailures.sum(), citizens.summary(), officerRequests, officer5xx, officerFailures,
				survived, officers.size(), overdue.size(), exactlyOnce, twice, missing));
	}

	/** For each case, how many times each rung of the control ladder fired. */
	static Map<String, Map<String, Long>> rungCounts(String jdbcUrl, List<String> cases) throws Exception {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement query = db.prepareStatement("select case_id::text, rung, count(*) from control_action"
						+ " where case_id::text = any (?) group by case_id, rung")) {
			query.setArray(1, db.createArrayOf("varchar", cases.toArray()));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					counts.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
				}
			}
		}
		return counts;
	}

	/**
	 * An officer signed in through the balancer with a browser's cookie jar, opening the home page, the work queue
	 * and the dashboard one after another with a short pause, as a person would. The session is lost if a page
	 * ever sends the officer back to the sign-in page.
	 */
	static final class Officer {

		static final List<String> PAGES = List.of("/beranda", "/kasus", "/dasbor");

		final String base;
		final String username;
		final HttpClient browser;
		final AtomicBoolean running = new AtomicBoolean();
		final AtomicBoolean signedOut = new AtomicBoolean();
		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		final LongAdder requests = new LongAdder();
		final LongAdder ioFailures = new LongAdder();
		Thread thread;

		private Officer(String base, String username) {
			this.base = base;
			this.username = username;
			this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5)).build();
		}

		static Officer signIn(String base, String username, String password) throws Exception {
			Officer officer = new Officer(base, username);
			HttpResponse<String> form = officer.get("/masuk");
			Matcher csrf = CSRF.matcher(form.body());
			if (!csrf.find()) {
				throw new IllegalStateException("no sign-in form at /masuk: " + form.statusCode());
			}
			String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<String> signedIn = officer.browser.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || !location.endsWith("/beranda")) {
				throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " "
						+ location);
			}
			return officer;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return browser.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		void start() {
			running.set(true);
			thread = new Thread(this::loop, "officer-" + username);
			thread.setDaemon(true);
			thread.start();
		}

		void stop() {
			running.set(false);
			try {
				thread.join(90_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		void loop() {
			int n = 0;
			while (running.get()) {
				try {
					HttpResponse<String> page = get(PAGES.get(n++ % PAGES.size()));
					requests.increment();
					statuses.computeIfAbsent(page.statusCode(), k -> new LongAdder()).increment();
					if (page.headers().firstValue("Location").orElse("").contains("/masuk")) {
						signedOut.set(true);
					}
				}
				catch (IOException e) {
					ioFailures.increment();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				IntakeBench.sleep(250); // a person reads the page before the next
			}
		}

		long count5xx() {
			return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().sum())
				.sum();
		}
	}
}
