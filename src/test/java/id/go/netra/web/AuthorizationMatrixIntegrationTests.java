package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;

/**
 * Who may call what, for every route the application serves: the routes are read from Spring MVC's own handler
 * mapping and compared with the table in {@code src/test/resources/authorization-matrix.txt}, so a new route
 * without a row, or a row whose route is gone, fails the build. Then every route is called as every role, with
 * its path filled from a case (and an employee) inside the regional Bawaslu's and the PPK's scope and from one
 * outside it, and the answer's class must be the table's. A state-changing call carries an empty body: a role
 * that may not act must be refused (403, or 404 outside its scope) before its request is read.
 */
@NetraIntegrationTest
class AuthorizationMatrixIntegrationTests {

	private static final String TABLE = "authorization-matrix.txt";

	/**
	 * Handlers in the mapping that are not the application's own routes, by the package of their controller.
	 * Static resources (webjars, css, js) and the actuator are served by other handler mappings, so they never
	 * appear here; the OAuth2 token endpoint and sign-in/out are filters, not handlers.
	 */
	private static final Map<String, String> NOT_ROUTES = Map.of(
			"org.springdoc.", "the OpenAPI document and Swagger UI: public documentation (ApiDocumentationIntegrationTests)",
			"org.springframework.boot.", "Boot's /error: the container forwards to it, nobody calls it");

	/** The columns of the table: who calls, as which demo account (username; null for nobody signed in). */
	private static final List<String> COLUMNS = List.of("anon", "TF", "ES", "ES32", "CSA", "AUD", "PPK", "OVS", "ADM");

	private static final Map<String, String> ACCOUNTS = Map.of("TF", "satgas", "ES", "bawaslu", "ES32", "bawaslu.jabar",
			"CSA", "bkn", "AUD", "auditor", "PPK", "ppk.jabar", "OVS", "kemendagri", "ADM", "admin");

	/** Path variables that name no real thing in the test: an allowed caller may get 404 for them. */
	private static final Map<String, String> PLACEHOLDERS = Map.ofEntries(Map.entry("code", "UJI-TIDAK-ADA"),
			Map.entry("sha256", "0".repeat(64)), Map.entry("complaintNumber", "NTR-2026-000000"),
			Map.entry("username", "tidak-ada-uji"), Map.entry("action", "unlock"),
			Map.entry("clientId", "tidak-ada-uji"), Map.entry("year", "2026"), Map.entry("table", "kasus"),
			Map.entry("format", "csv"), Map.entry("name", "tidak-ada-uji"), Map.entry("source", "tidak-ada-uji"),
			Map.entry("election", "PEMILU-2024"), Map.entry("agencyCode", "UJI-TIDAK-ADA"),
			Map.entry("token", "tidak-ada-uji"), Map.entry("regionCode", "99.99"));

	/** Routes that find a report by the complaint number and receipt code in the request. */
	private static final java.util.Set<String> REPORTER_LOOKUPS = java.util.Set.of("POST /lapor/bukti",
			"POST /lapor/status", "POST /lapor/status/jawab");

	private static final String NO_SUCH_UUID = "00000000-0000-4000-8000-000000000000";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyRouteHasARowAndEveryRowARoute() {
		Set<String> routes = routes().keySet();
		Map<String, Row> rows = table();

		List<String> missing = routes.stream().filter(route -> !rows.containsKey(route)).toList();
		List<String> gone = rows.keySet().stream().filter(row -> !routes.contains(row)).toList();

		if (!missing.isEmpty() || !gone.isEmpty()) {
			fail("src/test/resources/" + TABLE + " does not match the application's routes."
					+ (missing.isEmpty() ? "" : "\nRoutes without a row (add one, deciding each role's outcome):\n  "
							+ String.join("\n  ", missing))
					+ (gone.isEmpty() ? "" : "\nRows without a route (remove them):\n  " + String.join("\n  ", gone)));
		}
	}

