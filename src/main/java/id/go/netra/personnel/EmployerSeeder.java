package id.go.netra.personnel;

import java.util.HashMap;
import java.util.Map;

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
import id.go.netra.catalog.CatalogReferenceOrder;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.ReferenceFiles;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Agencies;
import tools.jackson.databind.JsonNode;

/**
 * On an empty database, registers the employers: the central ministries and agencies of
 * {@code reference/employers-central.json} and the government of every autonomous province, regency and city,
 * each with its PPK, its BKN regional office and its Bawaslu; each also becomes an agency holding the PPK role.
 */
@Component
@Order(CatalogReferenceOrder.EMPLOYERS)
class EmployerSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EmployerSeeder.class);

	private final JdbcClient jdbc;
	private final Regions regions;
	private final Agencies agencies;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;

	EmployerSeeder(JdbcClient jdbc, Regions regions, Agencies agencies, TransactionTemplate transactions,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.agencies = agencies;
		this.transactions = transactions;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from employer").query(Long.class).single() > 0) {
				return;
			}
			int count = 0;
			for (JsonNode e : ReferenceFiles.read("employers-central").path("employers")) {
				insert(new Employer(e.path("code").asString(), e.path("name").asString(),
						e.path("nameEn").asString(null), Employer.Kind.CENTRAL, null, e.path("ppkTitle").asString(),
						"BKN", "BAWASLU", true));
				count++;
			}
			Map<String, String> officeOfProvince = officeOfProvince();
			for (Region region : regions.provinces()) {
				insert(regional(region, officeOfProvince));
				count++;
				for (Region regency : regions.regenciesOf(region.code())) {
					if (regency.autonomous()) {
						insert(regional(regency, officeOfProvince));
						count++;
					}
				}
			}
			audit.record(AuditRecord.system("REFERENCE_DATA_LOADED", "employers", count + " employers"));
			log.info("Registered {} employers", count);
		});
	}

	static Employer regional(Region region, Map<String, String> officeOfProvince) {
		String office = officeOfProvince.get(region.provinceCode());
		String supervisor = "BAWASLU-" + region.code();
		String code = "PEMDA-" + region.code();
		return switch (region.type()) {
			case PROVINCE -> new Employer(code, "Pemerintah Provinsi " + region.name(),
					"Provincial Government of " + region.name(), Employer.Kind.PROVINCE, region.code(),
					"Gubernur " + region.name(), office, supervisor, true);
			case REGENCY -> new Employer(code, "Pemerintah " + region.name(), "Government of " + region.name(),
					Employer.Kind.REGENCY, region.code(), "Bupati " + stripPrefix(region.name(), "Kabupaten "),
					office, supervisor, true);
			case CITY -> new Employer(code, "Pemerintah " + region.name(), "Government of " + region.name(),
					Employer.Kind.CITY, region.code(), "Wali Kota " + stripPrefix(region.name(), "Kota "), office,
					supervisor, true);
		};
	}

	private void insert(Employer employer) {
		jdbc.sql("""
				insert into employer (code, name, name_en, employer_kind, region_code, ppk_title,
				  regional_office_code, supervisor_agency_code, active)
				values (:code, :name, :nameEn, :kind, :region, :ppk, :office, :supervisor, :active)
				""")
			.param("code", employer.code())
			.param("name", employer.name())
			.param("nameEn", employer.nameEn())
			.param("kind", employer.kind().name())
			.param("region", employer.regionCode())
			.param("ppk", employer.ppkTitle())
			.param("office", employer.regionalOfficeCode())
			.param("supervisor", employer.supervisorAgencyCode())
			.param("active", employer.active())
			.update();
		agencies.registerEmployer(employer.code(), employer.name(), employer.nameEn(), employer.regionCode());
	}

	private static Map<String, String> officeOfProvince() {
		Map<String, String> office = new HashMap<>();
		for (JsonNode o : ReferenceFiles.read("bkn-regional-offices").path("offices")) {
			o.path("provinceCodes").forEach(province -> office.put(province.asString(), o.path("code").asString()));
		}
		return office;
	}

	private static String stripPrefix(String name, String prefix) {
		return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
	}

}
