package id.go.netra.identity;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.CatalogReferenceOrder;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.ReferenceFiles;
import id.go.netra.catalog.Regions;
import tools.jackson.databind.JsonNode;

/**
 * On an empty database, registers the agencies of the joint decree with their initial roles, BKN's regional
 * offices with the provinces they cover, and Bawaslu of every province, regency and city. Never runs again:
 * from then on administrators own this data.
 */
@Component
@Order(CatalogReferenceOrder.AGENCIES)
class AgencySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgencySeeder.class);

	private final Agencies agencies;
	private final Regions regions;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;

	AgencySeeder(Agencies agencies, Regions regions, TransactionTemplate transactions, AuditTrail audit) {
		this.agencies = agencies;
		this.regions = regions;
		this.transactions = transactions;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (!agencies.isEmpty()) {
				return;
			}
			JsonNode root = ReferenceFiles.read("agencies");
			int count = 0;
			for (JsonNode agency : root.path("agencies")) {
				String code = agency.path("code").asString();
				agencies.insertAgency(code, agency.path("name").asString(), agency.path("nameEn").asString(null),
						AgencyType.NATIONAL_AGENCY, null, null, agency.path("note").asString(null),
						agency.path("active").asBoolean(true));
				for (JsonNode grant : agency.path("grants")) {
					agencies.insertGrant(code, Role.valueOf(grant.get(0).asString()), grant.get(1).asString(), "system");
				}
				count++;
			}
			count += seedRegionalOffices(roles(root.path("regionalOfficeGrants")));
			count += seedRegionalSupervisors(roles(root.path("regionalSupervisorGrants")));
			audit.record(AuditRecord.system("REFERENCE_DATA_LOADED", "agencies", count + " agencies"));
			log.info("Registered {} agencies of the joint decree", count);
		});
	}

	private int seedRegionalOffices(List<Role> roles) {
		JsonNode offices = ReferenceFiles.read("bkn-regional-offices");
		int count = 0;
		for (JsonNode office : offices.path("offices")) {
			String code = office.path("code").asString();
			String name = office.path("name").asString() + " " + office.path("city").asString();
			agencies.insertAgency(code, name, null, AgencyType.REGIONAL_OFFICE, null, "BKN",
					"PROVISIONAL".equals(offices.path("status").asString())
							? "Wilayah kerja sementara, belum dikonfirmasi dengan peraturan BKN; sumber dan catatan di "
									+ "reference/bkn-regional-offices.json"
							: null,
					true);
			for (JsonNode province : office.path("provinceCodes")) {
				for (Role role : roles) {
					agencies.insertGrant(code, role, province.asString(), "system");
				}
			}
			count++;
		}
		return count;
	}

	private int seedRegionalSupervisors(List<Role> roles) {
		int count = 0;
		for (Region province : regions.provinces()) {
			count += registerSupervisor(province, "Bawaslu Provinsi " + province.name(), "BAWASLU", roles);
			for (Region regency : regions.regenciesOf(province.code())) {
				String name = "Bawaslu " + regency.name();
				count += registerSupervisor(regency, name, "BAWASLU-" + province.code(), roles);
			}
		}
		return count;
	}

	private int registerSupervisor(Region region, String name, String parent, List<Role> roles) {
		String code = "BAWASLU-" + region.code();
		agencies.insertAgency(code, name, null, AgencyType.REGIONAL_ELECTION_SUPERVISOR, region.code(), parent, null,
				true);
		for (Role role : roles) {
			agencies.insertGrant(code, role, region.code(), "system");
		}
		return 1;
	}

	private static List<Role> roles(JsonNode names) {
		List<Role> roles = new ArrayList<>();
		names.forEach(name -> roles.add(Role.valueOf(name.asString())));
		return roles;
	}

}