	@Test
	void everyRoleGetsWhatTheTableSaysInsideAndOutsideItsScope() throws Exception {
		Fixture fixture = new Fixture(new Officers(port));
		Map<String, Caller> callers = new LinkedHashMap<>();
		COLUMNS.forEach(column -> callers.put(column, new Caller(column)));
		Map<String, Route> routes = routes();
		Map<String, Map<String, String>> answers = new ConcurrentHashMap<>();

		// each caller on its own thread through the routes that change nothing another caller depends on ...
		ExecutorService threads = Executors.newFixedThreadPool(COLUMNS.size());
		try {
			for (Future<?> done : threads.invokeAll(COLUMNS.stream()
				.map(column -> Executors.callable(() -> routes.values().stream()
					.filter(route -> !route.assignment())
					.forEach(route -> answers.computeIfAbsent(route.key(), key -> new ConcurrentHashMap<>())
						.put(column, answer(callers.get(column), route, fixture)))))
				.toList())) {
				done.get();
			}
		}
		finally {
			threads.shutdown();
		}
		// ... and one after the other through taking and releasing, each time on cases a colleague holds
		routes.values().stream().filter(Route::assignment).forEach(route -> COLUMNS.forEach(column -> {
			fixture.heldByAColleague(jdbc);
			answers.computeIfAbsent(route.key(), key -> new ConcurrentHashMap<>())
				.put(column, answer(callers.get(column), route, fixture));
		}));

		Map<String, Row> rows = table();
		List<String> wrong = new ArrayList<>();
		StringBuilder actualTable = new StringBuilder();
		for (Route route : routes.values()) {
			Row row = rows.get(route.key());
			List<String> cells = COLUMNS.stream().map(column -> answers.get(route.key()).get(column)).toList();
			for (int i = 0; i < COLUMNS.size(); i++) {
				String expected = row == null ? null : row.cells().get(i);
				if (expected != null && !matches(expected, cells.get(i), route)) {
					wrong.add(route.key() + " as " + COLUMNS.get(i) + ": expected " + expected + ", got " + cells.get(i));
				}
			}
			actualTable.append(format(route.key(), cells)).append('\n');
		}

		// what the application answered, in the table's own format: a reviewer's aid when adding rows
		Path written = Path.of("target", "authorization-matrix-actual.txt");
		Files.createDirectories(written.getParent());
		Files.writeString(written, actualTable);
		assertThat(wrong).as("outcomes that differ from " + TABLE + " (all answers in " + written + ")").isEmpty();
	}

	/** The class of answer inside the caller's scope, and "inside/outside" where the two differ. */
	private static String answer(Caller caller, Route route, Fixture fixture) {
		String inside = caller.call(route, fixture.fill(route.path(), true));
		String outside = route.scoped() ? caller.call(route, fixture.fill(route.path(), false)) : inside;
		return inside.equals(outside) ? inside : inside + "/" + outside;
	}

	/**
	 * An expectation met by an answer: the same class, or, for a route whose path names something that does not
	 * exist in the test, 404 where a caller is allowed.
	 */
	private static boolean matches(String expected, String actual, Route route) {
		if (expected.equals(actual)) {
			return true;
		}
		if (!route.placeholder()) {
			return false;
		}
		String[] e = expected.split("/");
		String[] a = actual.split("/");
		for (int i = 0; i < 2; i++) {
			String want = e[Math.min(i, e.length - 1)];
			String got = a[Math.min(i, a.length - 1)];
			if (!want.equals(got) && !(want.equals("A") && got.equals("N"))) {
				return false;
			}
		}
		return true;
	}

	static String format(String key, List<String> cells) {
		String[] parts = key.split(" ", 2);
		StringBuilder line = new StringBuilder(String.format("%-7s %-58s", parts[0], parts[1]));
		cells.forEach(cell -> line.append(String.format(" %-4s", cell)));
		return line.toString().stripTrailing();
	}

	/** One route: method and path pattern as the table names them, and how to send it a body. */
	record Route(String method, String path, HandlerMethod handler, MediaType consumes) {

		String key() {
			return method + " " + path;
		}

		boolean api() {
			return path.startsWith("/api/");
		}

		/** Whether the path names a case or an employee, which the test has inside and outside a scope. */
		boolean scoped() {
			return isCase(path) || path.contains("{nip}");
		}

		/**
		 * Whether some part of the path names nothing real in the test, or the (empty) body names what the route
		 * looks up: a reporter's pages find a report by the complaint number and receipt code they are sent, and
		 * answer 404 (then 429) for none.
		 */
		boolean placeholder() {
			if (REPORTER_LOOKUPS.contains(key())) {
				return true;
			}
			Matcher variables = VARIABLE.matcher(path);
			while (variables.find()) {
				String name = variables.group(1);
				if (!name.equals("nip") && !(name.equals("id") && isCase(path))) {
					return true;
				}
			}
			return false;
		}

