package id.go.netra.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DataDirectory;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without a SIASN address every block change is written as a JSON file to the pick-up folder (by default
 * {@code <data-dir>/siasn-drop}): whole files only, named so they sort in the order of the changes. Synthetic
 * employee (Officers.employ).
 */
@NetraIntegrationTest
class SiasnFileDropIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DataDirectory dataDirectory;

	@Test
	void aBlockAndItsLiftingAreDroppedAsTwoFilesInOrder() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(3711, "PEMDA-32", "32.73", "Pegawai Uji Berkas").get(0);
		HttpResponse<String> placed = officers.post("AUDITOR", "/api/v1/blocks", """
				{"scope": "EMPLOYEE", "nip": "%s", "reason": "Uji: berkas SIASN"}""".formatted(nip));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String blockId = UserAgent.json(placed).path("id").asString();
		officers.act("AUDITOR", "/api/v1/blocks/" + blockId + "/lifting", "{\"reason\": \"Uji: dicabut\"}");

		Path drop = dataDirectory.resolve("siasn-drop");
		await("two files").atMost(Duration.ofSeconds(30)).until(() -> filesOf(drop, blockId).size() == 2);
		List<Path> files = filesOf(drop, blockId);
		assertThat(files.get(0).getFileName().toString()).endsWith(blockId + "-placed.json");
		assertThat(files.get(1).getFileName().toString()).endsWith(blockId + "-lifted.json");
		JsonNode first = JSON.readTree(Files.readString(files.get(0)));
		JsonNode second = JSON.readTree(Files.readString(files.get(1)));
		assertThat(first.path("type").asString()).isEqualTo("block.placed");
		assertThat(first.path("block").path("nip").asString()).isEqualTo(nip);
		assertThat(first.path("block").path("reason").asString()).isEqualTo("Uji: berkas SIASN");
		assertThat(second.path("type").asString()).isEqualTo("block.lifted");
		assertThat(second.path("block").path("liftReason").asString()).isEqualTo("Uji: dicabut");
		try (Stream<Path> all = Files.list(drop)) {
			assertThat(all.map(p -> p.getFileName().toString())).as("no half-written file left")
				.noneMatch(name -> name.endsWith(".part"));
		}
	}

	private static List<Path> filesOf(Path drop, String blockId) {
		if (!Files.isDirectory(drop)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(drop)) {
			return files.filter(p -> p.getFileName().toString().contains(blockId)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
