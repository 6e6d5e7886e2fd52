package id.go.netra.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

/**
 * Loads each reference dataset from {@code classpath:reference/} the first time the database sees it, and
 * records its source. Afterwards the database is the truth and administrators maintain it: a restart never
 * overwrites their edits.
 */
@Component
@Order(CatalogReferenceOrder.CATALOG)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;
	private final Clock clock;
	private final Regions regions;
	private final BusinessCalendar calendar;
	private final ElectionCalendar elections;
	private final PilkadaRegions pilkadaRegions;

	ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, Clock clock,
			Regions regions, BusinessCalendar calendar, ElectionCalendar elections, PilkadaRegions pilkadaRegions) {
		this.pilkadaRegions = pilkadaRegions;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
		this.regions = regions;
		this.calendar = calendar;
		this.elections = elections;
	}

	@Override
	public void run(ApplicationArguments args) {
		load("regions", this::loadRegions);
		load("violations", this::loadViolations);
		load("sanctions", this::loadSanctions);
		load("holidays", this::loadHolidays);
		load("elections", this::loadElections);
		load("election-regions", this::loadElectionRegions);
		regions.reload();
		calendar.reload();
	}

	private void load(String dataset, java.util.function.Function<JsonNode, Integer> loader) {
		transactions.executeWithoutResult(status -> {
			boolean loaded = jdbc.sql("select count(*) from reference_dataset where dataset = :dataset")
				.param("dataset", dataset)
				.query(Integer.class)
				.single() > 0;
			if (loaded) {
				return;
			}
			JsonNode root = ReferenceFiles.read(dataset);
			int rows = loader.apply(root);
			String source = root.path("source").asString(dataset + ": sources per entry");
			jdbc.sql("insert into reference_dataset (dataset, source, retrieved_at, loaded_at) values (:d, :s, :r, :at)")
				.param("d", dataset)
				.param("s", source.length() > 1000 ? source.substring(0, 1000) : source)
				.param("r", root.path("retrievedAt").asString(null))
				.param("at", OffsetDateTime.now(clock))
				.update();
			audit.record(AuditRecord.system("REFERENCE_DATA_LOADED", dataset, rows + " rows from " + source));
			log.info("Loaded reference dataset {}: {} rows", dataset, rows);
		});
	}

	private int loadRegions(JsonNode root) {
		int rows = 0;
		for (JsonNode province : root.path("provinces")) {
			insertRegion(province.path("code").asString(), province.path("name").asString(), "PROVINCE",
					province.path("code").asString(), "PROVINCE", true);
			rows++;
		}
		for (JsonNode regency : root.path("regencies")) {
			insertRegion(regency.path("code").asString(), regency.path("name").asString(), "REGENCY",
					regency.path("provinceCode").asString(), regency.path("type").asString(),
					regency.path("autonomous").asBoolean(true));
			rows++;
		}
		return rows;
	}

	private void insertRegion(String code, String name, String level, String province, String type,
			boolean autonomous) {
		jdbc.sql("""
				insert into region (code, name, region_level, province_code, region_type, autonomous)
				values (:code, :name, :level, :province, :type, :autonomous)
				""")
			.param("code", code)
			.param("name", name)
			.param("level", level)
			.param("province", province)
			.param("type", type)
			.param("autonomous", autonomous)
			.update();
	}

	private int loadViolations(JsonNode root) {
		int rows = 0;
		for (JsonNode v : root.path("violations")) {
			jdbc.sql("""
					insert into violation (code, kind, sanction_level, name, name_en, description, legal_basis,
					  confirmed, active, version)
					values (:code, :kind, :level, :name, :nameEn, :description, :legalBasis, :confirmed, true, 0)
					""")
				.param("code", v.path("code").asString())
				.param("kind", ViolationKind.valueOf(v.path("kind").asString()).name())
				.param("level", SanctionLevel.valueOf(v.path("level").asString()).name())
				.param("name", v.path("name").asString())
				.param("nameEn", v.path("nameEn").asString(null))
				.param("description", v.path("description").asString(null))
				.param("legalBasis", v.path("legalBasis").asString())
				.param("confirmed", v.path("confirmed").asBoolean(true))
				.update();
			rows++;
		}
		return rows;
	}

	private int loadSanctions(JsonNode root) {
		int rows = 0;
		for (JsonNode s : root.path("sanctions")) {
			JsonNode duration = s.path("durationMonths");
			jdbc.sql("""
					insert into sanction (code, kind, sanction_level, severity, duration_months, name, name_en,
					  legal_basis, active, version)
					values (:code, :kind, :level, :severity, :duration, :name, :nameEn, :legalBasis, true, 0)
					""")
				.param("code", s.path("code").asString())
				.param("kind", SanctionKind.valueOf(s.path("kind").asString()).name())
				.param("level", SanctionLevel.valueOf(s.path("level").asString()).name())
				.param("severity", s.path("severity").asInt())
				.param("duration", duration.isNumber() ? duration.asInt() : null)
				.param("name", s.path("name").asString())
				.param("nameEn", s.path("nameEn").asString(null))
				.param("legalBasis", s.path("legalBasis").asString())
				.update();
			rows++;
		}
		return rows;
	}

	private int loadHolidays(JsonNode root) {
		int rows = 0;
		for (JsonNode year : root.path("years")) {
			boolean provisional = !"OFFICIAL".equals(year.path("status").asString());
			String source = year.path("source").asString();
			rows += insertDays(year.path("holidays"), CalendarDay.Kind.HOLIDAY, source, provisional);
			rows += insertDays(year.path("collectiveLeave"), CalendarDay.Kind.COLLECTIVE_LEAVE, source, provisional);
		}
		return rows;
	}

	private int insertDays(JsonNode days, CalendarDay.Kind kind, String source, boolean provisional) {
		int rows = 0;
		for (JsonNode day : days) {
			jdbc.sql("""
					insert into calendar_day (calendar_date, day_kind, name, name_en, source, provisional)
					values (:date, :kind, :name, :nameEn, :source, :provisional)
					""")
				.param("date", LocalDate.parse(day.path("date").asString()))
				.param("kind", kind.name())
				.param("name", day.path("name").asString())
				.param("nameEn", day.path("nameEn").asString(null))
				.param("source", source.length() > 500 ? source.substring(0, 500) : source)
				.param("provisional", provisional)
				.update();
			rows++;
		}
		return rows;
	}

	private int loadElectionRegions(JsonNode root) {
		int rows = 0;
		for (JsonNode e : root.path("elections")) {
			List<String> except = new ArrayList<>();
			e.path("except").forEach(code -> except.add(code.asString()));
			String determination = e.path("candidateDeterminationDate").asString(null);
			rows += pilkadaRegions.addAutonomousRegions(e.path("election").asString(), except,
					determination == null ? null : LocalDate.parse(determination), e.path("source").asString(null));
		}
		return rows;
	}

	private int loadElections(JsonNode root) {
		int rows = 0;
		for (JsonNode e : root.path("elections")) {
			List<Election.Phase> phases = new ArrayList<>();
			for (JsonNode phase : e.path("phases")) {
				phases.add(new Election.Phase(phase.path("code").asString(), phase.path("name").asString(),
						phase.path("nameEn").asString(null), LocalDate.parse(phase.path("start").asString()),
						LocalDate.parse(phase.path("end").asString())));
			}
			String determination = e.path("candidateDeterminationDate").asString(null);
			elections.insert(new Election(e.path("code").asString(), e.path("name").asString(),
					e.path("nameEn").asString(null), Election.Kind.valueOf(e.path("kind").asString()),
					LocalDate.parse(e.path("votingDate").asString()),
					determination == null ? null : LocalDate.parse(determination), e.path("legalBasis").asString(null),
					phases));
			rows++;
		}
		return rows;
	}

}
