package id.go.netra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditVerification.AnchorProblem;
import id.go.netra.audit.AuditVerification.ProblemKind;
import id.go.netra.keys.Signatures;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail anchored outside the database: a chain rewritten end to end with every hash recomputed, as a
 * database administrator could, still links but no longer matches its signed checkpoints.
 */
@NetraIntegrationTest
class AuditAnchorIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	AuditVerification verification;

	@Autowired
	AuditSealer sealer;

	@Autowired
	Signatures signatures;

	@Autowired
	CheckpointLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void aChainRewrittenEndToEndStillLinksButNoLongerMatchesItsAnchors() {
		AuditEntry target = trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "the original detail"));
		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "an entry after it"));
		AuditAnchors.Taken taken = anchors.checkpoint();
		assertThat(taken.outcome()).isEqualTo(AuditAnchors.Outcome.TAKEN);
		assertThat(anchors.checkpoint().outcome()).as("the head has not moved").isEqualTo(AuditAnchors.Outcome.UNCHANGED);
		AuditVerification.Result before = verification.verify();
		assertThat(before.chainIntact()).isTrue();
		assertThat(before.anchorsHold()).as(before.problems().toString()).isTrue();
		long targetSeq = seqOf(target.id());

		rewrite(target.id(), "a detail the administrator prefers");
		try {
			assertThat(trail.verifyChain()).as("the chain's own links hold after an end-to-end rewrite").isEmpty();
			AuditVerification.Result after = verification.verify();
			assertThat(after.chainIntact()).isTrue();
			assertThat(after.anchorsHold()).isFalse();
			AnchorProblem first = after.firstMismatch();
			assertThat(first.kind()).isEqualTo(ProblemKind.ENTRY_CHANGED);
			assertThat(first.checkpoint().chainSeq()).isEqualTo(taken.checkpoint().chainSeq());
			assertThat(first.entry().entryId()).isEqualTo(taken.checkpoint().entryId());
			// the rewritten entry lies after the last checkpoint that still holds, and up to the first that does not
			assertThat(targetSeq).isLessThanOrEqualTo(first.checkpoint().chainSeq());
			if (after.lastHolding() != null) {
				assertThat(targetSeq).isGreaterThan(after.lastHolding().chainSeq());
			}

			trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "sealed onto the rewritten chain"));
			assertThat(anchors.checkpoint().outcome()).as("a rewritten chain is never anchored")
				.isEqualTo(AuditAnchors.Outcome.REFUSED);

			DemoAccountRows admin = DemoAccountRows.of("ADMIN");
			UserAgent system = new UserAgent(port);
			String token = system.accessToken(admin.clientId(), admin.clientSecret());
			JsonNode chain = UserAgent.json(system.get("/api/v1/audit/chain", token));
			assertThat(chain.path("intact").asBoolean()).isTrue();
			assertThat(chain.path("anchorsHold").asBoolean()).isFalse();
			assertThat(chain.path("firstMismatch").path("entryId").asLong()).isEqualTo(first.entry().entryId());
			assertThat(chain.path("anchors").asString())
				.contains("Rantai tidak lagi cocok dengan jangkarnya")
				.contains("entri #" + first.entry().entryId() + " (urutan " + first.entry().chainSeq());
			assertThat(system.postJson("/api/v1/audit/checkpoints", token, "").statusCode()).isEqualTo(409);

			UserAgent browser = new UserAgent(port);
			browser.signIn(admin.username(), admin.password());
			assertThat(browser.get("/admin/audit").body()).contains("Rantai hash utuh")
				.contains("Rantai tidak lagi cocok dengan jangkarnya")
				.contains("entri #" + first.entry().entryId());
			assertThat(browser.get("/admin/audit?lang=en").body())
				.contains("The chain no longer matches its anchors");
		}
		finally {
			rewrite(target.id(), "the original detail");
		}
		AuditVerification.Result restored = verification.verify();
		assertThat(restored.chainIntact()).isTrue();
		assertThat(restored.anchorsHold()).as(restored.problems().toString()).isTrue();
	}

	@Test
	void aForgedLineInTheCheckpointFileIsReportedAndNotTrusted(@TempDir Path directory) throws Exception {
		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "before the forgery"));
		assertThat(anchors.checkpoint().outcome()).isIn(AuditAnchors.Outcome.TAKEN, AuditAnchors.Outcome.UNCHANGED);
		// a copy of the published file, so the forgery stays out of the real one
		Path copy = directory.resolve("checkpoints.jsonl");
		Files.write(copy, ledger.lines(), StandardCharsets.UTF_8);
		CheckpointFile forgedFile = new CheckpointFile(copy);
		AuditVerification checker = new AuditVerification(jdbc, sealer, signatures, forgedFile);
		assertThat(checker.verify().anchorsHold()).isTrue();

		AuditCheckpoint genuine = anchors.latest(1).get(0);
		AuditCheckpoint forged = new AuditCheckpoint(genuine.chainSeq(), genuine.entryId(), "f".repeat(64),
				genuine.entries(), genuine.entryAt(), genuine.takenAt(), genuine.signature(), null, null);
		forgedFile.append(CheckpointLines.write(forged));
		forgedFile.append("{\"format\":\"something else\"}");
		int lines = forgedFile.lines().size();

		AuditVerification.Result result = checker.verify();
		assertThat(result.anchorsHold()).isFalse();
		assertThat(result.problems()).extracting(AnchorProblem::kind, AnchorProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.BAD_SIGNATURE, lines - 1),
					org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE, lines));
		assertThat(result.firstMismatch()).as("a forged line is not an anchor").isNull();
		assertThat(checker.latestPublished().orElseThrow().entryHash()).isEqualTo(genuine.entryHash());
	}

	@Test
	void aConfiguredTimestampAuthorityStampsEveryCheckpoint(@TempDir Path directory) throws Exception {
		CheckpointFile file = new CheckpointFile(directory.resolve("checkpoints.jsonl"));
		AuditVerification checker = new AuditVerification(jdbc, sealer, signatures, file);
		try (TestTimestampAuthority tsa = new TestTimestampAuthority()) {
			AuditAnchors stamped = anchorsWith(checker, file, tsa.url());
			trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "to be timestamped"));
			AuditAnchors.Taken first = stamped.checkpoint();
			assertThat(first.outcome()).isEqualTo(AuditAnchors.Outcome.TAKEN);
			assertThat(first.checkpoint().timestamped()).isTrue();
			assertThat(Duration.between(first.checkpoint().timestampedAt(), Instant.now()).abs())
				.isLessThan(Duration.ofMinutes(1));
			AuditCheckpoint published = CheckpointLines.read(file.lines().get(0));
			assertThat(TimestampAuthority.check(Base64.getDecoder().decode(published.timestampToken()),
					AuditVerification.sha256(published.signedPayload())))
				.isEqualTo(published.timestampedAt());
			assertThat(checker.verify().problems()).isEmpty();

			// a token moved from another checkpoint does not hold for this one
			trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "a second one"));
			AuditCheckpoint second = stamped.checkpoint().checkpoint();
			file.append(CheckpointLines.write(second.withTimestamp(published.timestampToken(), published.timestampedAt())));
			assertThat(checker.verify().problems()).extracting(AnchorProblem::kind, AnchorProblem::line)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.BAD_TIMESTAMP, 3));
		}
		// the authority is gone: the checkpoint is still signed and published, without a timestamp
		AuditAnchors unreachable = anchorsWith(new AuditVerification(jdbc, sealer, signatures,
				new CheckpointFile(directory.resolve("other.jsonl"))), new CheckpointFile(directory.resolve("other.jsonl")),
				"http://127.0.0.1:9/tsr");
		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "no authority"));
		AuditAnchors.Taken signedOnly = unreachable.checkpoint();
		assertThat(signedOnly.outcome()).isEqualTo(AuditAnchors.Outcome.TAKEN);
		assertThat(signedOnly.checkpoint().timestamped()).isFalse();
	}

	@Test
	void theTransparencyPageListsCheckpointsAndThePublicKeyChecksThem() throws Exception {
		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "never on the public page"));
		anchors.checkpoint();
		AuditCheckpoint latest = anchors.latest(1).get(0);
		UserAgent visitor = new UserAgent(port);

		String page = visitor.get("/transparansi").body();
		assertThat(page).contains("Jejak audit yang dijangkarkan")
			.contains("data-seq=\"" + latest.chainSeq() + "\"")
			.contains(latest.hashPrefix())
			.contains("Tidak, hanya ditandatangani")
			.contains("href=\"/transparansi/kunci-audit\"")
			.doesNotContain("never on the public page");
		assertThat(visitor.get("/transparansi?lang=en").body()).contains("The anchored audit trail")
			.contains("No, signed only");

		var key = visitor.get("/transparansi/kunci-audit");
		assertThat(key.statusCode()).isEqualTo(200);
		assertThat(key.body()).contains("Ed25519PublicKey").doesNotContain("Ed25519PrivateKey");
		PublicKeyVerify verifier = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(key.body())
			.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
		String line = visitor.get("/transparansi/checkpoint-audit").body().lines().findFirst().orElseThrow();
		JsonNode published = tools.jackson.databind.json.JsonMapper.builder().build().readTree(line);
		// the payload as the page documents it, rebuilt here without Netra's code
		String payload = "netra-audit-checkpoint-v1\n" + List.of("chainSeq", "entryId", "entryHash", "entries",
				"entryAt", "takenAt").stream().map(f -> f + "=" + published.path(f).asString() + "\n")
			.reduce("", String::concat);
		verifier.verify(Base64.getDecoder().decode(published.path("signature").asString()),
				payload.getBytes(StandardCharsets.UTF_8));
		assertThat(published.path("chainSeq").asLong()).isEqualTo(latest.chainSeq());
	}

	@Test
	void checkpointsAreListedForAuditorsAndTakenByAdministratorsOnly() {
		UserAgent system = new UserAgent(port);
		DemoAccountRows auditor = DemoAccountRows.of("AUDITOR");
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		DemoAccountRows ppk = DemoAccountRows.of("PPK");
		String auditorToken = system.accessToken(auditor.clientId(), auditor.clientSecret());
		String adminToken = system.accessToken(admin.clientId(), admin.clientSecret());

		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "taken on demand"));
		var taken = system.postJson("/api/v1/audit/checkpoints", adminToken, "");
		assertThat(taken.statusCode()).isEqualTo(201);
		long seq = UserAgent.json(taken).path("checkpoint").path("chainSeq").asLong();
		assertThat(trail.search(new AuditQuery(null, "AUDIT_CHECKPOINT_REQUESTED", null, null, null, null, 0, 1))
			.items()).isNotEmpty();

		var listed = system.get("/api/v1/audit/checkpoints?size=5", auditorToken);
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(listed).get(0).path("chainSeq").asLong()).isGreaterThanOrEqualTo(seq);

		assertThat(system.postJson("/api/v1/audit/checkpoints", auditorToken, "").statusCode()).isEqualTo(403);
		assertThat(system.get("/api/v1/audit/checkpoints", system.accessToken(ppk.clientId(), ppk.clientSecret()))
			.statusCode()).isEqualTo(403);
		assertThat(new UserAgent(port).get("/api/v1/audit/checkpoints").statusCode()).isEqualTo(401);
	}

	@Test
	void anAdministratorTakesACheckpointFromTheAuditPageAndOthersCannot() {
		UserAgent browser = new UserAgent(port);
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		browser.signIn(admin.username(), admin.password());
		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "before the button"));
		var answer = browser.submit("/admin/audit", "/admin/audit/checkpoint", java.util.Map.of());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(UserAgent.location(answer)).endsWith("/admin/audit");
		String page = browser.get("/admin/audit").body();
		assertThat(page).contains("Checkpoint diambil, ditandatangani, dan diterbitkan.")
			.contains("Rantai cocok dengan")
			.contains(ledger.location());
		long first = anchors.latest(1).get(0).chainSeq();
		assertThat(browser.submit("/admin/audit", "/admin/audit/checkpoint", java.util.Map.of()).statusCode())
			.isEqualTo(302);
		// the first press recorded who asked, so the head had moved again
		assertThat(anchors.latest(1).get(0).chainSeq()).isGreaterThan(first);
		assertThat(browser.get("/admin/audit?lang=en").body()).contains("The chain matches")
			.contains("Take a checkpoint now");

		UserAgent auditor = new UserAgent(port);
		DemoAccountRows auditorAccount = DemoAccountRows.of("AUDITOR");
		auditor.signIn(auditorAccount.username(), auditorAccount.password());
		long before = anchors.latest(1).get(0).chainSeq();
		trail.record(AuditRecord.system("TEST_ANCHOR", "anchor", "the auditor may not anchor"));
		assertThat(auditor.submit("/beranda", "/admin/audit/checkpoint", java.util.Map.of()).statusCode()).isEqualTo(403);
		assertThat(anchors.latest(1).get(0).chainSeq()).isEqualTo(before);
	}

	private AuditAnchors anchorsWith(AuditVerification checker, CheckpointLedger file, String timestampUrl) {
		return new AuditAnchors(jdbc, transactions, sealer, trail, checker, signatures, file,
				new AnchorSettings(Duration.ofMinutes(10), null, timestampUrl, Duration.ofSeconds(5)), clock);
	}

	private long seqOf(long entryId) {
		return jdbc.sql("select chain_seq from audit_entry where id = :id").param("id", entryId).query(Long.class).single();
	}

	/**
	 * What someone with database access could do: change an entry and recompute every hash after it with the trail's
	 * own algorithm, head included, holding the head as the sealer does.
	 */
	private void rewrite(long entryId, String detail) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("select last_hash from audit_chain_head where id = 1 for update").query(String.class).single();
			List<AuditEntry> chain = jdbc.sql("select * from audit_entry where chain_seq >= :from order by chain_seq")
				.param("from", seqOf(entryId))
				.query(AuditTrail::entry)
				.list();
			String previous = chain.get(0).previousHash();
			for (AuditEntry e : chain) {
				AuditEntry now = e.id() != entryId ? e : new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorKind(),
						e.agencyCode(), e.roles(), e.action(), e.target(), detail, e.sourceAddress(), e.outcome(),
						e.previousHash(), e.entryHash());
				String hash = AuditTrail.hash(previous, e.occurredAt(), AuditTrail.record(now));
				jdbc.sql("update audit_entry set detail = :detail, previous_hash = :previous, entry_hash = :hash where id = :id")
					.param("detail", now.detail())
					.param("previous", previous)
					.param("hash", hash)
					.param("id", e.id())
					.update();
				previous = hash;
			}
			jdbc.sql("update audit_chain_head set last_hash = :hash where id = 1").param("hash", previous).update();
		});
	}
}
