package id.go.netra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditRecord.Outcome;

@NetraIntegrationTest
class AuditTrailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignInIsRecordedWithWhoWhichAgencyAndRoleAndFromWhere() {
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		new UserAgent(port).signIn(bkn.username(), bkn.password());
		new UserAgent(port).signIn(bkn.username(), "not-the-password");

		AuditEntry signIn = trail.search(new AuditQuery(bkn.username(), "SIGN_IN", null, null, null, null, 0, 1))
			.items()
			.get(0);
		assertThat(signIn.agencyCode()).isEqualTo("BKN");
		assertThat(signIn.roles()).contains("CIVIL_SERVICE_AGENCY@NATIONAL");
		assertThat(signIn.sourceAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(signIn.outcome()).isEqualTo(Outcome.SUCCESS);

		AuditEntry failed = trail.search(new AuditQuery(bkn.username(), "SIGN_IN_FAILED", null, null, null, null, 0, 1))
			.items()
			.get(0);
		assertThat(failed.outcome()).isEqualTo(Outcome.FAILURE);
		assertThat(failed.detail()).contains("wrong password");
	}

	@Test
	void theHashChainShowsAChangedEntryAndHealsWhenItIsRestored() {
		AuditEntry entry = trail.record(AuditRecord.system("TEST_ENTRY", "chain", "original detail"));
		trail.record(AuditRecord.system("TEST_ENTRY", "chain", "the entry after it"));
		assertThat(trail.verifyChain()).isEmpty();

		jdbc.sql("update audit_entry set detail = 'rewritten' where id = :id").param("id", entry.id()).update();
		try {
			assertThat(trail.verifyChain()).containsExactly(entry.id());
		}
		finally {
			jdbc.sql("update audit_entry set detail = 'original detail' where id = :id").param("id", entry.id()).update();
		}
		assertThat(trail.verifyChain()).isEmpty();
	}

	@Test
	void administratorsBrowseAndFilterTheTrail() {
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		UserAgent browser = new UserAgent(port);
		browser.signIn(admin.username(), admin.password());
		String page = browser.get("/admin/audit?action=SIGN_IN&actor=admin").body();
		assertThat(page).contains("Rantai hash utuh");
		assertThat(page).contains("<td>SIGN_IN</td>").doesNotContain("<td>REFERENCE_DATA_LOADED</td>");

		UserAgent system = new UserAgent(port);
		String token = system.accessToken(admin.clientId(), admin.clientSecret());
		var chain = UserAgent.json(system.get("/api/v1/audit/chain", token));
		assertThat(chain.path("intact").asBoolean()).isTrue();
	}
}
