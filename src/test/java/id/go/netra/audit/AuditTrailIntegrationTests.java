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

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	/**
	 * Appends from many threads at once wait on no lock; the sealer then gives every committed entry one place in
	 * the chain, with no gaps, and an entry whose transaction commits after later ones is sealed after them.
	 */
	@Test
	void concurrentAppendsAreAllSealedOnceIntoOneIntactChain() throws Exception {
		org.springframework.transaction.support.TransactionTemplate tx =
				new org.springframework.transaction.support.TransactionTemplate(transactions);
		java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(1);
		long[] lateId = new long[1];
		Thread late = new Thread(() -> tx.executeWithoutResult(status -> {
			lateId[0] = trail.record(AuditRecord.system("TEST_LATE", "chain", "commits after the others")).id();
			recorded.countDown();
			try {
				others.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		late.start();
		recorded.await();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.List<java.util.concurrent.Future<?>> appends = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			int n = i;
			appends.add(pool.submit(() -> trail.record(AuditRecord.system("TEST_CONCURRENT", "chain", "append " + n))));
		}
		for (java.util.concurrent.Future<?> append : appends) {
			append.get();
		}
		pool.shutdown();
		assertThat(trail.verifyChain()).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TEST_CONCURRENT' and chain_seq is not null")
			.query(Long.class).single()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_entry where id = :id").param("id", lateId[0])
			.query(Long.class).single()).as("not committed yet").isZero();

		others.countDown();
		late.join();
		assertThat(trail.verifyChain()).isEmpty();
		long lateSeq = jdbc.sql("select chain_seq from audit_entry where id = :id").param("id", lateId[0])
			.query(Long.class).single();
		long maxConcurrent = jdbc.sql("select max(chain_seq) from audit_entry where action = 'TEST_CONCURRENT'")
			.query(Long.class).single();
		assertThat(lateSeq).as("sealed after the entries committed before it").isGreaterThan(maxConcurrent);
		assertThat(jdbc.sql("select count(chain_seq) - (max(chain_seq) - min(chain_seq) + 1) from audit_entry")
			.query(Long.class).single()).as("no place in the chain left empty or taken twice").isZero();
	}

	@Test
	void administratorsBrowseAndFilterTheTrail() {
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		UserAgent browser = new UserAgent(port);
		browser.signIn(admin.username(), admin.password());
		String page = browser.get("/admin/audit?action=SIGN_IN&actor=admin").body();
		assertThat(page).contains("Rantai hash utuh");
		// the filter keeps the stored code; the page shows the action and the roles in words
		assertThat(page).contains("<td>Masuk</td>").doesNotContain("<td>Data rujukan dimuat</td>")
			.contains("<option value=\"SIGN_IN\" selected=\"selected\">Masuk</option>")
			.contains(">Administrator")
			.doesNotContain("<td>SIGN_IN</td>")
			.doesNotContain("ADMIN@NATIONAL");
		assertThat(browser.get("/admin/audit?action=SIGN_IN&actor=admin&lang=en").body()).contains("<td>Signed in</td>");

		UserAgent system = new UserAgent(port);
		String token = system.accessToken(admin.clientId(), admin.clientSecret());
		var chain = UserAgent.json(system.get("/api/v1/audit/chain", token));
		assertThat(chain.path("intact").asBoolean()).isTrue();
	}
}