		/** Whether the route takes or releases a case: its answer depends on who holds the case. */
		boolean assignment() {
			return path.endsWith("/assignment") || path.endsWith("/{id}/ambil") || path.endsWith("/{id}/lepas");
		}

		static boolean isCase(String path) {
			return path.startsWith("/api/v1/cases/{id}") || path.startsWith("/kasus/{id}");
		}
	}

	/** A row of the table: the expected class per column, "A/N" when inside and outside a scope differ. */
	record Row(String key, List<String> cells) {
	}

	/** The application's routes, by "METHOD /path"; one handler per key (a JSON one where a path has several). */
	private Map<String, Route> routes() {
		Map<String, Route> routes = new TreeMap<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			String type = handler.getBeanType().getName();
			if (NOT_ROUTES.keySet().stream().anyMatch(type::startsWith)) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			MediaType consumes = consumes(info);
			for (String path : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					Route route = new Route(method.name(), path, handler, consumes);
					routes.merge(route.key(), route, (a, b) -> MediaType.APPLICATION_JSON.equals(b.consumes()) ? b : a);
				}
			}
		});
		return routes;
	}

	private static MediaType consumes(RequestMappingInfo info) {
		Set<MediaType> types = info.getConsumesCondition().getConsumableMediaTypes();
		if (types.isEmpty()) {
			return null;
		}
		return types.contains(MediaType.APPLICATION_JSON) ? MediaType.APPLICATION_JSON : types.iterator().next();
	}

	private static Map<String, Row> table() {
		try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream("/" + TABLE)) {
			Map<String, Row> rows = new TreeMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String content = line.replaceFirst("#.*", "").strip();
				if (content.isEmpty()) {
					continue;
				}
				String[] fields = content.split("\\s+");
				assertThat(fields).as("method, path and one cell per column: " + line).hasSize(2 + COLUMNS.size());
				String key = fields[0] + " " + fields[1];
				assertThat(rows).as("one row per route: " + key).doesNotContainKey(key);
				rows.put(key, new Row(key, Arrays.asList(fields).subList(2, fields.length)));
			}
			return rows;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A case and an employee inside BAWASLU-32's and PPK PEMDA-32's scope, and one of each outside it. */
	private static final class Fixture {

		private final String insideCase;
		private final String outsideCase;
		private final String insideNip;
		private final String outsideNip;

		Fixture(Officers officers) {
			insideNip = officers.employ(5231, "PEMDA-32", "32.73", "Matriks Dalam (sintetis)").get(0);
			outsideNip = officers.employ(5232, "PEMDA-33", "33.74", "Matriks Luar (sintetis)").get(0);
			insideCase = forwarded(officers, insideNip, "32.73");
			outsideCase = forwarded(officers, outsideNip, "33.74");
		}

		/** A case forwarded to the employee's PPK, so that every role but the reporter's sees it in scope. */
		private static String forwarded(Officers officers, String nip, String region) {
			String number = officers.fileReport(Officers.publicReport(nip, "Matriks", region, null))
				.path("complaintNumber")
				.asString();
			String id = officers.caseOf(number).path("id").asString();
			officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
			officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review",
					"{\"outcome\": \"PROVEN\", \"violations\": [\"DISIPLIN-02\"]}");
			officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
			return id;
		}

		/** Both cases held by an officer who is none of the callers, as a colleague would hold them. */
		void heldByAColleague(JdbcClient jdbc) {
			jdbc.sql("""
					update case_file set assignee = 'rekan-uji', assignee_name = 'Rekan Uji', assigned_at = current_timestamp
					where id in (:inside, :outside)""")
				.param("inside", UUID.fromString(insideCase))
				.param("outside", UUID.fromString(outsideCase))
				.update();
		}

		String fill(String path, boolean inside) {
			Matcher variables = VARIABLE.matcher(path);
			StringBuilder filled = new StringBuilder();
			while (variables.find()) {
				String name = variables.group(1);
				String value;
				if (name.equals("nip")) {
					value = inside ? insideNip : outsideNip;
				}
				else if (name.equals("id") && Route.isCase(path)) {
					value = inside ? insideCase : outsideCase;
				}
				else if (name.equals("id")) {
					// registry imports, monitored posts, news feeds and screening leads are numbered; everything else is
					// a UUID
					value = path.contains("/impor") || path.contains("/monitoring/") || path.contains("/pemantauan/")
							|| path.contains("/screening/") || path.contains("/penyaringan/") ? "999999999" : NO_SUCH_UUID;
				}
				else {
					value = PLACEHOLDERS.get(name);
					assertThat(value).as("a value for {" + name + "} in " + path + " (add it to PLACEHOLDERS)").isNotNull();
				}
				variables.appendReplacement(filled, Matcher.quoteReplacement(value));
			}
			variables.appendTail(filled);
			return filled.toString();
		}
	}

	/** One column of the table: its bearer token for the API and its browser session for pages. */
	private final class Caller {

		private final UserAgent browser = new UserAgent(port);
		private final UserAgent system = new UserAgent(port);
		private final String token;
		private final String csrf;

		Caller(String column) {
			String username = ACCOUNTS.get(column);
			if (username == null) {
				token = null;
				csrf = browser.csrfToken("/masuk");
				return;
			}
			DemoAccountRows account = DemoAccountRows.all().stream()
				.filter(row -> row.username().equals(username))
				.findFirst()
				.orElseThrow();
			token = system.accessToken(account.clientId(), account.clientSecret());
			assertThat(browser.signIn(account.username(), account.password())).isEqualTo("/beranda");
			csrf = browser.csrfToken("/beranda");
		}

		/** The class of the answer: A allowed, F forbidden (403), N not found (404), S sent to sign in, E error. */
		String call(Route route, String path) {
			return route.api() ? classify(callApi(route, path), true) : callPage(route, path);
		}

		private HttpResponse<String> callApi(Route route, String path) {
			if (route.method().equals("GET")) {
				return token == null ? system.get(path) : system.get(path, token);
			}
			String[] body = body(route);
			return system.exchange(route.method(), path, token, body[0], body[1]);
		}

		private String callPage(Route route, String path) {
			HttpResponse<String> answer;
			if (route.method().equals("GET")) {
				answer = browser.get(path);
			}
			else {
				String[] body = body(route);
				answer = browser.exchange(route.method(), path, null,
						body[0].equals("application/json") ? "application/x-www-form-urlencoded" : body[0],
						body[0].equals("application/json") ? "" : body[1], "X-CSRF-TOKEN", csrf);
			}
			String outcome = classify(answer, false);
			if (!outcome.equals("A") || answer.statusCode() / 100 != 3) {
				return outcome;
			}
			// post/redirect/get: the page the action leads to says whether it was refused, and how
			HttpResponse<String> next = browser.get(UserAgent.location(answer));
			String refusal = next.body().replaceAll("(?s).*data-refusal-status=\"(\\d+)\".*", "$1");
			if (refusal.equals("403") || next.statusCode() == 403) {
				return "F";
			}
			return refusal.equals("404") || next.statusCode() == 404 ? "N" : "A";
		}

		/** An empty body in the route's own type: {content type, body}. */
		private String[] body(Route route) {
			MediaType type = route.consumes();
			List<MethodParameter> parts = Arrays.stream(route.handler().getMethodParameters())
				.filter(p -> p.hasParameterAnnotation(RequestPart.class) || (p.hasParameterAnnotation(RequestParam.class)
						&& MultipartFile.class.isAssignableFrom(p.getParameterType())))
				.toList();
			if (!parts.isEmpty() || (type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA))) {
				String boundary = "matriks";
				StringBuilder body = new StringBuilder();
				for (MethodParameter parameter : parts) {
					RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					String name = part != null ? (part.name().isEmpty() ? part.value() : part.name())
							: (param.name().isEmpty() ? param.value() : param.name());
					boolean file = MultipartFile.class.isAssignableFrom(parameter.getParameterType())
							|| List.class.isAssignableFrom(parameter.getParameterType());
					body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
						.append(file ? "\"; filename=\"kosong.pdf\"\r\nContent-Type: application/pdf\r\n\r\n\r\n"
								: "\"\r\nContent-Type: application/json\r\n\r\n{}\r\n");
				}
				body.append("--").append(boundary).append("--\r\n");
				return new String[] { "multipart/form-data; boundary=" + boundary, body.toString() };
			}
			if (type != null && !type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return new String[] { type.toString(), "x" };
			}
			return new String[] { "application/json", "{}" };
		}

		private static String classify(HttpResponse<String> answer, boolean api) {
			int status = answer.statusCode();
			if (api ? status == 401 : status / 100 == 3 && UserAgent.location(answer).startsWith("/masuk")) {
				return "S";
			}
			if (status == 403) {
				return "F";
			}
			if (status == 404) {
				return "N";
			}
			return status >= 500 || status == 401 ? "E" + status : "A";
		}
	}
}
