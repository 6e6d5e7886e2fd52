package id.go.netra.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.personnel.RegistryFiles;

/**
 * A planted registry for the pact tests, imported through the product's registry import: at PEMDA-32 five PNS (one
 * without an e-mail address), three PPPK, two non-ASN known by NIK only, and one retired PNS whom no campaign
 * reaches; at PEMDA-33 one PNS. The registry's e-mail addresses are set afterwards (the import has no such column).
 * Other tests may have employed people at the same employers before (on PostgreSQL all test classes share one
 * database): those in service are counted first, so every expected figure is what was there plus what was planted.
 */
final class PactPopulation {

	/** One planted employee: {@code number} is the NIP, or the NIK of non-ASN staff. */
	record Planted(String number, String name, LocalDate birthDate, String type, String email, String employer) {
	}

	private final List<Planted> planted;
	private final java.util.Map<String, Long> before32;
	private final long before33;

	private PactPopulation(List<Planted> planted, java.util.Map<String, Long> before32, long before33) {
		this.planted = planted;
		this.before32 = before32;
		this.before33 = before33;
	}

	Planted get(int i) {
		return planted.get(i);
	}

	/** Everyone in service at PEMDA-32: those there before and the ten planted. */
	long activeAt32() {
		return before32.values().stream().mapToLong(Long::longValue).sum() + 10;
	}

	/** Those in service at PEMDA-32 of one employment type. */
	long activeAt32(String type) {
		return before32.getOrDefault(type, 0L) + reachedAt32().stream().filter(p -> p.type().equals(type)).count();
	}

	long activeAt33() {
		return before33 + 1;
	}

	/** The planted employees a PEMDA-32 campaign reaches. */
	List<Planted> reachedAt32() {
		return planted.subList(0, 10);
	}

	static PactPopulation plant(Officers officers, JdbcClient jdbc, int seed) {
		java.util.Map<String, Long> before32 = new java.util.HashMap<>();
		jdbc.sql("select employment_type, count(*) from employee where employer_code = 'PEMDA-32'"
				+ " and status = 'ACTIVE' group by employment_type")
			.query((rs, n) -> before32.put(rs.getString(1), rs.getLong(2)))
			.list();
		long before33 = jdbc.sql("select count(*) from employee where employer_code = 'PEMDA-33' and status = 'ACTIVE'")
			.query(Long.class)
			.single();
		RegistryFiles file = new RegistryFiles();
		List<Planted> planted = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			int n = seed + i;
			String type = i < 5 || i == 10 ? "PNS" : i < 8 ? "PPPK" : i < 10 ? "NON_ASN" : "PNS";
			String employer = i == 11 ? "PEMDA-33" : "PEMDA-32";
			String region = i == 11 ? "33.74" : "32.73";
			LocalDate birth = LocalDate.of(1975 + i, 1 + i % 12, 3 + i);
			boolean female = i % 2 == 0;
			String nip = "NON_ASN".equals(type) ? "" : RegistryFiles.nip(birth, 2000 + i, female, 100 + n % 800);
			String nik = RegistryFiles.nik(region, birth, female, 1000 + n % 8000);
			String name = "Pegawai Pakta " + n;
			file.row(nip, nik, name, birth.toString(), female ? "F" : "M", type, employer, "Sekretariat Daerah",
					"FUNCTIONAL", "Analis", "III/a", region, i == 10 ? "RETIRED" : "ACTIVE", "", "true");
			String email = i == 4 ? null : "pegawai" + n + "@pakta.uji.invalid";
			planted.add(new Planted(nip.isEmpty() ? nik : nip, name, birth, type, email, employer));
		}
		String token = officers.token("CIVIL_SERVICE_AGENCY");
		HttpResponse<String> accepted = officers.http()
			.postCsv("/api/v1/personnel/imports?fileName=pakta-uji.csv", token, file.content());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = UserAgent.location(accepted);
		await("registry import").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> UserAgent.json(officers.http().get(location, token)).path("status").asString().equals("DONE"));
		assertThat(UserAgent.json(officers.http().get(location, token)).path("rejected").asLong()).isZero();
		for (Planted p : planted) {
			jdbc.sql("update employee set email = :e where nip = :n or (nip is null and nik = :n)")
				.param("e", p.email())
				.param("n", p.number())
				.update();
		}
		return new PactPopulation(planted, before32, before33);
	}
}
