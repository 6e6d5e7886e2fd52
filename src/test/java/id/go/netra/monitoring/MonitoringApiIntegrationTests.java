package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/** The monitoring API as the task force's tools call it: posts in, scores, authors, decisions, learning. */
@NetraIntegrationTest
class MonitoringApiIntegrationTests {

	private static final String PARTISAN_TEXT = "Ayo coblos nomor 02 Prabowo Gibran, menangkan di Jawa Barat! "
			+ "#PrabowoGibran2024";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPostIsStoredOnceScoredAndLinkedToTheEmployeeWhoDeclaredTheAccount() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8501, "PEMDA-32", "32.73", "Pemantauan Satu (sintetis)").get(0);
		String body = """
				{"posts": [
				  {"platform": "Instagram", "url": "https://www.instagram.com/p/uji-8501-a/", "author": "@UJI8501",
				   "postedAt": "2024-01-20T03:00:00Z", "text": "%s", "media": ["https://cdn.example.org/a.jpg"]},
				  {"platform": "news:antaranews", "url": "https://www.antaranews.com/berita/uji-8501",
				   "author": "Redaksi", "text": "Pemerintah daerah membuka pendaftaran beasiswa untuk siswa berprestasi."}
				]}""".formatted(PARTISAN_TEXT);
		long before = posts();

		HttpResponse<String> first = officers.post("TASK_FORCE", "/api/v1/monitoring/posts", body);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode items = UserAgent.json(first).path("items");
		assertThat(items).hasSize(2);
		JsonNode post = items.get(0);
		assertThat(post.path("created").asBoolean()).isTrue();
		assertThat(post.path("platform").asString()).isEqualTo("instagram");
		assertThat(post.path("authorNip").asString()).isEqualTo(nip);
		assertThat(post.path("authorLink").asString()).isEqualTo("DECLARED");
		assertThat(post.path("label").asString()).isIn("PARTISAN", "NEUTRAL");
		assertThat(post.path("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(post.path("modelVersion").asInt()).isPositive();
		assertThat(items.get(1).path("authorNip").isNull()).isTrue();
		assertThat(posts()).isEqualTo(before + 2);

		HttpResponse<String> again = officers.post("TASK_FORCE", "/api/v1/monitoring/posts", body);
		assertThat(again.statusCode()).isEqualTo(200);
		JsonNode repeated = UserAgent.json(again).path("items");
		assertThat(repeated.get(0).path("id").asLong()).isEqualTo(post.path("id").asLong());
		assertThat(repeated.get(0).path("created").asBoolean()).isFalse();
		assertThat(repeated.get(1).path("created").asBoolean()).isFalse();
		assertThat(posts()).isEqualTo(before + 2);

		JsonNode stored = officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + post.path("id").asLong());
		assertThat(stored.path("text").asString()).isEqualTo(PARTISAN_TEXT);
		assertThat(stored.path("media").get(0).asString()).isEqualTo("https://cdn.example.org/a.jpg");
		HttpResponse<byte[]> snapshot = officers.http().getBytes("/api/v1/monitoring/posts/" + post.path("id").asLong()
				+ "/snapshot", "Authorization", "Bearer " + officers.token("TASK_FORCE"));
		assertThat(PostSnapshot.sha256(snapshot.body())).isEqualTo(stored.path("capture").path("sha256").asString());
		assertThat(new String(snapshot.body(), StandardCharsets.UTF_8)).contains("\"url\":\"https://www.instagram.com/p/uji-8501-a/\"");
	}

	@Test
	void wrongPostsAreRefusedFieldByFieldAndNothingIsStored() {
		Officers officers = new Officers(port);
		long before = posts();
		HttpResponse<String> refused = officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
				{"posts": [
				  {"platform": "instagram", "url": "https://www.instagram.com/p/baik-sekali/", "text": "Pos yang benar"},
				  {"platform": "Insta gram!", "url": "javascript:alert(1)", "text": " ", "postedAt": "2999-01-01T00:00:00Z",
				   "media": ["ftp://contoh/berkas"]}
				]}""");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		UserAgent.json(refused).path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("posts[1].platform", "posts[1].url", "posts[1].text",
				"posts[1].postedAt", "posts[1].media[0]");
		assertThat(refused.body()).contains("http:// atau https://");
		assertThat(posts()).isEqualTo(before);

		HttpResponse<String> empty = officers.post("TASK_FORCE", "/api/v1/monitoring/posts", "{\"posts\": []}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(empty).path("errors").get(0).path("message").asString())
			.isEqualTo("Kirim paling sedikit satu pos.");

		HttpResponse<String> bawaslu = officers.post("ELECTION_SUPERVISOR", "/api/v1/monitoring/posts", """
				{"posts": [{"platform": "x", "url": "https://x.com/a/status/1", "text": "teks"}]}""");
		assertThat(bawaslu.statusCode()).isEqualTo(403);
		assertThat(officers.http().get("/api/v1/monitoring/posts", officers.token("PPK")).statusCode()).isEqualTo(403);
		assertThat(posts()).isEqualTo(before);
	}

	@Test
	void aLeadBecomesAMonitoringFindingWithTheSnapshotAsEvidenceAndADismissalNeedsAReason() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8511, "PEMDA-32", "32.73", "Pemantauan Dua (sintetis)").get(0);
		JsonNode items = UserAgent.json(officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
				{"posts": [
				  {"platform": "instagram", "url": "https://www.instagram.com/p/uji-8511-lead/", "author": "@uji8511",
				   "postedAt": "2024-01-25T05:00:00Z", "text": "%s"},
				  {"platform": "instagram", "url": "https://www.instagram.com/p/uji-8511-biasa/", "author": "@uji8511",
				   "text": "Selamat pagi, semoga hari ini lancar bekerja."}
				]}""".formatted(PARTISAN_TEXT))).path("items");
		long lead = items.get(0).path("id").asLong();
		long ordinary = items.get(1).path("id").asLong();

		HttpResponse<String> noReason = officers.post("TASK_FORCE", "/api/v1/monitoring/posts/" + ordinary + "/decision",
				"{\"decision\": \"DISMISS\"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("alasan");
		assertThat(officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + ordinary).path("review").isNull()).isTrue();

		JsonNode dismissed = officers.act("TASK_FORCE", "/api/v1/monitoring/posts/" + ordinary + "/decision",
				"{\"decision\": \"DISMISS\", \"note\": \"Salam biasa, bukan kampanye.\"}");
		assertThat(dismissed.path("post").path("review").path("decision").asString()).isEqualTo("DISMISS");
		assertThat(dismissed.path("complaintNumber").isNull()).isTrue();

		JsonNode filed = officers.act("TASK_FORCE", "/api/v1/monitoring/posts/" + lead + "/decision",
				"{\"decision\": \"LEAD\", \"note\": \"Ajakan memilih pasangan calon.\"}");
		String number = filed.path("complaintNumber").asString();
		assertThat(number).isNotBlank();
		assertThat(filed.path("post").path("review").path("complaintNumber").asString()).isEqualTo(number);

		JsonNode theCase = officers.caseOf(number);
		assertThat(theCase.path("source").asString()).isEqualTo("MONITORING_FINDING");
		assertThat(theCase.path("employee").path("nip").asString()).isEqualTo(nip);
		String sha256 = officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + lead).path("capture").path("sha256")
			.asString();
		List<String> evidence = jdbc.sql("""
				select e.kind || ' ' || coalesce(e.sha256, e.url) from report_evidence e join report r on r.id = e.report_id
				where r.complaint_number = :number
				""").param("number", number).query(String.class).list();
		assertThat(evidence).contains("CAPTURE " + sha256, "LINK https://www.instagram.com/p/uji-8511-lead/");
		HttpResponse<byte[]> captured = officers.http().getBytes("/api/v1/cases/" + theCase.path("id").asString()
				+ "/files/" + sha256, "Authorization", "Bearer " + officers.token("TASK_FORCE"));
		assertThat(captured.statusCode()).isEqualTo(200);
		assertThat(PostSnapshot.sha256(captured.body())).isEqualTo(sha256);

		// the timestamp token over the snapshot's hash is evidence too, and the capture checks out
		assertThat(evidence.stream().filter(e -> e.startsWith("CAPTURE ")).count()).isEqualTo(2);
		JsonNode check = officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + lead + "/capture");
		assertThat(check.path("snapshotIntact").asBoolean()).isTrue();
		assertThat(check.path("timestamp").path("intact").asBoolean()).as(check.toString()).isTrue();
		assertThat(check.path("timestamp").path("authority").asString()).contains("Netra DEMO Timestamp Authority");
		assertThat(check.path("intact").asBoolean()).isTrue();
		HttpResponse<byte[]> token = officers.http().getBytes("/api/v1/monitoring/posts/" + lead + "/timestamp-token",
				"Authorization", "Bearer " + officers.token("TASK_FORCE"));
		assertThat(evidence).contains("CAPTURE " + PostSnapshot.sha256(token.body()));

		// a snapshot altered in the database no longer matches the hash taken when the post came in
		jdbc.sql("update monitored_post set snapshot = replace(snapshot, 'Ajakan', 'ajakan') where id = :id")
			.param("id", ordinary).update();
		jdbc.sql("update monitored_post set snapshot = snapshot || ' ' where id = :id").param("id", ordinary).update();
		JsonNode altered = officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + ordinary + "/capture");
		assertThat(altered.path("snapshotIntact").asBoolean()).isFalse();
		assertThat(altered.path("intact").asBoolean()).isFalse();

		HttpResponse<String> twice = officers.post("TASK_FORCE", "/api/v1/monitoring/posts/" + lead + "/decision",
				"{\"decision\": \"DISMISS\", \"note\": \"Berubah pikiran.\"}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from monitoring_example where example_id in (:a, :b)")
			.param("a", "post-" + lead).param("b", "post-" + ordinary).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anOfficerConfirmsWhoWroteAPostAndLaterPostsFromTheAccountAreLinked() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8521, "PEMDA-32", "32.73", "Sulastri Pemantau (sintetis)").get(0);
		long first = UserAgent.json(officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
				{"posts": [{"platform": "tiktok", "url": "https://www.tiktok.com/@sulastri.pemantau/video/1",
				  "author": "@sulastri.pemantau", "text": "Dukung terus calon kita!"}]}""")).path("items").get(0)
			.path("id").asLong();
		JsonNode candidates = officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + first + "/author-candidates");
		List<String> suggested = new ArrayList<>();
		candidates.path("items").forEach(c -> suggested.add(c.path("nip").asString()));
		assertThat(suggested).contains(nip);

		HttpResponse<String> unknown = officers.post("TASK_FORCE", "/api/v1/monitoring/posts/" + first + "/author",
				"{\"nip\": \"199001012015011999\", \"confirmed\": true}");
		assertThat(unknown.statusCode()).isEqualTo(400);

		JsonNode confirmed = officers.act("TASK_FORCE", "/api/v1/monitoring/posts/" + first + "/author",
				"{\"nip\": \"" + nip + "\", \"confirmed\": true}");
		assertThat(confirmed.path("authorNip").asString()).isEqualTo(nip);
		assertThat(confirmed.path("authorLink").asString()).isEqualTo("CONFIRMED");

		JsonNode later = UserAgent.json(officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
				{"posts": [{"platform": "tiktok", "url": "https://www.tiktok.com/@sulastri.pemantau/video/2",
				  "author": "@Sulastri.Pemantau", "text": "Video kegiatan kantor hari ini."}]}""")).path("items").get(0);
		assertThat(later.path("authorNip").asString()).isEqualTo(nip);
		assertThat(later.path("authorLink").asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void importedExamplesAreLearnedBeforeTheAnswerAndTheScoringApiStoresNothing() {
		Officers officers = new Officers(port);
		long before = posts();
		JsonNode learned = officers.act("TASK_FORCE", "/api/v1/monitoring/examples", """
				{"examples": [
				  {"id": "uji-contoh-1", "text": "Coblos paslon nomor satu, pilihan rakyat!", "label": "PARTISAN"},
				  {"id": "uji-contoh-2", "text": "Jadwal pelayanan kantor kecamatan selama libur nasional.", "label": "NEUTRAL"}
				]}""");
		int version = learned.path("modelVersion").asInt();
		assertThat(learned.path("changed").asInt()).isEqualTo(2);
		JsonNode models = officers.get("TASK_FORCE", "/api/v1/monitoring/models");
		assertThat(models.path("inUse").asInt()).isEqualTo(version);
		assertThat(models.path("versions").get(0).path("version").asInt()).isEqualTo(version);

		JsonNode same = officers.act("TASK_FORCE", "/api/v1/monitoring/examples", """
				{"examples": [{"id": "uji-contoh-1", "text": "Coblos paslon nomor satu, pilihan rakyat!", "label": "PARTISAN"}]}""");
		assertThat(same.path("changed").asInt()).isZero();
		assertThat(same.path("modelVersion").asInt()).isEqualTo(version);

		HttpResponse<String> badLabel = officers.post("TASK_FORCE", "/api/v1/monitoring/examples",
				"{\"examples\": [{\"id\": \"x\", \"text\": \"teks\", \"label\": \"MAYBE\"}]}");
		assertThat(badLabel.statusCode()).isEqualTo(400);

		JsonNode scored = officers.act("TASK_FORCE", "/api/v1/monitoring/classifications", """
				{"posts": [{"id": "a", "text": "%s"}, {"id": "b", "text": "Rapat koordinasi anggaran daerah."}]}"""
			.formatted(PARTISAN_TEXT)).path("items");
		assertThat(scored).hasSize(2);
		assertThat(scored.get(0).path("id").asString()).isEqualTo("a");
		assertThat(scored.get(0).path("modelVersion").asInt()).isEqualTo(version);
		assertThat(scored.get(0).path("score").asDouble()).isGreaterThan(scored.get(1).path("score").asDouble());
		assertThat(posts()).isEqualTo(before);
	}

	private long posts() {
		return jdbc.sql("select count(*) from monitored_post").query(Long.class).single();
	}
}
