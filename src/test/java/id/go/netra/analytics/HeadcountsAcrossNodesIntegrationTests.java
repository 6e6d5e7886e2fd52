package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.go.netra.TwoNodes;
import id.go.netra.casework.Officers;

/**
 * The map's head counts (rates per 10,000 ASN) are kept in each node's memory: an import through one node makes
 * every node count again, not only the one that ran it. On PostgreSQL, where several nodes run (LISTEN/NOTIFY); the
 * embedded database is one node (its polled signal table once missed this signal in CI, not understood yet).
 */
class HeadcountsAcrossNodesIntegrationTests {

	@Test
	void anImportThroughOneNodeRefreshesTheOtherNodesHeadcounts() {
		try (TwoNodes nodes = TwoNodes.start("netra_headcounts")) {
			assumeTrue(nodes.onPostgres(), "several nodes run on PostgreSQL; the embedded database is one node");
			Headcounts onB = nodes.node(1).getBean(Headcounts.class);
			long before = onB.byProvince().getOrDefault("33", 0L);

			new Officers(nodes.port(0)).employ(8401, "PEMDA-33", "33.74", "Satu Hitung (sintetis)",
					"Dua Hitung (sintetis)");

			await("node b counts the employees imported through node a").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> onB.byProvince().getOrDefault("33", 0L) == before + 2);
		}
	}
}
