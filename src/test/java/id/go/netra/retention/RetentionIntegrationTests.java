package id.go.netra.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.reporting.EvidenceStore;
import tools.jackson.databind.JsonNode;

/**
 * The retention period (ADR 0029), applied to real reports filed over the public API: a case closed longer ago
 * than {@code netra.retention.after-closing} loses its reporter's identity, its own evidence files and the notices
 * to its reporter; a case closed recently, an open case and a file shared with either keep theirs. The cases share
 * the application with other tests, so instead of moving the application's clock for everyone the test moves one
 * case's closing back in time.
 */
@NetraIntegrationTest
class RetentionIntegrationTests {

	/** netra.retention.after-closing, the default. */
	private static final Period RETENTION = Period.ofYears(5);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceStore store;

	@Autowired
	Retention retention;

	@Test
	void aCaseClosedLongerAgoThanThePeriodLosesIdentityAndEvidenceAndOthersKeepTheirs() throws Exception {
		Officers officers = new Officers(port);
		byte[] own = png();
		byte[] shared = png();
		byte[] openOwn = png();
		Filed old = file(officers, Map.of("own.png", own, "shared.png", shared));
		Filed recent = file(officers, Map.of("shared.png", shared));
		Filed open = file(officers, Map.of("open.png", openOwn));
		reject(officers, old);
		reject(officers, recent);
		await("the notice to the reporter").atMost(Duration.ofSeconds(30))
			.until(() -> noticesToReporter(old.number()) > 0);
		closedLongAgo(old.number(), RETENTION.plusDays(2));
		closedLongAgo(recent.number(), RETENTION.minusDays(2));

		JsonNode preview = officers.get("AUDITOR", "/api/v1/admin/retention/preview");
		assertThat(numbers(preview.path("wouldErase"))).contains(old.number())
			.doesNotContain(recent.number(), open.number());
		assertThat(reporterIdentityShown(officers, old)).as("a preview changes nothing").isTrue();

		HttpResponse<String> ran = officers.post("ADMIN", "/api/v1/admin/retention/runs", "{}");
		assertThat(ran.statusCode()).as(ran.body()).isEqualTo(201);

		assertThat(reporterIdentityShown(officers, old)).isFalse();
		assertThat(stored(own)).isFalse();
		assertThat(download(officers, old, own)).isEqualTo(404);
		assertThat(noticesToReporter(old.number())).isZero();
		JsonNode oldCase = officers.caseOf(old.number());
		assertThat(oldCase.path("status").asString()).as("the case record stays").isEqualTo("REJECTED");
		assertThat(oldCase.path("history").size()).isGreaterThan(1);

		assertThat(stored(shared)).as("a file a kept case also sent stays").isTrue();
		assertThat(download(officers, recent, shared)).isEqualTo(200);
		assertThat(reporterIdentityShown(officers, recent)).isTrue();
		assertThat(reporterIdentityShown(officers, open)).isTrue();
		assertThat(stored(openOwn)).isTrue();

		// the schedule may have taken the case first: whichever run did, the report names it
		JsonNode run = runListing(officers, old.number());
		assertThat(run.path("identitiesErased").asInt()).isPositive();
		assertThat(run.path("filesDeleted").asInt()).isPositive();
		assertThat(run.path("bytesDeleted").asLong()).isGreaterThanOrEqualTo(own.length);
		assertThat(run.path("cutoff").asString()).isNotEmpty();
		assertThat(officers.get("ADMIN", "/api/v1/admin/retention/runs?size=100").path("items").valueStream()
			.flatMap(r -> numbers(r).stream())).doesNotContain(recent.number(), open.number());
		assertThat(numbers(officers.get("ADMIN", "/api/v1/admin/retention/preview").path("wouldErase")))
			.as("a second run has nothing left of it").doesNotContain(old.number());

		JsonNode audited = officers.get("ADMIN", "/api/v1/audit?action=RETENTION_APPLIED");
		assertThat(audited.path("items").valueStream().map(e -> e.path("detail").asString()))
			.anyMatch(detail -> detail.contains("identity(ies) erased"));
	}

	@Test
	void theDailyRunIsTakenOnceUntilTheNextIsDue() {
		retention.runIfDue();
		Instant next = retention.nextRunAt();
		assertThat(next).isAfter(Instant.now().plus(Duration.ofHours(23)));

		assertThat(retention.runIfDue()).as("another node looking now finds nothing due").isEmpty();
		assertThat(retention.nextRunAt()).isEqualTo(next);
	}

	@Test
	void theAdministratorReadsTheReportInIndonesianAndEnglishAndRunsItByHand() {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());

