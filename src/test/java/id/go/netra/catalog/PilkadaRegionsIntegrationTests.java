package id.go.netra.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * The regions of Pilkada 2024 come from the reference file (545: every autonomous region but DI Yogyakarta's
 * province), each with candidate determination on 22 Sep 2024; administrators set a region's term end on the page
 * or by API, and bad input changes nothing.
 */
@NetraIntegrationTest
class PilkadaRegionsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pilkada2024HoldsEveryAutonomousRegionButYogyakartasProvince() {
		JsonNode page = UserAgent.json(new UserAgent(port).get("/api/v1/catalog/elections/PILKADA-2024/regions"));

		assertThat(page.path("total").asInt()).isEqualTo(545);
		assertThat(page.toString()).doesNotContain("\"regionCode\":\"34\"").contains("\"regionCode\":\"34.71\"")
			.doesNotContain("\"regionCode\":\"31.71\"");
		page.path("items").forEach(region -> assertThat(region.path("candidateDeterminationDate").asString())
			.isEqualTo("2024-09-22"));
	}

	@Test
	void anAdministratorSetsATermEndAndBadInputChangesNothing() {
		Officers officers = new Officers(port);
		UserAgent http = new UserAgent(port);
		String path = "/api/v1/catalog/elections/PILKADA-2024/regions/33.72";
		String termBefore = region(http, "33.72").path("termEndsOn").toString();

		HttpResponse<String> beforeDetermination = http.exchange("PUT", path, officers.token("ADMIN"),
				"application/json", "{\"termEndsOn\": \"2024-09-01\"}");
		HttpResponse<String> notARegion = http.exchange("PUT", "/api/v1/catalog/elections/PILKADA-2024/regions/99.99",
				officers.token("ADMIN"), "application/json", "{}");
		HttpResponse<String> general = http.exchange("PUT", "/api/v1/catalog/elections/PEMILU-2024/regions/33.72",
				officers.token("ADMIN"), "application/json", "{}");
		HttpResponse<String> byBawaslu = http.exchange("PUT", path, officers.token("ELECTION_SUPERVISOR"),
				"application/json", "{\"termEndsOn\": \"2025-02-20\"}");
		HttpResponse<String> english = new UserAgent(port).language("en").exchange("PUT", path,
				officers.token("ADMIN"), "application/json", "{\"termEndsOn\": \"2024-09-01\"}");
		JsonNode unchanged = region(http, "33.72");

		assertThat(beforeDetermination.statusCode()).isEqualTo(400);
		assertThat(notARegion.statusCode()).isEqualTo(400);
		assertThat(general.statusCode()).isEqualTo(400);
		assertThat(byBawaslu.statusCode()).isEqualTo(403);
		assertThat(english.body()).contains("The term must end after the candidates are determined");
		assertThat(unchanged.path("termEndsOn").toString()).isEqualTo(termBefore);

		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());
		HttpResponse<String> saved = admin.submit("/admin/pemilihan/PILKADA-2024/daerah",
				"/admin/pemilihan/PILKADA-2024/daerah",
				Map.of("regionCode", "33.72", "termEndsOn", "2025-02-20", "source", "Keppres pelantikan (uji)"));
		HttpResponse<String> badDate = admin.submit("/admin/pemilihan/PILKADA-2024/daerah",
				"/admin/pemilihan/PILKADA-2024/daerah", Map.of("regionCode", "33.72", "termEndsOn", "20-02-2025x"));
		String shown = admin.get("/admin/pemilihan/PILKADA-2024/daerah").body();

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(badDate.statusCode()).isEqualTo(302);
		assertThat(shown).contains("Tanggal tidak valid").contains("20 Februari 2025");
		assertThat(region(http, "33.72").path("termEndsOn").asString()).isEqualTo("2025-02-20");
	}

	private static JsonNode region(UserAgent http, String code) {
		for (JsonNode region : UserAgent.json(http.get("/api/v1/catalog/elections/PILKADA-2024/regions"))
			.path("items")) {
			if (region.path("regionCode").asString().equals(code)) {
				return region;
			}
		}
		throw new AssertionError("region " + code + " is not in Pilkada 2024");
	}
}
