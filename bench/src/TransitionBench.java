import java.io.IOException;
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
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * What a case's later steps cost the database: N accepted reports on registered employees (their NIPs from a
 * small synthetic registry imported through Netra) are taken through verification, review and recommendation by the
 * demo officers' agency systems (bearer tokens of satgas-demo, bawaslu-demo and bkn-demo), one request after
 * another. For each step: commits and statements per transition (listener work included: the backlog is waited
 * for), and p50 / p99 of the officer's request.
 */
final class TransitionBench {

	static final int CASES = Integer.parseInt(System.getenv().getOrDefault("BENCH_TRANSITION_CASES", "200"));

	private TransitionBench() {
	}

	/** One step of the lifecycle: who takes it, where, and what they send. */
	record Step(String name, String client, String path, String body) {
	}

	static final List<Step> STEPS = List.of(
			new Step("verification (FORWARD)", "satgas-demo", "verification", "{\"decision\": \"FORWARD\"}"),
			new Step("review (PROVEN)", "bawaslu-demo", "review",
					"{\"outcome\": \"PROVEN\", \"violations\": [\"DISIPLIN-02\"]}"),
			new Step("recommendation", "bkn-demo", "recommendation", "{}"));

	static void run(String base, String jdbcUrl, String bkn, Path registry) throws Exception {
		List<String> nips = nips(registry, CASES);
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			if (RegistryBench.count(db) < nips.size()) {
				RegistryBench.importThroughNetra(base, bkn, registry);
			}
		}
		List<String> numbers = new ArrayList<>();
		Map<Integer, Integer> refused = new TreeMap<>();
		for (String nip : nips) {
			Answer answer = post(base + "/api/v1/public/reports", report(nip), null, IntakeBench.nextAddress());
			Matcher number = IntakeBench.NUMBER.matcher(answer.body());
			if (answer.status() == 201 && number.find()) {
				numbers.add(number.group(1));
			}
			else {
				refused.merge(answer.status(), 1, Integer::sum);
			}
		}
		IntakeBench.Backlog.drain(jdbcUrl, IntakeBench.DRAIN_SECONDS);
		List<String> cases = caseIds(jdbcUrl, numbers);
		System.err.printf(Locale.ROOT, "   transitions: %d reports filed (refused: %s), %d cases opened%n",
				numbers.size(), refused, cases.size());
		DatabaseWork work = DatabaseWork.of(jdbcUrl);
		for (Step step : STEPS) {
			String token = RegistryBench.token(base, step.client(), step.client() + "-secret-2026");
			Map<Integer, Integer> statuses = new TreeMap<>();
			List<Double> millis = new ArrayList<>();
			String firstRefusal = null;
			DatabaseWork.Snapshot before = work.snapshot();
			for (String id : cases) {
				long start = System.nanoTime();
				Answer answer = post(base + "/api/v1/cases/" + id + "/" + step.path(), step.body(), token, null);
				statuses.merge(answer.status(), 1, Integer::sum);
				if (answer.status() == 200) {
					millis.add((System.nanoTime() - start) / 1e6);
				}
				else if (firstRefusal == null) {
					firstRefusal = answer.status() + " " + answer.body();
				}
			}
			IntakeBench.Backlog backlog = IntakeBench.Backlog.drain(jdbcUrl, IntakeBench.DRAIN_SECONDS);
			DatabaseWork.Cost cost = work.since(before);
			long done = millis.size();
			String name = "transition, " + step.name();
			double p50 = IntakeBench.percentileOf(millis, 50);
			double p99 = IntakeBench.percentileOf(millis, 99);
			RegistryBench.RESULTS.add(new RegistryBench.Result(name, "p50 ms of the officer's request (p99 in JSON)", p50,
					"ms", 0, 0, "-", done == cases.size(),
					String.format(Locale.ROOT, "\"p99_ms\": %.1f, \"transitions\": %d, \"statuses\": %s, %s, %s", p99,
							done, json(statuses), backlog.json(), cost.json(Math.max(1, done), "per_transition_"))));
			RegistryBench.NOTES.add(String.format(Locale.ROOT, "%-46s %s; %d of %d done (statuses %s), p50 %.1f ms, "
					+ "p99 %.1f ms%s", name, cost.perUnit(Math.max(1, done), "transition"), done, cases.size(), statuses,
					p50, p99, firstRefusal == null ? "" : "; first refusal: " + firstRefusal));
		}
	}

	/** The first NIPs of the registry file (its first column; rows without one are skipped). */
	static List<String> nips(Path registry, int count) throws IOException {
		try (var lines = Files.lines(registry, StandardCharsets.UTF_8)) {
			return lines.skip(1).map(line -> line.substring(0, line.indexOf(','))).filter(nip -> !nip.isEmpty())
				.limit(count).toList();
		}
	}

	static String report(String nip) {
		return """
				{"reported": {"nip": "%s", "name": "Pegawai Sintetis", "employer": "Pemerintah Daerah (sintetis)", "position": "Kepala Seksi"},
				 "incident": {"date": "%s", "regionCode": "32.73", "description": "%s", "links": []},
				 "reporter": {"anonymous": true},
				 "consent": true}
				""".formatted(nip, LocalDate.now().minusDays(3), IntakeBench.ACTS[0]);
	}

	static List<String> caseIds(String jdbcUrl, List<String> numbers) throws Exception {
		List<String> ids = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement query = db.prepareStatement(
						"select id from case_file where complaint_number = any (?) order by complaint_number")) {
			query.setArray(1, db.createArrayOf("varchar", numbers.toArray()));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
		}
		return ids;
	}

	record Answer(int status, String body) {
	}

	/** A blocking JSON POST, with a bearer token or from a citizen's address (X-Forwarded-For). */
	static Answer post(String url, String json, String token, String address) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		connection.setFixedLengthStreamingMode(body.length);
		connection.setRequestProperty("Content-Type", "application/json");
		if (token != null) {
			connection.setRequestProperty("Authorization", "Bearer " + token);
		}
		if (address != null) {
			connection.setRequestProperty("X-Forwarded-For", address);
		}
		try (OutputStream out = connection.getOutputStream()) {
			out.write(body);
		}
		int status = connection.getResponseCode();
		try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static String json(Map<Integer, Integer> statuses) {
		StringBuilder json = new StringBuilder("{");
		statuses.forEach((status, n) -> json.append(json.length() > 1 ? ", " : "").append('"').append(status)
			.append("\": ").append(n));
		return json.append('}').toString();
	}
}
