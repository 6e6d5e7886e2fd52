package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;

@NetraIntegrationTest
class DeclaredAccountsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DeclaredAccounts accounts;

	@Autowired
	DeclaredAccountIndex index;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountIsFoundUnderEveryAliasAndAddressAndAnUpdateThatDropsItIsFollowed() {
		// given two employees who declared accounts, written in the registry's loose ways
		RegistryFiles file = new RegistryFiles();
		String budi = file.valid(4005, "Budi Akun Uji", "PEMDA-32.73", "32.73");
		String siti = file.valid(4006, "Siti Akun Uji", "PEMDA-32.73", "32.73");
		String declared = file.content()
			.replace("instagram:@uji4005", "IG:@Budi.Akun;twitter:@budi_akun;https://www.facebook.com/budi.akun.fb/")
			.replace("instagram:@uji4006", "x:@siti_akun");
		importAndWait(declared, "akun.csv");

		// then each form of Budi's accounts finds Budi, and only him
		for (String[] form : List.of(new String[] { "instagram", "budi.akun" }, new String[] { "ig", "@BUDI.AKUN" },
				new String[] { "Instagram", "https://www.instagram.com/budi.akun/" },
				new String[] { null, "instagram.com/Budi.Akun?igsh=abc" }, new String[] { "x", "budi_akun" },
				new String[] { "twitter", "@Budi_Akun" }, new String[] { "x", "https://twitter.com/budi_akun" },
				new String[] { "web", "https://x.com/budi_akun/status/1" }, new String[] { "fb", "budi.akun.fb" },
				new String[] { "facebook", "https://m.facebook.com/budi.akun.fb" })) {
			assertThat(accounts.owners(form[0], form[1])).as(form[0] + " " + form[1])
				.extracting(Employee::nip)
				.containsExactly(budi);
		}
		assertThat(accounts.owners("x", "@siti_akun")).extracting(Employee::nip).containsExactly(siti);
		// and an account nobody declared, or one named on another platform, finds nobody
		assertThat(accounts.owners("instagram", "tidak.dideklarasikan")).isEmpty();
		assertThat(accounts.owners("tiktok", "budi.akun")).isEmpty();
		assertThat(accounts.owners("instagram", " ")).isEmpty();
		assertThat(accounts.owners(null, "budi.akun")).isEmpty();
		assertThat(accounts.owners("instagram", "https://contoh.id/budi.akun")).isEmpty();

		// when Budi's next registry row declares only his X account
		importAndWait(declared.replace("IG:@Budi.Akun;twitter:@budi_akun;https://www.facebook.com/budi.akun.fb/",
				"twitter:@budi_akun"), "akun-berubah.csv");

		// then his dropped accounts find nobody, the kept one still finds him, and Siti is untouched
		assertThat(accounts.owners("instagram", "budi.akun")).isEmpty();
		assertThat(accounts.owners("facebook", "budi.akun.fb")).isEmpty();
		assertThat(accounts.owners("x", "budi_akun")).extracting(Employee::nip).containsExactly(budi);
		assertThat(accounts.owners("x", "siti_akun")).extracting(Employee::nip).containsExactly(siti);
	}

	@Test
	void employeesRegisteredBeforeTheIndexAreIndexedAtStart() {
		// given an employee whose accounts are in the registry but not (yet) in the index, as before V1_51
		RegistryFiles file = new RegistryFiles();
		String nip = file.valid(4007, "Dewi Akun Lama", "PEMDA-32.73", "32.73");
		importAndWait(file.content().replace("instagram:@uji4007", "tiktok:@dewi.lama"), "akun-lama.csv");
		long id = jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
		jdbc.sql("delete from employee_account where employee_id = :id").param("id", id).update();
		jdbc.sql("insert into employee_account_backfill (after_employee_id) values (:after)").param("after", id - 1)
			.update();
		assertThat(accounts.owners("tiktok", "dewi.lama")).isEmpty();

		// when the application starts
		index.backfill();

		// then the account is found, the marker is gone, and a second start changes nothing
		assertThat(accounts.owners("tiktok", "@Dewi.Lama")).extracting(Employee::nip).containsExactly(nip);
		assertThat(jdbc.sql("select count(*) from employee_account_backfill").query(Long.class).single()).isZero();
		index.backfill();
		assertThat(accounts.owners("tiktok", "dewi.lama")).hasSize(1);
	}

	private void importAndWait(String csv, String name) {
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		UserAgent agent = new UserAgent(port);
		String token = agent.accessToken(bkn.clientId(), bkn.clientSecret());
		HttpResponse<String> accepted = agent.postCsv("/api/v1/personnel/imports?fileName=" + name, token, csv);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = UserAgent.location(accepted);
		await("import " + name).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> UserAgent.json(agent.get(location, token)).path("status").asString(), "DONE"::equals);
	}
}
