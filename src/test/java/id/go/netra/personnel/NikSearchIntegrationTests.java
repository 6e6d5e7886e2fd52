package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * A NIK a role sees masked stays masked: that role cannot search by NIK, so it cannot recover the hidden digits
 * by trying; the roles that see NIKs in full may, and each of their searches is audited.
 */
@NetraIntegrationTest
class NikSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRoleThatSeesTheNikMaskedCannotSearchByItWhateverItTries() {
		Officers officers = new Officers(port);
		String nip = officers.employ(5201, "PEMDA-32", "32.73", "Tersamar Uji (sintetis)").get(0);
		String nik = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel/" + nip).path("nik").asString();
		long deniedBefore = entries("DENIED");

		// the real NIK, a wrong guess and a fragment are all refused alike, before the NIK is read
		for (String tried : new String[] { nik, nik.substring(0, 12) + "9999", nik.substring(0, 6) }) {
			HttpResponse<String> refused = officers.http().get("/api/v1/personnel?nik=" + tried,
					officers.token("TASK_FORCE"));
			assertThat(refused.statusCode()).as(tried).isEqualTo(403);
			assertThat(UserAgent.json(refused).path("detail").asString()).contains("NIK").contains("NIP atau nama")
				.doesNotContain(nip);
		}
		assertThat(entries("DENIED")).isEqualTo(deniedBefore + 3);

		// on the page a national supervisor is told why, and sees nobody
		UserAgent bawaslu = new UserAgent(port);
		DemoAccountRows supervisor = DemoAccountRows.of("ELECTION_SUPERVISOR");
		bawaslu.signIn(supervisor.username(), supervisor.password());
		String page = bawaslu.get("/kepegawaian?q=" + nik).body();
		assertThat(page).contains("tidak dapat mencari pegawai dengan NIK").doesNotContain(nip);
		assertThat(bawaslu.get("/kepegawaian?q=" + nik + "&lang=en").body()).contains("cannot search for employees by NIK");
	}

	@Test
	void rolesThatSeeTheNikInFullSearchByItWithinTheirScopeAndEachSearchIsAudited() {
		Officers officers = new Officers(port);
		String own = officers.employ(5211, "PEMDA-32", "32.73", "Terlihat Uji (sintetis)").get(0);
		String other = officers.employ(5212, "PEMDA-33", "33.74", "Lain Uji (sintetis)").get(0);
		String ownNik = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel/" + own).path("nik").asString();
		String otherNik = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel/" + other).path("nik").asString();
		long searchesBefore = entries("SUCCESS");

		JsonNode byBkn = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/personnel?nik=" + otherNik);
		assertThat(byBkn.path("items")).hasSize(1);
		assertThat(byBkn.path("items").get(0).path("nip").asString()).isEqualTo(other);

		// a PPK searches its own employer's staff only: another employer's NIK finds nobody
		assertThat(officers.get("PPK", "/api/v1/personnel?nik=" + ownNik).path("items").get(0).path("nik").asString())
			.isEqualTo(ownNik);
		assertThat(officers.get("PPK", "/api/v1/personnel?nik=" + otherNik).path("items")).isEmpty();

		assertThat(entries("SUCCESS")).isEqualTo(searchesBefore + 3);
		// the trail names the search, not the NIK: masked, with a keyed hash an investigator can match
		String detail = jdbc.sql("""
				select detail from audit_entry where action = 'REGISTRY_SEARCHED_BY_NIK' and target = :masked
				order by id desc limit 1""").param("masked", new Nik(otherNik).masked()).query(String.class).single();
		assertThat(detail).contains("keyed hash").contains("0 found").doesNotContain(otherNik);
	}

	private long entries(String outcome) {
		return jdbc.sql("select count(*) from audit_entry where action = 'REGISTRY_SEARCHED_BY_NIK' and outcome = :outcome")
			.param("outcome", outcome)
			.query(Long.class)
			.single();
	}
}
