package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;

/**
 * The recipients of notices are kept in memory per directory version: a change made through Netra on this node,
 * or one that reaches the database from another node, is seen at the next notice.
 */
@NetraIntegrationTest
class RecipientsIntegrationTests {

	@Autowired
	Recipients recipients;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewOrDisabledAccountIsSeenAtTheNextNotice() {
		assertThat(emails(recipients.of("BKN", Role.CIVIL_SERVICE_AGENCY))).doesNotContain("penerima.baru@bkn.invalid");
		users.create(new UserAccounts.NewUser("penerima-baru", "Penerima Baru (sintetis)", "penerima.baru@bkn.invalid",
				"BKN", Set.of(Role.CIVIL_SERVICE_AGENCY), "kata-sandi-panjang-sekali-2026"));
		assertThat(emails(recipients.of("BKN", Role.CIVIL_SERVICE_AGENCY))).contains("penerima.baru@bkn.invalid");
		assertThat(emails(recipients.covering(Role.CIVIL_SERVICE_AGENCY, "32.73"))).contains("penerima.baru@bkn.invalid");

		users.setEnabled("penerima-baru", false);
		assertThat(emails(recipients.of("BKN", Role.CIVIL_SERVICE_AGENCY))).doesNotContain("penerima.baru@bkn.invalid");
		assertThat(emails(recipients.covering(Role.CIVIL_SERVICE_AGENCY, "32.73")))
			.doesNotContain("penerima.baru@bkn.invalid");
	}

	@Test
	void aChangeFromAnotherNodeIsSeenOnceTheVersionMoves() {
		users.create(new UserAccounts.NewUser("penerima-lain", "Penerima Lain (sintetis)", "penerima.lain@bkn.invalid",
				"BKN", Set.of(Role.CIVIL_SERVICE_AGENCY), "kata-sandi-panjang-sekali-2026"));
		assertThat(emails(recipients.of("BKN", Role.CIVIL_SERVICE_AGENCY))).contains("penerima.lain@bkn.invalid");

		// another node changes the address: the row and the version, in its own transaction
		jdbc.sql("update user_account set email = 'alamat.baru@bkn.invalid' where username = 'penerima-lain'").update();
		jdbc.sql("update directory_version set version = version + 1 where id = 1").update();
		assertThat(emails(recipients.of("BKN", Role.CIVIL_SERVICE_AGENCY))).contains("alamat.baru@bkn.invalid")
			.doesNotContain("penerima.lain@bkn.invalid");
	}

	private static List<String> emails(List<Recipients.Recipient> people) {
		return people.stream().map(Recipients.Recipient::email).toList();
	}
}
