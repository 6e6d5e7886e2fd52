package id.go.netra.reporting;

import static id.go.netra.reporting.EvidenceSamples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * A reporter's photo and documents as officers receive them: without the owner's name, position and device for
 * everyone but the task force, the original for the task force byte for byte, never in plain on disk; and a
 * refused upload stores nothing.
 */
@NetraIntegrationTest
class EvidenceProtectionIntegrationTests {

	private static final String FORWARDED = "X-Forwarded-For";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Value("${netra.data-dir}")
	String dataDir;

	@Test
	void thePpkAndBawasluGetThePhotoWithoutMetadataAndOnlyTheTaskForceGetsTheOriginal() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(8201, "PEMDA-32", "32.73", "Foto Uji (sintetis)").get(0);
		byte[] photo = EvidenceSamples.jpegWithMetadata();
		byte[] letter = EvidenceSamples.pdfWithMetadata();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("foto-lokasi.jpg", photo);
		files.put("surat.pdf", letter);

		HttpResponse<String> filed = officers.http().postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(nip, "Foto Uji (sintetis)", "32.73", null), "evidence", files, FORWARDED,
				"192.0.2.171");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode opened = officers.caseOf(UserAgent.json(filed).path("complaintNumber").asString());
		String id = opened.path("id").asString();
		JsonNode picture = opened.path("evidence").get(0);
		JsonNode document = opened.path("evidence").get(1);
		assertThat(picture.path("originalSha256").asString()).as("the task force sees which original it is")
			.isEqualTo(sha256(photo));
		assertThat(picture.path("sha256").asString()).isNotEqualTo(sha256(photo));
		String photoPath = "/api/v1/cases/" + id + "/files/" + picture.path("sha256").asString();
		String letterPath = "/api/v1/cases/" + id + "/files/" + document.path("sha256").asString();

		// nowhere on disk is the owner's name readable: the original is sealed, the shared copy cleaned
		assertThat(filesContaining(OWNER)).isEmpty();

		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		byte[] forBawaslu = download(officers, "ELECTION_SUPERVISOR", photoPath, 200);
		assertThat(text(forBawaslu)).doesNotContain(OWNER).doesNotContain("Exif").doesNotContain("PonselUji");
		assertSamePixels(photo, forBawaslu);
		assertThat(download(officers, "ELECTION_SUPERVISOR", photoPath + "?original=true", 403)).isNotEmpty();
		JsonNode asBawaslu = officers.get("ELECTION_SUPERVISOR", "/api/v1/cases/" + id);
		assertThat(asBawaslu.path("evidence").get(0).path("originalSha256").isNull()).isTrue();

		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""");
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		byte[] forPpk = download(officers, "PPK", photoPath, 200);
		assertThat(text(forPpk)).doesNotContain(OWNER).doesNotContain("Exif");
		assertSamePixels(photo, forPpk);
		byte[] letterForPpk = download(officers, "PPK", letterPath, 200);
		assertThat(text(letterForPpk)).doesNotContain(OWNER);
		try (var pdf = Loader.loadPDF(letterForPpk)) {
			assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
			assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
		}
		download(officers, "PPK", photoPath + "?original=true", 403);

		assertThat(download(officers, "TASK_FORCE", photoPath + "?original=true", 200)).isEqualTo(photo);
		assertThat(download(officers, "TASK_FORCE", letterPath + "?original=true", 200)).isEqualTo(letter);
		assertThat(download(officers, "TASK_FORCE", photoPath, 200)).as("or the cleaned copy, as it chooses")
			.isEqualTo(forPpk);
		// on the case page: the task force is offered the original beside the cleaned copy, the PPK is not
		String original = "/kasus/" + id + "/berkas/" + picture.path("sha256").asString() + "?asli=1";
		assertThat(page("TASK_FORCE", "/kasus/" + id)).contains(original)
			.contains("asli, dengan metadata");
		assertThat(page("PPK", "/kasus/" + id)).contains("foto-lokasi.jpg").doesNotContain("asli=1");
		UserAgent ppk = signedIn("PPK");
		assertThat(ppk.getBytes(original).statusCode()).isEqualTo(403);
		assertThat(text(ppk.getBytes(original.replace("?asli=1", "")).body())).doesNotContain(OWNER);

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'report.evidence.original' and target = :n")
			.param("n", opened.path("complaintNumber").asString())
			.query(Long.class)
			.single()).as("each opening of an original, and each refusal, is audited").isGreaterThanOrEqualTo(4);
	}

	@Test
	void aRefusedUploadStoresNoFileAndNoRow() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(8211, "PEMDA-32", "32.73", "Tolak Uji (sintetis)").get(0);
		long filesBefore = storedFiles();
		long rowsBefore = rows();

		// the second of three is an MP4 header in front of a web page
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("foto-1.jpg", EvidenceSamples.jpegWithMetadata());
		files.put("video.mp4", EvidenceSamples.mp4HeaderThenHtml());
		files.put("foto-3.png", EvidenceSamples.pngWithMetadata());
		HttpResponse<String> hostile = officers.http().postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(nip, "Tolak Uji (sintetis)", "32.73", null), "evidence", files, FORWARDED,
				"192.0.2.172");
		assertThat(hostile.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(hostile).path("detail").asString()).contains("video.mp4").contains("MP4")
			.contains("tidak tersusun");

		// too large for its type
		byte[] huge = new byte[16 * 1024 * 1024];
		System.arraycopy(EvidenceSamples.jpegWithMetadata(), 0, huge, 0, 200);
		HttpResponse<String> tooLarge = officers.http().postMultipart("/api/v1/public/reports", null, "report",
				Officers.publicReport(nip, "Tolak Uji (sintetis)", "32.73", null), "evidence",
				Map.of("besar.jpg", huge), FORWARDED, "192.0.2.172");
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(tooLarge).path("detail").asString()).contains("besar.jpg").contains("15 MB");

		// a role that may not review sends a real PDF as a review document
		String number = officers.fileReport(Officers.publicReport(nip, "Tolak Uji (sintetis)", "32.73", null))
			.path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		long filesWithReport = storedFiles();
		long rowsWithReport = rows();
		HttpResponse<String> notHers = officers.http().postMultipart("/api/v1/cases/" + id + "/review",
				officers.token("AUDITOR"), "review", """
						{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""", "document",
				Map.of("kajian.pdf", EvidenceSamples.pdfWithMetadata()));
		assertThat(notHers.statusCode()).isIn(403, 404);
		HttpResponse<String> tooEarly = officers.http().postMultipart("/api/v1/cases/" + id + "/review",
				officers.token("ELECTION_SUPERVISOR"), "review", """
						{"outcome": "PROVEN", "violations": ["DISIPLIN-02"]}""", "document",
				Map.of("kajian.pdf", EvidenceSamples.pdfWithMetadata()));
		assertThat(tooEarly.statusCode()).as("the case is not in review yet").isIn(404, 409);

		assertThat(storedFiles()).isEqualTo(filesWithReport);
		assertThat(rows()).isEqualTo(rowsWithReport);
		assertThat(filesWithReport).isEqualTo(filesBefore);
		assertThat(rowsWithReport).isEqualTo(rowsBefore);
	}

	@Test
	void evidenceStoredInPlainBeforeTheUpgradeIsStillServedAndCleanedForOfficers() throws Exception {
		Officers officers = new Officers(port);
		String nip = officers.employ(8221, "PEMDA-32", "32.73", "Lama Uji (sintetis)").get(0);
		String number = officers.fileReport(Officers.publicReport(nip, "Lama Uji (sintetis)", "32.73", null))
			.path("complaintNumber").asString();
		JsonNode opened = officers.caseOf(number);
		String id = opened.path("id").asString();
		// as an earlier version kept it: the file in plain under its own hash, a row without an original
		byte[] photo = EvidenceSamples.pngWithMetadata();
		String sha = sha256(photo);
		Path kept = evidenceDirectory().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
		Files.createDirectories(kept.getParent());
		Files.write(kept, photo);
		jdbc.sql("""
				insert into report_evidence (report_id, kind, sha256, media_type, size_bytes, original_name, added_by, added_at)
				select id, 'IMAGE', :sha, 'image/png', :size, 'lama.png', 'REPORTER', current_timestamp
				from report where complaint_number = :number
				""").param("sha", sha).param("size", photo.length).param("number", number).update();
		String path = "/api/v1/cases/" + id + "/files/" + sha;

		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", "{\"decision\": \"FORWARD\"}");
		byte[] forBawaslu = download(officers, "ELECTION_SUPERVISOR", path, 200);
		assertThat(text(forBawaslu)).doesNotContain(OWNER);
		assertSamePixels(photo, forBawaslu);
		assertThat(download(officers, "TASK_FORCE", path + "?original=true", 200)).isEqualTo(photo);
	}

	private UserAgent signedIn(String role) {
		UserAgent agent = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of(role);
		agent.signIn(row.username(), row.password());
		return agent;
	}

	private String page(String role, String path) {
		HttpResponse<String> response = signedIn(role).get(path);
		assertThat(response.statusCode()).as(role + " " + path).isEqualTo(200);
		return response.body();
	}

	private static byte[] download(Officers officers, String role, String path, int status) {
		HttpResponse<byte[]> response = officers.http().getBytes(path, "Authorization", "Bearer " + officers.token(role));
		assertThat(response.statusCode()).as(role + " " + path + " " + new String(response.body(), StandardCharsets.UTF_8))
			.isEqualTo(status);
		return response.body();
	}

	private Path evidenceDirectory() {
		return Paths.get(dataDir, "evidence");
	}

	private long storedFiles() throws IOException {
		if (!Files.exists(evidenceDirectory())) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(evidenceDirectory())) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	private long rows() {
		return jdbc.sql("select count(*) from report_evidence").query(Long.class).single();
	}

	private List<Path> filesContaining(String text) throws IOException {
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		try (Stream<Path> walk = Files.walk(evidenceDirectory())) {
			return walk.filter(Files::isRegularFile).filter(file -> {
				try {
					return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
						.contains(new String(needle, StandardCharsets.ISO_8859_1));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		}
	}

	private static void assertSamePixels(byte[] original, byte[] cleaned) throws IOException {
		var before = ImageIO.read(new ByteArrayInputStream(original));
		var after = ImageIO.read(new ByteArrayInputStream(cleaned));
		assertThat(after).isNotNull();
		for (int y = 0; y < before.getHeight(); y++) {
			for (int x = 0; x < before.getWidth(); x++) {
				assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
			}
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}
}
