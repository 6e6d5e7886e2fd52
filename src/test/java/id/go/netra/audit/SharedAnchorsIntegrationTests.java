package id.go.netra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.TwoNodes;

/**
 * Several nodes publish the audit trail's checkpoints to one ledger (a directory every node mounts,
 * {@code netra.audit.anchor-directory}): each node's checkpoints land in the same append-only file, and every node
 * verifies the chain against all of them, whichever node took them (docs/operations/deployment.md).
 */
class SharedAnchorsIntegrationTests {

	@Test
	void checkpointsTakenOnEitherNodeAnchorTheChainForBoth() throws Exception {
		Path shared = Files.createDirectories(Paths.get("target/test-data/shared-anchors-" + System.nanoTime()));
		try (TwoNodes nodes = TwoNodes.start("netra_shared_anchors",
				"--netra.audit.anchor-directory=" + shared.toAbsolutePath())) {
			AuditAnchors onA = nodes.node(0).getBean(AuditAnchors.class);
			AuditAnchors onB = nodes.node(1).getBean(AuditAnchors.class);

			nodes.node(0).getBean(AuditTrail.class).record(AuditRecord.system("TEST_ANCHOR", "anchor", "on node a"));
			AuditAnchors.Taken takenOnA = onA.checkpoint();
			assertThat(takenOnA.outcome()).isEqualTo(AuditAnchors.Outcome.TAKEN);
			nodes.node(1).getBean(AuditTrail.class).record(AuditRecord.system("TEST_ANCHOR", "anchor", "on node b"));
			AuditAnchors.Taken takenOnB = onB.checkpoint();
			assertThat(takenOnB.outcome()).isEqualTo(AuditAnchors.Outcome.TAKEN);

			List<String> lines = Files.readAllLines(shared.resolve("checkpoints.jsonl"), StandardCharsets.UTF_8);
			assertThat(lines).anyMatch(line -> line.contains("\"chainSeq\":" + takenOnA.checkpoint().chainSeq() + ","))
				.anyMatch(line -> line.contains("\"chainSeq\":" + takenOnB.checkpoint().chainSeq() + ","));
			for (int node = 0; node < 2; node++) {
				AuditVerification.Result result = nodes.node(node).getBean(AuditVerification.class).verify();
				assertThat(result.anchorsHold()).as("node %d: %s", node, result.problems()).isTrue();
				assertThat(result.checkpoints()).as("node %d sees every node's checkpoints", node)
					.isEqualTo(lines.size());
			}
		}
	}
}