		String indonesian = admin.get("/admin/retensi").body();
		assertThat(indonesian).contains("Retensi arsip", "Pratinjau penerapan berikutnya", "5 tahun setelah kasusnya ditutup",
				"register disiplin");
		HttpResponse<String> ran = admin.submit("/admin/retensi", "/admin/retensi/jalankan", Map.of());
		assertThat(ran.statusCode()).isEqualTo(302);
		String after = admin.get("/admin/retensi").body();
		assertThat(after).contains("Retensi diterapkan:", "Kasus ditutup sebelum", "Yusuf");

		String english = admin.language("en").get("/admin/retensi?lang=en").body();
		assertThat(english).contains("Records retention", "Preview of the next run", "5 years after the case was closed",
				"Cases closed before").doesNotContain("Riwayat penerapan");
		assertThat(admin.get("/admin").body()).contains("/admin/retensi");
	}

	@Test
	void onlyAdministratorsAndAuditorsReadTheReportAndOnlyAdministratorsRunIt() {
		Officers officers = new Officers(port);
		for (String role : List.of("TASK_FORCE", "ELECTION_SUPERVISOR", "CIVIL_SERVICE_AGENCY", "PPK", "OVERSIGHT")) {
			assertThat(officers.http().get("/api/v1/admin/retention/runs", officers.token(role)).statusCode())
				.as(role).isEqualTo(403);
			assertThat(officers.http().get("/api/v1/admin/retention/preview", officers.token(role)).statusCode())
				.as(role).isEqualTo(403);
		}
		assertThat(officers.post("AUDITOR", "/api/v1/admin/retention/runs", "{}").statusCode()).isEqualTo(403);
		assertThat(officers.http().get("/api/v1/admin/retention/runs", null).statusCode()).isEqualTo(401);

		UserAgent auditor = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("AUDITOR");
		auditor.signIn(row.username(), row.password());
		assertThat(auditor.get("/admin/retensi").statusCode()).isEqualTo(403);
	}

	/**
	 * Whether the task force still sees who reported: the one place that knows where the identity shows, to adapt
	 * when it is stored sealed.
	 */
	private static boolean reporterIdentityShown(Officers officers, Filed filed) {
		HttpResponse<String> shown = officers.post("TASK_FORCE", "/api/v1/cases/" + filed.caseId() + "/reporter-identity",
				"{\"reason\": \"uji retensi: apakah identitas masih tersimpan\"}");
		assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
		JsonNode identity = UserAgent.json(shown);
		return identity.path("name").asString("").contains("Warga Uji") || identity.path("email").asString("").contains("@");
	}

	private record Filed(String number, String caseId) {
	}

	private static Filed file(Officers officers, Map<String, byte[]> files) {
		String json = Officers.publicReport(null, "Pegawai Retensi", "32.73", null)
			.replace("\"phone\": \"0812-3456-7890\"}", "\"phone\": \"0812-3456-7890\", \"notifyOnStageChange\": true}");
		HttpResponse<String> accepted = officers.http().postMultipart("/api/v1/public/reports", null, "report", json,
				"evidence", new LinkedHashMap<>(files));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		String number = UserAgent.json(accepted).path("complaintNumber").asString();
		return new Filed(number, officers.caseOf(number).path("id").asString());
	}

	private static void reject(Officers officers, Filed filed) {
		officers.act("TASK_FORCE", "/api/v1/cases/" + filed.caseId() + "/verification", """
				{"decision": "REJECT", "reason": "INSUFFICIENT_EVIDENCE", "note": "Bukti tidak cukup"}""");
	}

	private void closedLongAgo(String number, Period ago) {
		assertThat(jdbc.sql("update case_file set closed_at = :at where complaint_number = :number")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minus(ago))
			.param("number", number)
			.update()).isEqualTo(1);
	}

	private long noticesToReporter(String number) {
		return jdbc.sql("select count(*) from notice where complaint_number = :number and agency_code is null")
			.param("number", number)
			.query(Long.class)
			.single();
	}

	private boolean stored(byte[] content) throws Exception {
		return store.find(sha256(content)).isPresent();
	}

	private static int download(Officers officers, Filed filed, byte[] content) throws Exception {
		return officers.http()
			.getBytes("/api/v1/cases/" + filed.caseId() + "/files/" + sha256(content), "Authorization",
					"Bearer " + officers.token("TASK_FORCE"))
			.statusCode();
	}

	private static JsonNode runListing(Officers officers, String number) {
		return officers.get("AUDITOR", "/api/v1/admin/retention/runs?size=100").path("items").valueStream()
			.filter(run -> numbers(run).contains(number))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no run lists " + number));
	}

	private static List<String> numbers(JsonNode run) {
		return run.path("complaintNumbers").valueStream().map(JsonNode::asString).toList();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** A small PNG no other test sends: its pixels are random. */
	private static byte[] png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < 4; i++) {
			image.setRGB(i, i, ThreadLocalRandom.current().nextInt(0x1000000));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
