package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.CaseScope;
import id.go.netra.casework.Officers;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * The read model follows the cases as they move, and counts them in the scope of whoever asks: nationally, and
 * for a PPK only its own employer's cases.
 */
@NetraIntegrationTest
class StatisticsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Statistics statistics;

	@Autowired
	CaseTally tally;

	@Test
	void casesAreCountedAsTheyMoveAndInTheAskersScope() {
		Officers officers = new Officers(port);
		Actor nation = actor("BKN", Role.CIVIL_SERVICE_AGENCY);
		Actor otherPpk = actor("PEMDA-31", Role.PPK);
		long before = statistics.totals(nation).cases();
		long jabarBefore = province(nation, "32");
		long otherBefore = statistics.totals(otherPpk).cases();

		List<String> nips = officers.employ(8101, "PEMDA-32", "32.73", "Statistik Satu (sintetis)",
				"Statistik Dua (sintetis)");
		String first = officers.fileReport(Officers.publicReport(nips.get(0), "Satu", "32.73", null))
			.path("complaintNumber").asString();
		officers.fileReport(Officers.publicReport(nips.get(1), "Dua", "32.73", null));
		String id = officers.caseOf(first).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"]}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		officers.act("PPK", "/api/v1/cases/" + id + "/follow-up", """
				{"sanction": "SEDANG-TPP-6", "decreeNumber": "800/9-BKD/2026", "decreeDate": "%s"}""".formatted(Dashboards.today()));

		await("read model").atMost(Duration.ofSeconds(10))
			.until(() -> statistics.by(nation, Statistics.Dimension.STATUS).stream()
				.anyMatch(c -> c.key().equals("SANCTIONED") && c.count() >= 1) && statistics.totals(nation).cases() == before + 2);
		Statistics.Totals totals = statistics.totals(nation);
		assertThat(totals.followedUp()).isPositive();
		assertThat(totals.followUpRate()).isBetween(0.0, 1.0);
		assertThat(totals.medianDaysToSanction()).isNotNull();
		assertThat(province(nation, "32")).isEqualTo(jabarBefore + 2);
		assertThat(statistics.byViolation(nation)).anyMatch(c -> c.key().equals("DISIPLIN-09"));
		assertThat(statistics.regencies(nation, "32")).first().satisfies(r -> assertThat(r.code()).isEqualTo("32.73"));
		// filing days are days in Jakarta (WIB): between 17:00 and 24:00 UTC that is already tomorrow
		LocalDate today = Dashboards.today();
		assertThat(statistics.weekly(nation, today.minusWeeks(4), today))
			.hasSize(5)
			.last()
			.satisfies(w -> assertThat(w.count()).isGreaterThanOrEqualTo(2));
		// another employer's PPK counts none of them
		assertThat(statistics.totals(otherPpk).cases()).isEqualTo(otherBefore);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** The national tally answers exactly what grouping the read model would, dimension by dimension. */
	@Test
	void theNationalTallyEqualsGroupingTheReadModel() {
		casesAreCountedAsTheyMoveAndInTheAskersScope();
		Actor nation = actor("BKN", Role.CIVIL_SERVICE_AGENCY);
		await("events settled").atMost(Duration.ofSeconds(10)).until(() -> statistics.totals(nation).cases() == jdbc
			.sql("select count(*) from case_fact").query(Long.class).single());
		for (String column : List.of("status", "position_class", "employer_code", "employer_kind", "source",
				"recommended_level")) {
			java.util.Map<String, Long> grouped = new java.util.HashMap<>();
			jdbc.sql("select " + column + " as k, count(*) as n from case_fact group by " + column)
				.query(rs -> {
					grouped.put(rs.getString("k"), rs.getLong("n"));
				});
			java.util.Map<String, Long> tallied = new java.util.HashMap<>();
			Statistics.Dimension dimension = Statistics.Dimension.valueOf(column.toUpperCase(java.util.Locale.ROOT)
				.replace("_CODE", ""));
			statistics.by(nation, dimension).forEach(c -> tallied.put(c.key(), c.count()));
			assertThat(tallied).as(column).isEqualTo(grouped);
		}
		Statistics.Totals totals = statistics.totals(nation);
		Double median = jdbc.sql("select percentile_cont(0.5) within group (order by days_to_sanction) from case_fact")
			.query(Double.class).single();
		assertThat(totals.medianDaysToSanction()).isEqualTo(median == null ? null : Statistics.round(median, 1));
		assertThat(totals.open()).isEqualTo(jdbc.sql("select count(*) from case_fact where is_open").query(Long.class).single());
	}

	@Autowired
	CaseFacts facts;

	@Autowired
	id.go.netra.casework.Casework casework;

	/**
	 * What a case's row counts in, read back from the row (as the next transition will take it out of the tally),
	 * is what the case as it stands derives (as the row was written and counted): after it opened, and after a
	 * review proved a violation.
	 */
	@Test
	void aCaseRowCountsInWhatItsCaseDerives() {
		Officers officers = new Officers(port);
		List<String> nips = officers.employ(8103, "PEMDA-32", "32.73", "Turunan Baris (sintetis)");
		String number = officers.fileReport(Officers.publicReport(nips.get(0), "Turunan", "33.74", null))
			.path("complaintNumber").asString();
		java.util.UUID id = java.util.UUID.fromString(officers.caseOf(number).path("id").asString());
		await("row of the opened case").atMost(Duration.ofSeconds(10)).until(() -> !tally.itemsOf(id).isEmpty());
		assertThat(tally.itemsOf(id)).containsExactlyInAnyOrderElementsOf(derived(id))
			.contains(new CaseTally.Item("33", "PROVINCE", "33"), new CaseTally.Item("32.73", "STATUS", "RECEIVED"));

		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-09"]}""");
		await("row of the proven case").atMost(Duration.ofSeconds(10))
			.until(() -> tally.itemsOf(id).contains(new CaseTally.Item(null, "VIOLATION", "DISIPLIN-09")));
		assertThat(tally.itemsOf(id)).containsExactlyInAnyOrderElementsOf(derived(id));
	}

	private List<CaseTally.Item> derived(java.util.UUID id) {
		return tally.itemsOf(facts.factOf(casework.load(id).orElseThrow()));
	}

	/**
	 * A province's and a regency's tallies count exactly the cases their jurisdiction covers (where the act
	 * happened or where the employee works), as grouping the read model in that scope would; a case whose act
	 * and workplace lie in different provinces counts in both.
	 */
	@Test
	void theRegionalTalliesEqualGroupingTheReadModelInTheirScope() {
		Officers officers = new Officers(port);
		Actor jakarta = regional("31");
		long jakartaBefore = statistics.totals(jakarta).cases();
		List<String> nips = officers.employ(8102, "PEMDA-32", "32.73", "Lintas Provinsi (sintetis)");
		String number = officers.fileReport(Officers.publicReport(nips.get(0), "Lintas", "31.71", null))
			.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""");
		await("the case proven in Jakarta's count").atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from case_fact where case_id = :id and status = 'PROVEN'")
				.param("id", java.util.UUID.fromString(id)).query(Long.class).single() == 1);
		assertThat(statistics.totals(jakarta).cases()).isEqualTo(jakartaBefore + 1);
		casesAreCountedAsTheyMoveAndInTheAskersScope();
		Actor nation = actor("BKN", Role.CIVIL_SERVICE_AGENCY);
		await("events settled").atMost(Duration.ofSeconds(10)).until(() -> statistics.totals(nation).cases() == jdbc
			.sql("select count(*) from case_fact").query(Long.class).single());

		// the same counts before the changes are folded into the tallies and after
		for (String region : List.of("31", "31.71", "32", "32.73", "fold", "31", "31.71", "32", "32.73")) {
			if (region.equals("fold")) {
				while (tally.fold() > 0) {
					// everything appended so far
				}
				continue;
			}
			Actor actor = regional(region);
			assertThat(statistics.totals(actor).cases()).as(region).isPositive();
			// the region's own tally holds the numbers (Statistics reads it for a one-region scope)
			assertThat(counts(tally.counts(region, "STATUS")))
				.as(region + " tally").isEqualTo(grouped(actor, "c.status", ""));
			for (Statistics.Dimension dimension : Statistics.Dimension.values()) {
				assertThat(counts(statistics.by(actor, dimension))).as(region + " " + dimension)
					.isEqualTo(grouped(actor, "c." + dimension.column(), ""));
			}
			assertThat(counts(statistics.byViolation(actor))).as(region + " violations").isEqualTo(grouped(actor,
					"v.violation_code", " join case_fact_violation v on v.case_id = c.case_id"));
			java.util.Map<String, Long> provinces = new java.util.HashMap<>();
			statistics.provinces(actor).stream().filter(p -> p.cases() > 0).forEach(p -> provinces.put(p.code(), p.cases()));
			assertThat(provinces).as(region + " provinces").isEqualTo(grouped(actor, "c.province_code", ""));
			Statistics.Totals totals = statistics.totals(actor);
			StringBuilder where = new StringBuilder();
			java.util.Map<String, Object> params = new java.util.HashMap<>();
			CaseScope.of(actor).restrict(where, params, "forwarded_at");
			assertThat(totals.open()).as(region + " open").isEqualTo(jdbc.sql("select count(*) from case_fact c"
					+ " where c.is_open" + where).params(params).query(Long.class).single());
			Double median = jdbc.sql("select percentile_cont(0.5) within group (order by days_to_sanction) from case_fact c"
					+ " where 1 = 1" + where).params(params).query((rs, n) -> {
						double value = rs.getDouble(1);
						return rs.wasNull() ? null : value;
					}).list().get(0);
			assertThat(totals.medianDaysToSanction()).as(region + " median")
				.isEqualTo(median == null ? null : Statistics.round(median, 1));
		}
	}

	/**
	 * A count read while the changes are being folded is whole: the tally and the changes not folded yet are read
	 * in one snapshot, so a fold that commits in between neither hides nor doubles a change.
	 */
	@Test
	void aCountReadDuringAFoldMissesNothing() throws Exception {
		String region = "99.97";
		CaseTally.Item item = new CaseTally.Item(region, "STATUS", "UJI_LIPAT");
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		Thread folder = new Thread(() -> {
			while (!done.get()) {
				tally.fold();
			}
		});
		folder.start();
		try {
			for (int i = 1; i <= 300; i++) {
				tally.move(List.of(), List.of(item));
				for (int read = 0; read < 5; read++) {
					assertThat(tally.counts(region, "STATUS").get("UJI_LIPAT")).as("after %d changes", i)
						.isEqualTo((long) i);
				}
			}
		}
		finally {
			done.set(true);
			folder.join();
		}
	}

	/** Counts of the read model in the actor's scope (CaseScope's own SQL), grouped by an expression. */
	private java.util.Map<String, Long> grouped(Actor actor, String expression, String join) {
		StringBuilder where = new StringBuilder();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		CaseScope.of(actor).restrict(where, params, "forwarded_at");
		java.util.Map<String, Long> grouped = new java.util.HashMap<>();
		jdbc.sql("select " + expression + " as k, count(*) as n from case_fact c" + join + " where " + expression
				+ " is not null" + where + " group by " + expression)
			.params(params)
			.query(rs -> {
				grouped.put(rs.getString("k"), rs.getLong("n"));
			});
		return grouped;
	}

	private static java.util.Map<String, Long> counts(java.util.Map<String, Long> tallied) {
		java.util.Map<String, Long> map = new java.util.HashMap<>(tallied);
		map.remove(null);
		return map;
	}

	private static java.util.Map<String, Long> counts(List<Statistics.Count> counts) {
		java.util.Map<String, Long> map = new java.util.HashMap<>();
		counts.stream().filter(c -> c.key() != null).forEach(c -> map.put(c.key(), c.count()));
		return map;
	}

	private static Actor regional(String region) {
		return new Actor("uji-bawaslu-" + region, "Uji", Actor.Kind.CLIENT, "BAWASLU-" + region, "Bawaslu " + region,
				java.util.Map.of(Role.ELECTION_SUPERVISOR, new Jurisdiction(false, java.util.Set.of(region))));
	}

	private long province(Actor actor, String code) {
		return statistics.provinces(actor).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().cases();
	}

	private static Actor actor(String agency, Role role) {
		return new Actor("uji-" + agency, "Uji", Actor.Kind.CLIENT, agency, agency, java.util.Map.of(role, Jurisdiction.NATIONAL));
	}
}
