package id.go.netra.analytics;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.go.netra.TwoNodes;
import id.go.netra.casework.Officers;

/**
 * The map's head counts (rates per 10,000 ASN) are kept in each node's memory: an import through one node makes
 * every node count again, not only the one that ran it. On the embedded database too: its polled signal table once
 * missed this signal in CI, as a node began reading at its first poll, which may come late under load (it now begins
 * when the node starts), or a count running when the signal came was kept (now it is not).
 */
class HeadcountsAcrossNodesIntegrationTests {

	@Test
	void anImportThroughOneNodeRefreshesTheOtherNodesHeadcounts() {
		try (TwoNodes nodes = TwoNodes.start("netra_headcounts")) {
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
