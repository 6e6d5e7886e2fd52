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
 */
final class PactPopulation {

	/** One planted employee: {@code number} is the NIP, or the NIK of non-ASN staff. */
	record Planted(String number, String name, LocalDate birthDate, String type, String email, String employer) {
	}

	static final int ACTIVE_AT_32 = 10;

	private PactPopulation() {
	}

	static List<Planted> plant(Officers officers, JdbcClient jdbc, int seed) {
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
		return planted;
	}

	/** Those a PEMDA-32 campaign reaches. */
	static List<Planted> reachedAt32(List<Planted> planted) {
		return planted.subList(0, 10);
	}
}
