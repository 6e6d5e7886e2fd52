package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.personnel.RegistryFiles;
import tools.jackson.databind.JsonNode;

/**
 * The public portal and its JSON, without signing in: a province with two cases shows "<5", one with five shows 5,
 * no count from 1 to 4 appears anywhere, a single suppressed part of a total always has a second hidden beside it,
 * and nothing about the people involved (names, NIPs, NIKs, the reporter, complaint numbers) is shown.
 */
@NetraIntegrationTest
class PublicStatisticsIntegrationTests {

	static final String REPORTER_NAME = "Warga Uji (sintetis)";
	static final String REPORTER_EMAIL = "warga@contoh.invalid";
	static final String REPORTER_PHONE = "0812-3456-7890";
	static final Pattern COUNT_CELL = Pattern.compile("class=\"text-end count\">([^<]*)<");

	@LocalServerPort
	int port;

	@Autowired
	Statistics statistics;

	@Autowired
	PublicStatistics publicStatistics;

	@Test
	void thePortalShowsAggregatesWithSmallCountsSuppressedAndNothingPersonal() {
		// given: two cases in North Maluku (82) and five in North Kalimantan (65), the first of them forwarded to its PPK
		Officers officers = new Officers(port);
		List<String> secrets = new ArrayList<>(List.of(REPORTER_NAME, REPORTER_EMAIL, REPORTER_PHONE));
		List<String> malukuNips = employ(officers, 5601, "PEMDA-82", "82.71", 2, secrets);
		List<String> kaltaraNips = employ(officers, 5611, "PEMDA-65", "65.71", 5, secrets);
		List<String> numbers = new ArrayList<>();
		malukuNips.forEach(nip -> numbers.add(file(officers, nip, "82.71")));
		kaltaraNips.forEach(nip -> numbers.add(file(officers, nip, "65.71")));
		secrets.addAll(numbers);
		String forwarded = officers.caseOf(numbers.get(2)).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + forwarded + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + forwarded + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"]}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + forwarded + "/recommendation", "{}");
		secrets.add(forwarded);
		await("read model").atMost(Duration.ofSeconds(20))
			.until(() -> cases("82") == 2 && cases("65") == 5
					&& statistics.by(null, Statistics.Dimension.STATUS).stream()
						.anyMatch(c -> c.key().equals("AWAITING_FOLLOW_UP")));
		publicStatistics.expire();

		// when: anyone asks, without a token
		UserAgent anyone = new UserAgent(port);
		HttpResponse<String> api = anyone.get("/api/v1/public/statistics");
		HttpResponse<String> page = anyone.get("/transparansi");
		HttpResponse<String> english = anyone.get("/transparansi?lang=en");

		// then: the provinces as counted, small ones suppressed
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=60"));
		JsonNode json = UserAgent.json(api);
		assertThat(province(json, "82").path("count").isNull()).isTrue();
		assertThat(province(json, "82").path("shown").asString()).isEqualTo("<5");
		assertThat(province(json, "82").path("per10000").isNull()).isTrue();
		assertThat(province(json, "65").path("count").asLong()).isEqualTo(5);
		assertThat(province(json, "65").path("shown").asString()).isEqualTo("5");
		assertThat(json.path("followUpByEmployer").findValuesAsString("employerCode")).contains("PEMDA-65");
		JsonNode kaltara = scoreOf(json, "PEMDA-65");
		assertThat(kaltara.path("forwarded").path("shown").asString()).isIn("<5", "*");
		assertThat(kaltara.path("followUpRate").isNull()).isTrue();

		// no count from 1 to 4 anywhere, and no group with a single hidden part
		assertNoSmallCount(json, "$");
		assertSecondPartHidden(json.path("byStatus"), json.path("cases"));
		List<JsonNode> provinceCells = new ArrayList<>();
		json.path("provinces").forEach(provinceCells::add);
		provinceCells.add(json.path("provinceNotRecorded"));
		assertSecondPartHidden(provinceCells, json.path("cases"));
		assertSecondPartHidden(json.path("byEmployerKind"), json.path("cases"));

		// the page shows the same, in both languages
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Transparansi netralitas ASN").contains("&lt;5").contains("Kalimantan Utara");
		assertThat(english.body()).contains("Civil service neutrality in numbers").contains("Cases by province");
		for (String body : List.of(page.body(), english.body())) {
			Matcher cell = COUNT_CELL.matcher(body);
			int cells = 0;
			while (cell.find()) {
				cells++;
				assertThat(cell.group(1).trim()).as("a count on the page").doesNotMatch("[1-4]");
			}
			assertThat(cells).as("count cells on the page").isGreaterThan(38);
		}

		// nothing personal anywhere
		for (String body : List.of(api.body(), page.body(), english.body())) {
			for (String secret : secrets) {
				assertThat(body).as("public output").doesNotContain(secret);
			}
		}
	}

