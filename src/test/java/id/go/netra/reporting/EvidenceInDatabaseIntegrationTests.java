package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import id.go.netra.DataDirectory;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * Evidence kept in the database for several nodes (netra.reporting.evidence-storage=database): a node whose evidence
 * directory is empty (another node, or this one after losing its disk) still serves every file and every sealed
 * original, byte for byte; a file erased by retention disappears from the database and from any node's cache.
 */
@NetraIntegrationTest
@TestPropertySource(properties = "netra.reporting.evidence-storage=database")
class EvidenceInDatabaseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	EvidenceStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNodeWithAnEmptyDirectoryServesEveryFileFromTheDatabaseAndAnErasedFileIsGoneEverywhere() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(4015, "PEMDA-32", "32.73", "Bukti Basis Data (sintetis)").get(0);
		byte[] photo = EvidenceSamples.jpegWithMetadata();
		HttpResponse<String> filed = officers.http().postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(nip, "Bukti Basis Data (sintetis)", "32.73", null), "evidence",
				Map.of("foto.jpg", photo));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode opened = officers.caseOf(UserAgent.json(filed).path("complaintNumber").asString());
		JsonNode picture = opened.path("evidence").get(0);
		String cleaned = picture.path("sha256").asString();
		String path = "/api/v1/cases/" + opened.path("id").asString() + "/files/" + cleaned;
		assertThat(jdbc.sql("select count(*) from evidence_blob where name like :n").param("n", "%" + cleaned)
			.query(Long.class).single()).isEqualTo(1);

		Path evidence = dataDirectory.resolve("evidence");
		FileSystemUtils.deleteRecursively(evidence);
		byte[] served = download(officers, path);
		assertThat(sha256(served)).isEqualTo(cleaned);
		byte[] original = download(officers, path + "?original=true");
		assertThat(sha256(original)).isEqualTo(picture.path("originalSha256").asString()).isEqualTo(sha256(photo));
		assertThat(cachedFiles(evidence)).as("the node's cache refilled").isGreaterThanOrEqualTo(2);

		Path cachedCopy = store.find(cleaned).orElseThrow();
		byte[] copy = Files.readAllBytes(cachedCopy);
		assertThat(store.forget(cleaned)).isTrue();
		assertThat(jdbc.sql("select count(*) from evidence_blob where name like :n").param("n", "%" + cleaned)
			.query(Long.class).single()).isZero();
		// another node still holds a cached copy: it no longer serves it, and drops it
		Files.createDirectories(cachedCopy.getParent());
		Files.write(cachedCopy, copy);
		assertThat(store.find(cleaned)).isEmpty();
		assertThat(Files.exists(cachedCopy)).isFalse();
		assertThat(officers.http().getBytes(path, "Authorization", "Bearer " + officers.token("TASK_FORCE")).statusCode())
			.isEqualTo(404);
	}

	private static byte[] download(Officers officers, String path) {
		HttpResponse<byte[]> response = officers.http().getBytes(path, "Authorization", "Bearer " + officers.token("TASK_FORCE"));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static long cachedFiles(Path evidence) throws Exception {
		try (Stream<Path> files = Files.walk(evidence)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
