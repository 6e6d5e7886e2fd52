package id.go.netra.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditQuery;
import id.go.netra.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

@NetraIntegrationTest
class CatalogIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Autowired
	Regions regions;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	ElectionCalendar elections;

	@Test
	void theViolationCatalogueHoldsTheDecreesSevenEthicsAndThirteenDisciplineItems() {
		JsonNode items = UserAgent.json(new UserAgent(port).get("/api/v1/catalog/violations")).path("items");
		List<JsonNode> all = new ArrayList<>();
		items.forEach(all::add);
		assertThat(all).filteredOn(v -> v.path("kind").asString().equals("ETHICS")).hasSize(7)
			.allSatisfy(v -> assertThat(v.path("level").asString()).isEqualTo("MORAL"));
		assertThat(all).filteredOn(v -> v.path("kind").asString().equals("DISCIPLINE")).hasSize(13)
			.allSatisfy(v -> assertThat(v.path("level").asString()).isIn("LIGHT", "MEDIUM", "HEAVY"));
		assertThat(all).allSatisfy(v -> {
			assertThat(v.path("code").asString()).isNotBlank();
			assertThat(v.path("name").asString()).isNotBlank();
			assertThat(v.path("legalBasis").asString()).isNotBlank();
		});
	}

	@Test
	void theSanctionCatalogueRunsFromMoralStatementsToDismissal() {
		JsonNode items = UserAgent.json(new UserAgent(port).get("/api/v1/catalog/sanctions")).path("items");
		List<String> levels = new ArrayList<>();
		List<Integer> severities = new ArrayList<>();
		items.forEach(s -> {
			levels.add(s.path("level").asString());
			severities.add(s.path("severity").asInt());
			assertThat(s.path("legalBasis").asString()).isNotBlank();
			assertThat(s.path("kind").asString()).isIn("MORAL", "DISCIPLINE");
		});
		assertThat(severities).isSorted().doesNotHaveDuplicates();
		assertThat(levels).first().isEqualTo("MORAL");
		assertThat(levels).last().isEqualTo("HEAVY");
		assertThat(levels).contains("LIGHT", "MEDIUM");
	}

	@Test
	void anUnknownCodeIsAProblemInTheCallersLanguage() {
		HttpResponse<String> indonesian = new UserAgent(port).get("/api/v1/catalog/violations/TIDAK-ADA");
		assertThat(indonesian.statusCode()).isEqualTo(404);
		assertThat(UserAgent.json(indonesian).path("detail").asString())
			.isEqualTo("Pelanggaran dengan kode TIDAK-ADA tidak ada dalam katalog.");
		HttpResponse<String> english = new UserAgent(port).language("en").get("/api/v1/catalog/violations/TIDAK-ADA");
		assertThat(UserAgent.json(english).path("detail").asString())
			.isEqualTo("There is no violation with code TIDAK-ADA in the catalogue.");
		assertThat(UserAgent.json(english).path("type").asString()).isEqualTo("urn:netra:problem:not-found");
	}

	@Test
	void anAdministratorCorrectsALevelAndTheApiAndAuditShowIt() {
		UserAgent admin = admin();
		Violation before = violation("DISIPLIN-13");
		try {
			HttpResponse<String> saved = admin.submit("/admin/katalog/pelanggaran/DISIPLIN-13",
					"/admin/katalog/pelanggaran/DISIPLIN-13", form(before, "MEDIUM", before.version()));
			assertThat(UserAgent.location(saved)).isEqualTo("/admin/katalog/pelanggaran/DISIPLIN-13");
			JsonNode api = UserAgent.json(new UserAgent(port).get("/api/v1/catalog/violations/DISIPLIN-13"));
			assertThat(api.path("level").asString()).isEqualTo("MEDIUM");
			assertThat(audit.search(new AuditQuery("admin", "CATALOG_VIOLATION_UPDATED", null, null, null, null, 0, 5))
				.items()).anySatisfy(entry -> {
					assertThat(entry.target()).isEqualTo("DISIPLIN-13");
					assertThat(entry.detail()).contains("level: " + before.level() + " -> MEDIUM");
				});
		}
		finally {
			admin.submit("/admin/katalog/pelanggaran/DISIPLIN-13", "/admin/katalog/pelanggaran/DISIPLIN-13",
					form(before, before.level().name(), violation("DISIPLIN-13").version()));
		}
	}

	@Test
	void anEthicsViolationCannotBeGivenADisciplineLevel() {
		UserAgent admin = admin();
		Violation ethics = violation("ETIK-01");
		HttpResponse<String> refused = admin.submit("/admin/katalog/pelanggaran/ETIK-01",
				"/admin/katalog/pelanggaran/ETIK-01", form(ethics, "HEAVY", ethics.version()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Pelanggaran kode etik hanya dapat dikenai sanksi moral")
			.containsPattern("<option value=\"HEAVY\" selected");
		assertThat(violation("ETIK-01")).isEqualTo(ethics);
	}

	@Test
	void anEditMadeOnAStalePageIsRefused() {
		UserAgent admin = admin();
		Violation current = violation("DISIPLIN-12");
		HttpResponse<String> refused = admin.submit("/admin/katalog/pelanggaran/DISIPLIN-12",
				"/admin/katalog/pelanggaran/DISIPLIN-12", form(current, "LIGHT", current.version() - 1));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("telah diubah orang lain");
		assertThat(violation("DISIPLIN-12")).isEqualTo(current);
	}

	@Test
	void regionsAreIndonesias38ProvincesAnd514RegenciesAndCities() {
		assertThat(regions.provinces()).hasSize(38);
		assertThat(regions.regencies()).hasSize(514);
		assertThat(regions.find("32.73")).hasValueSatisfying(bandung -> {
			assertThat(bandung.name()).isEqualTo("Kota Bandung");
			assertThat(bandung.type()).isEqualTo(Region.Type.CITY);
		});
	}

	@Test
	void workingDaysSkipWeekendsHolidaysAndCollectiveLeave() {
		// Wed 7 Feb 2024: 8 Feb holiday, 9 Feb cuti bersama, 10-11 weekend, 12 and 13 Feb working days,
		// 14 Feb voting-day holiday, 15 Feb the third working day.
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 2, 7), 3)).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 11, 27))).as("Pilkada voting day").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 26))).as("cuti bersama").isFalse();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 15))).isEqualTo(3);
		assertThat(calendar.years()).contains(2024, 2025, 2026);
	}

	@Test
	void theElectionCalendarPlacesADateInItsPhase() {
		Election pemilu = elections.election("PEMILU-2024").orElseThrow();
		assertThat(pemilu.phaseOn(LocalDate.of(2024, 2, 14))).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("VOTING"));
		assertThat(pemilu.phaseOn(LocalDate.of(2024, 1, 5))).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("CAMPAIGN"));
		assertThat(pemilu.phaseOn(LocalDate.of(2024, 2, 12))).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("QUIET_PERIOD"));
		Election pilkada = elections.election("PILKADA-2024").orElseThrow();
		assertThat(pilkada.candidateDeterminationDate()).isEqualTo(LocalDate.of(2024, 9, 22));
	}

	private Violation violation(String code) {
		JsonNode v = UserAgent.json(new UserAgent(port).get("/api/v1/catalog/violations/" + code));
		return new Violation(v.path("code").asString(), ViolationKind.valueOf(v.path("kind").asString()),
				SanctionLevel.valueOf(v.path("level").asString()), v.path("name").asString(),
				v.path("nameEn").asString(null), v.path("description").asString(null), v.path("legalBasis").asString(),
				v.path("confirmed").asBoolean(), v.path("active").asBoolean(), v.path("version").asInt());
	}

	private static Map<String, String> form(Violation v, String level, int version) {
		Map<String, String> form = new HashMap<>();
		form.put("level", level);
		form.put("name", v.name());
		form.put("nameEn", v.nameEn() == null ? "" : v.nameEn());
		form.put("description", v.description() == null ? "" : v.description());
		form.put("legalBasis", v.legalBasis());
		form.put("confirmed", String.valueOf(v.confirmed()));
		form.put("active", String.valueOf(v.active()));
		form.put("version", String.valueOf(version));
		return form;
	}

	private UserAgent admin() {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());
		return admin;
	}
}
