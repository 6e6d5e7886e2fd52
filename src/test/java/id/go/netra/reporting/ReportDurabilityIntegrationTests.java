package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import id.go.netra.NetraProcess;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * A report answered 201 is kept: Netra runs in its own JVM, citizens file reports from several connections,
 * and the process is killed with SIGKILL the moment the last answer arrives. After a restart on the same data
 * every acknowledged report is there, with its case and its receipt code working.
 */
class ReportDurabilityIntegrationTests {

	static final int REPORTS = 40;

	@Test
	void everyReportAnswered201SurvivesAKillRightAfterTheAnswer() throws Exception {
		Path dataDir = Files.createTempDirectory(Paths.get("target"), "report-crash-");
		int port = NetraProcess.freePort();
		Map<String, String> acknowledged = new LinkedHashMap<>();

		Process first = NetraProcess.start(dataDir, port);
		try {
			ExecutorService citizens = Executors.newFixedThreadPool(4);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < REPORTS; i++) {
				String region = i % 2 == 0 ? "32.73" : "35.78";
				answers.add(citizens.submit(() -> new UserAgent(port).postJson("/api/v1/public/reports", null,
						Officers.publicReport(null, "Terlapor Uji", region, null))));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				JsonNode filed = UserAgent.json(response);
				acknowledged.put(filed.path("complaintNumber").asString(), filed.path("receiptCode").asString());
			}
			citizens.shutdownNow();
		}
		finally {
			NetraProcess.kill(first);
		}

		Process second = NetraProcess.start(dataDir, port);
		try {
			Officers officers = new Officers(port);
			UserAgent citizen = new UserAgent(port);
			assertThat(acknowledged).hasSize(REPORTS);
			acknowledged.forEach((number, code) -> {
				assertThat(officers.caseOf(number).path("status").asString()).isEqualTo("RECEIVED");
				assertThat(citizen.getWith("/api/v1/public/reports/" + number, "X-Receipt-Code", code).statusCode())
					.as(number).isEqualTo(200);
			});
		}
		finally {
			NetraProcess.kill(second);
		}
	}
}
