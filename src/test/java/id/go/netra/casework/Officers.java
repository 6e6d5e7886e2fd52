package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.go.netra.DemoAccountRows;
import id.go.netra.UserAgent;
import id.go.netra.personnel.RegistryFiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo agencies' systems over HTTP, each with its bearer token, plus what a case test needs around them:
 * a citizen's report and employees in the registry.
 */
public final class Officers {

	private final int port;
	private final UserAgent http;
	private final Map<String, String> tokens = new HashMap<>();

	public Officers(int port) {
		this.port = port;
		this.http = new UserAgent(port);
	}

	public UserAgent http() {
		return http;
	}

	public String token(String role) {
		return tokens.computeIfAbsent(role, r -> {
			DemoAccountRows row = DemoAccountRows.of(r);
			return http.accessToken(row.clientId(), row.clientSecret());
		});
	}

	public HttpResponse<String> post(String role, String path, String json) {
		return http.postJson(path, token(role), json);
	}

	public JsonNode get(String role, String path) {
		HttpResponse<String> response = http.get(path, token(role));
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return UserAgent.json(response);
	}

	/** Posts and expects 200; returns the case as the answer shows it. */
	public JsonNode act(String role, String path, String json) {
		HttpResponse<String> response = post(role, path, json);
		assertThat(response.statusCode()).as(role + " " + path + " " + response.body()).isEqualTo(200);
		return UserAgent.json(response);
	}

	/**
	 * A token for a system of a regional agency (e.g. BAWASLU-32) holding {@code role} in its own jurisdiction:
	 * the administrator registers the client through the admin page, as an operator would.
	 */
	public String regionalToken(String agency, String role) {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());
		String clientId = "uji-" + agency.toLowerCase(java.util.Locale.ROOT).replace(".", "-") + "-" + System.nanoTime();
		admin.submit("/admin/klien", "/admin/klien",
				Map.of("clientId", clientId, "name", "Sistem " + agency, "agencyCode", agency, "roles", role));
		java.util.regex.Matcher secret = java.util.regex.Pattern.compile("data-testid=\"client-secret\">([^<]+)<")
			.matcher(admin.get("/admin/klien").body());
		assertThat(secret.find()).isTrue();
		return new UserAgent(port).accessToken(clientId, secret.group(1));
	}

	/** Imports PNS into the registry through the product's import; returns their NIPs in order. */
	public java.util.List<String> employ(int firstNumber, String employer, String region, String... names) {
		RegistryFiles file = new RegistryFiles();
		java.util.List<String> nips = new java.util.ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			nips.add(file.valid(firstNumber + i, names[i], employer, region));
		}
		importRegistry(file);
		return nips;
	}

	/** Imports a registry file through the product's import as BKN's system, and waits until it is done. */
	public void importRegistry(RegistryFiles file) {
		String token = token("CIVIL_SERVICE_AGENCY");
		HttpResponse<String> accepted = http.postCsv("/api/v1/personnel/imports?fileName=uji-kasus.csv", token,
				file.content());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = UserAgent.location(accepted);
		await("registry import").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> UserAgent.json(http.get(location, token)).path("status").asString().equals("DONE"));
	}

	/** A citizen's report as JSON; {@code nip} may be null. */
	public static String publicReport(String nip, String name, String region, String links) {
		return """
				{"reported": {"nip": %s, "name": "%s", "employer": "Pemerintah Provinsi Jawa Barat", "position": "Kepala Seksi"},
				 "incident": {"date": "%s", "regionCode": "%s",
				   "description": "Mengunggah ajakan memilih calon tertentu di akun media sosial pribadinya.",
				   "links": [%s]},
				 "reporter": {"anonymous": false, "name": "Warga Uji (sintetis)", "email": "warga@contoh.invalid", "phone": "0812-3456-7890"},
				 "consent": true}
				""".formatted(nip == null ? "null" : "\"" + nip + "\"", name, LocalDate.now().minusDays(3), region,
				links == null ? "" : links);
	}

	/** Files a citizen's report and returns the answer (complaintNumber, receiptCode). */
	public JsonNode fileReport(String json) {
		HttpResponse<String> response = http.postJson("/api/v1/public/reports", null, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return UserAgent.json(response);
	}

	/** A citizen's report on the employee, verified and reviewed as proven with the violation; the case id. */
	public String provenCase(String nip, String violation) {
		String number = fileReport(publicReport(nip, "Pegawai Uji", "32.73", null)).path("complaintNumber").asString();
		String id = caseOf(number).path("id").asString();
		act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["%s"]}""".formatted(violation));
		return id;
	}

	/** The reporter of a case, as the task force opens it with a reason (audited); expects 200. */
	public JsonNode reporterOf(String caseId) {
		return act("TASK_FORCE", "/api/v1/cases/" + caseId + "/reporter-identity",
				"{\"reason\": \"verifikasi keterangan pelapor\"}");
	}

	/** The case of a complaint number, as the task force sees it. */
	public JsonNode caseOf(String complaintNumber) {
		JsonNode page = get("TASK_FORCE", "/api/v1/cases?complaintNumber=" + complaintNumber);
		assertThat(page.path("items")).hasSize(1);
		return get("TASK_FORCE", "/api/v1/cases/" + page.path("items").get(0).path("id").asString());
	}
}