	@Test
	void agencySystemsGetTheMapsNumbersInTheirOwnScopeWithAToken() {
		// given: one case of the Riau provincial government (14), which the demo PPK (of West Java) does not employ
		Officers officers = new Officers(port);
		String nip = officers.employ(5621, "PEMDA-14", "14.71", "Peta Api (sintetis)").get(0);
		file(officers, nip, "14.71");
		await("read model").atMost(Duration.ofSeconds(20)).until(() -> cases("14") >= 1);

		// when / then: the task force sees it, by province and in Pekanbaru (14.71), unsuppressed
		JsonNode provinces = officers.get("TASK_FORCE", "/api/v1/statistics/provinces");
		assertThat(provinces).hasSize(38);
		assertThat(provinces.findValuesAsString("code")).contains("93", "94", "95", "96");
		JsonNode riau = find(provinces, "14");
		assertThat(riau.path("name").asString()).isEqualTo("Riau");
		assertThat(riau.path("cases").asLong()).isEqualTo(cases("14"));
		JsonNode regencies = officers.get("TASK_FORCE", "/api/v1/statistics/provinces/14/regencies");
		assertThat(regencies.get(0).path("code").asString()).isEqualTo("14.71");
		assertThat(regencies.get(0).path("cases").asLong()).isPositive();

		// the West Java PPK counts only its own employer's cases; unknown provinces and anonymous callers get nothing
		assertThat(find(officers.get("PPK", "/api/v1/statistics/provinces"), "14").path("cases").asLong()).isZero();
		assertThat(officers.http().get("/api/v1/statistics/provinces/99/regencies", officers.token("TASK_FORCE"))
			.statusCode()).isEqualTo(404);
		assertThat(new UserAgent(port).get("/api/v1/statistics/provinces").statusCode()).isEqualTo(401);
	}

	private static JsonNode find(JsonNode items, String code) {
		for (JsonNode item : items) {
			if (item.path("code").asString().equals(code)) {
				return item;
			}
		}
		throw new AssertionError("no " + code);
	}

	private long cases(String province) {
		return statistics.provinces(null).stream().filter(p -> p.code().equals(province)).findFirst().orElseThrow()
			.cases();
	}

	/** Employs {@code count} PNS and adds their names, NIPs and NIKs to {@code secrets}. */
	private static List<String> employ(Officers officers, int first, String employer, String region, int count,
			List<String> secrets) {
		String[] names = new String[count];
		for (int i = 0; i < count; i++) {
			names[i] = "Rahasia Publik " + (first + i) + " (sintetis)";
			LocalDate birth = LocalDate.of(1970 + (first + i) % 30, 1 + (first + i) % 12, 1 + (first + i) % 28);
			secrets.add(names[i]);
			secrets.add(RegistryFiles.nik(region, birth, (first + i) % 2 == 0, 1000 + first + i));
		}
		List<String> nips = officers.employ(first, employer, region, names);
		secrets.addAll(nips);
		return nips;
	}

	private static String file(Officers officers, String nip, String region) {
		return officers.fileReport(Officers.publicReport(nip, "Rahasia", region, null)).path("complaintNumber")
			.asString();
	}

	private static JsonNode province(JsonNode json, String code) {
		return find(json.path("provinces"), code);
	}

	private static JsonNode scoreOf(JsonNode json, String employer) {
		for (JsonNode e : json.path("followUpByEmployer")) {
			if (e.path("employerCode").asString().equals(employer)) {
				return e;
			}
		}
		throw new AssertionError("no employer " + employer);
	}

	/** Walks the whole answer: no whole number from 1 to 4, and every cell's count agrees with what it shows. */
	private static void assertNoSmallCount(JsonNode node, String path) {
		if (node.isIntegralNumber()) {
			assertThat(node.asLong() >= 1 && node.asLong() <= 4).as(path + " = " + node.asLong()).isFalse();
		}
		if (node.isObject() && node.has("shown")) {
			String shown = node.path("shown").asString();
			if (node.path("count").isNull()) {
				assertThat(shown).as(path).isIn("<5", "*");
			}
			else {
				assertThat(shown).as(path).isEqualTo(Long.toString(node.path("count").asLong()));
			}
		}
		if (node.isObject()) {
			node.properties().forEach(e -> assertNoSmallCount(e.getValue(), path + "." + e.getKey()));
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				assertNoSmallCount(node.get(i), path + "[" + i + "]");
			}
		}
	}

	/** Where the total is shown, the parts hidden are never exactly one (it would be the total minus the rest). */
	private static void assertSecondPartHidden(Iterable<JsonNode> parts, JsonNode total) {
		if (total.path("count").isNull()) {
			return;
		}
		long hidden = 0;
		for (JsonNode part : parts) {
			hidden += part.path("count").isNull() ? 1 : 0;
		}
		assertThat(hidden).as("hidden parts of a shown total").isNotEqualTo(1);
	}
}
