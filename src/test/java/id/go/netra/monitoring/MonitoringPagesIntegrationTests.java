package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * Files of posts from crawlers and platform tools, over the API and on the upload page: good rows come in once,
 * wrong rows are reported by line in words and stored not at all; and the dashboard's precision per week and
 * platform from decided posts.
 */
@NetraIntegrationTest
class MonitoringPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCsvFileBringsInItsGoodRowsReportsTheWrongOnesByLineAndMayBeSentAgain() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8601, "PEMDA-32", "32.73", "Unggah Satu (sintetis)").get(0);
		String csv = "\uFEFFTeks,Tautan,Platform,Penulis,Waktu,Media\r\n"
				+ "\"Ayo coblos nomor 2, menangkan!\",https://www.instagram.com/p/uji-8601-a/,Instagram,@uji8601,2024-01-20 10:00,https://cdn.example.org/a.jpg|https://cdn.example.org/b.jpg\r\n"
				+ "Tanpa alamat,,instagram,@uji8601,,\r\n"
				+ "Jadwal posyandu minggu ini,https://www.instagram.com/p/uji-8601-b/,instagram,,2024-01-21T08:00:00+07:00,\r\n"
				+ "Waktu salah,https://www.instagram.com/p/uji-8601-c/,instagram,,besok pagi,\r\n";
		long before = posts();

		HttpResponse<String> first = importFile(officers, "text/csv", "ekspor-8601.csv", csv);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode summary = UserAgent.json(first);
		assertThat(summary.path("received").asInt()).isEqualTo(4);
		assertThat(summary.path("created").asInt()).isEqualTo(2);
		assertThat(summary.path("known").asInt()).isZero();
		assertThat(summary.path("refused").asInt()).isEqualTo(2);
		JsonNode rows = summary.path("rows");
		assertThat(rows.get(0).path("line").asLong()).isEqualTo(3);
		assertThat(rows.get(0).path("problems").get(0).path("field").asString()).isEqualTo("tautan");
		assertThat(rows.get(0).path("problems").get(0).path("message").asString()).isEqualTo("Wajib diisi.");
		assertThat(rows.get(1).path("line").asLong()).isEqualTo(5);
		assertThat(rows.get(1).path("problems").get(0).path("message").asString()).startsWith("Waktu tidak terbaca");
		assertThat(posts()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select count(*) from monitored_post where url = :url")
			.param("url", "https://www.instagram.com/p/uji-8601-c/").query(Long.class).single()).isZero();
		JsonNode stored = jdbc.sql("select id from monitored_post where url = :url")
			.param("url", "https://www.instagram.com/p/uji-8601-a/")
			.query(Long.class)
			.optional()
			.map(id -> officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + id))
			.orElseThrow();
		assertThat(stored.path("channel").asString()).isEqualTo("UPLOAD");
		assertThat(stored.path("source").asString()).isEqualTo("ekspor-8601.csv");
		assertThat(stored.path("authorNip").asString()).isEqualTo(nip);
		assertThat(stored.path("postedAt").asString()).isEqualTo("2024-01-20T03:00:00Z");
		assertThat(stored.path("media")).hasSize(2);

		// sent again: nothing new, the good rows known, the wrong rows refused again
		JsonNode again = UserAgent.json(importFile(officers, "text/csv", "ekspor-8601.csv", csv));
		assertThat(again.path("created").asInt()).isZero();
		assertThat(again.path("known").asInt()).isEqualTo(2);
		assertThat(again.path("refused").asInt()).isEqualTo(2);
		assertThat(posts()).isEqualTo(before + 2);

		// the refused rows as a CSV to fix and send again
		HttpResponse<String> refusedCsv = officers.http().exchange("POST",
				"/api/v1/monitoring/posts/import?fileName=ekspor-8601.csv", officers.token("TASK_FORCE"), "text/csv", csv,
				"Accept", "text/csv");
		assertThat(refusedCsv.body().split("\r\n")).hasSize(3);
		assertThat(refusedCsv.body()).startsWith("baris,masalah,platform,url,author,postedAt,text,media\r\n3,")
			.contains("\r\n5,").contains("besok pagi");
	}

	@Test
	void aJsonLinesFileWithALineThatIsNotJsonAndWholeFilesThatAreRefused() {
		Officers officers = new Officers(port);
		long before = posts();
		String jsonl = """
				{"platform": "tiktok", "url": "https://www.tiktok.com/@uji8602/video/1", "author": "@uji8602", "text": "Video kegiatan kantor", "postedAt": "2024-02-01T08:00:00+07:00"}
				{"platform": "tiktok", "url": "https://www.tiktok.com/@uji8602/video/2", "text": "terpotong"
				{"platform": "tiktok", "url": "javascript:alert(1)", "text": "alamat salah"}
				""";
		JsonNode summary = UserAgent.json(importFile(officers, "application/x-ndjson", null, jsonl));
		assertThat(summary.path("created").asInt()).isEqualTo(1);
		assertThat(summary.path("refused").asInt()).isEqualTo(2);
		assertThat(summary.path("rows").get(0).path("line").asLong()).isEqualTo(2);
		assertThat(summary.path("rows").get(0).path("problems").get(0).path("message").asString())
			.isEqualTo("Baris ini bukan objek JSON.");
		assertThat(summary.path("rows").get(1).path("problems").get(0).path("message").asString())
			.contains("http:// atau https://");
		assertThat(posts()).isEqualTo(before + 1);

		HttpResponse<String> missing = importFile(officers, "text/csv", "a.csv", "platform,penulis,teks\r\nx,@a,halo\r\n");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("url/tautan");
		HttpResponse<String> empty = importFile(officers, "text/csv", "a.csv", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Berkas kosong");
		HttpResponse<String> ppk = officers.http().exchange("POST", "/api/v1/monitoring/posts/import", officers.token("PPK"),
				"text/csv", "platform,url,text\r\nx,https://x.com/a/status/8602,halo\r\n");
		assertThat(ppk.statusCode()).isEqualTo(403);
		assertThat(posts()).isEqualTo(before + 1);
	}

	@Test
	void theUploadPageReportsEachRefusedRowAndOffersThemAsCsv() {
		UserAgent satgas = signedIn("TASK_FORCE");
		long before = posts();
		byte[] file = ("platform,url,text\r\n"
				+ "facebook,https://www.facebook.com/uji8603/posts/1,Kegiatan donor darah\r\n"
				+ "facebook,https://www.facebook.com/uji8603/posts/2,\r\n").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> page = satgas.submitFile("/pemantauan/unggah", "/pemantauan/unggah", Map.of(), "file",
				"pos-8603.csv", file);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"upload-created\">1<").contains("data-testid=\"upload-refused\">1<")
			.contains("data-line=\"3\"").contains("teks: Wajib diisi.");
		assertThat(posts()).isEqualTo(before + 1);
		HttpResponse<String> refused = satgas.get("/pemantauan/unggah/ditolak.csv");
		assertThat(refused.headers().firstValue("Content-Disposition").orElse("")).contains("pos-ditolak.csv");
		assertThat(refused.body()).contains("\r\n3,teks: Wajib diisi.,facebook,https://www.facebook.com/uji8603/posts/2");

		HttpResponse<String> wrongKind = satgas.submitFile("/pemantauan/unggah", "/pemantauan/unggah", Map.of(), "file",
				"pos.xlsx", file);
		assertThat(wrongKind.body()).contains("Berkas harus JSON Lines");
		assertThat(posts()).isEqualTo(before + 1);

		HttpResponse<String> forbidden = signedIn("PPK").get("/pemantauan/unggah");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(signedIn("PPK").get("/pemantauan").statusCode()).isEqualTo(403);
	}

	@Test
	void theDashboardShowsPrecisionPerWeekAndPlatformFromDecidedPosts() {
		Officers officers = new Officers(port);
		// week 2019-W10: three labelled PARTISAN, two became leads, one dismissed; a NEUTRAL one dismissed
		// week 2019-W11: only a NEUTRAL one, dismissed: no precision to tell; week 2019-W12: one lead
		List<String> urls = new ArrayList<>();
		StringBuilder jsonl = new StringBuilder();
		String[][] planted = { { "2019-03-05T10:00:00+07:00", "PARTISAN", "LEAD" },
				{ "2019-03-06T10:00:00+07:00", "PARTISAN", "LEAD" }, { "2019-03-07T10:00:00+07:00", "PARTISAN", "DISMISS" },
				{ "2019-03-08T10:00:00+07:00", "NEUTRAL", "DISMISS" }, { "2019-03-12T10:00:00+07:00", "NEUTRAL", "DISMISS" },
				{ "2019-03-13T10:00:00+07:00", "PARTISAN", null }, { "2019-03-19T10:00:00+07:00", "PARTISAN", "LEAD" } };
		for (int i = 0; i < planted.length; i++) {
			String url = "https://uji-dasbor-8610.example.org/pos/" + i;
			urls.add(url);
			jsonl.append("{\"platform\": \"uji-dasbor-8610\", \"url\": \"").append(url).append("\", \"text\": \"pos ")
				.append(i).append("\", \"postedAt\": \"").append(planted[i][0]).append("\"}\n");
		}
		assertThat(UserAgent.json(importFile(officers, "application/x-ndjson", "dasbor.jsonl", jsonl.toString()))
			.path("created").asInt()).isEqualTo(planted.length);
		for (int i = 0; i < planted.length; i++) {
			jdbc.sql("update monitored_post set label = :label where url = :url")
				.param("label", planted[i][1])
				.param("url", urls.get(i))
				.update();
			if (planted[i][2] != null) {
				jdbc.sql("""
						update monitored_post set decision = :decision, decided_at = received_at, decided_by = 'uji'
						where url = :url""").param("decision", planted[i][2]).param("url", urls.get(i)).update();
			}
		}

		String page = signedIn("TASK_FORCE").get("/pemantauan/dasbor").body();

		assertThat(row(page, "2019-W10")).containsEntry("decided", "4").containsEntry("partisan", "3")
			.containsEntry("leads", "2").containsEntry("precision", "66,7%");
		assertThat(row(page, "2019-W11")).containsEntry("decided", "1").containsEntry("partisan", "0")
			.containsEntry("precision", "belum ada keputusan");
		assertThat(row(page, "2019-W12")).containsEntry("partisan", "1").containsEntry("precision", "100%");
		assertThat(row(page, "uji-dasbor-8610")).containsEntry("decided", "6").containsEntry("partisan", "4")
			.containsEntry("leads", "3").containsEntry("precision", "75%");
		assertThat(page).contains("Minggu 2019-W10, mulai 4 Maret 2019");
		assertThat(page).contains("data-testid=\"model-versions\"");
		// every phase of the calendar has a row, those without a decided post say so
		long phases = jdbc.sql("select count(*) from election_phase").query(Long.class).single();
		Matcher phaseRows = Pattern.compile("<tr data-key=\"[^\"]+:[A-Z_]+\"").matcher(page);
		assertThat(phaseRows.results().count()).isEqualTo(phases);
		// the weekly precision is drawn where two weeks have one
		assertThat(page).contains("data-table=\"table-weeks\"");
		String english = signedIn("TASK_FORCE").get("/pemantauan/dasbor?lang=en").body();
		assertThat(row(english, "2019-W11")).containsEntry("precision", "no decision yet");
		assertThat(row(english, "2019-W10")).containsEntry("precision", "66.7%");
	}

	@Test
	void anAdministratorEditsALexiconLineByLineAndAWrongLineChangesNothing() {
		UserAgent admin = signedIn("ADMIN");
		// not the election whose lexicon Netra seeds: other tests of this application score posts with it
		String election = jdbc.sql("select code from election where code <> :seeded order by voting_date")
			.param("seeded", LexiconSeeder.ELECTION)
			.query(String.class)
			.list()
			.get(0);
		String address = "/pemantauan/leksikon?election=" + election;
		HttpResponse<String> saved = admin.submit(address, "/pemantauan/leksikon", Map.of("election", election,
				"CANDIDATE", "Calon Uji Baku\nCaluj = Calon Uji Baku\n\n", "HASHTAG", "#UjiLeksikon8620"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String page = admin.get(address).body();
		assertThat(page).contains("Caluj = Calon Uji Baku").contains("UjiLeksikon8620");

		HttpResponse<String> refused = admin.submit(address, "/pemantauan/leksikon", Map.of("election", election,
				"CANDIDATE", "Calon Lain\n = Calon Lain Baku", "HASHTAG", "#Lain"));
		assertThat(refused.body()).contains("Baris 2: Wajib diisi.").contains("Leksikon belum disimpan");
		assertThat(admin.get(address).body()).contains("UjiLeksikon8620").doesNotContain("Calon Lain");

		// the task force reads it without a form; a reader cannot save
		UserAgent satgas = signedIn("TASK_FORCE");
		String read = satgas.get(address).body();
		assertThat(read).contains("Caluj").contains("(Calon Uji Baku)").doesNotContain("data-testid=\"lexicon-form\"");
		HttpResponse<String> notAllowed = satgas.submit(address, "/pemantauan/leksikon",
				Map.of("election", election, "CANDIDATE", "Siapa saja"));
		assertThat(notAllowed.statusCode()).isEqualTo(403);
		assertThat(admin.get(address).body()).doesNotContain("Siapa saja");
	}

	@Test
	void onThePostPageAnOfficerConfirmsTheAuthorAndAWrongNipIsRefusedInTheForm() {
		Officers officers = new Officers(port);
		List<String> nips = officers.employ(8630, "PEMDA-32", "32.73", "Wiryawan Halaman (sintetis)",
				"Wiryawan Lain (sintetis)");
		long id = UserAgent.json(officers.post("TASK_FORCE", "/api/v1/monitoring/posts", """
				{"posts": [{"platform": "x", "url": "https://x.com/wiryawan_halaman/status/8630",
				  "author": "@wiryawan.halaman", "text": "Dukung terus calon kita!"}]}""")).path("items").get(0)
			.path("id").asLong();
		UserAgent satgas = signedIn("TASK_FORCE");
		String address = "/pemantauan/" + id;

		String page = satgas.get(address).body();
		assertThat(page).contains("data-nip=\"" + nips.get(0) + "\"").contains("Belum tertaut ke pegawai");
		// the lead form offers the first suggestion's NIP
		assertThat(page).containsPattern("id=\"lead-nip\"[^>]*value=\"" + nips.get(0) + "\"");

		// a NIP that is not one is refused in the form, in words, and nothing is decided
		HttpResponse<String> wrong = satgas.submit(address, address + "/temuan", Map.of("nip", "12345", "note", ""));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"lead-nip-error\"").contains("NIP harus 18 angka.")
			.contains("value=\"12345\"");
		assertThat(officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + id).path("review").isNull()).isTrue();

		HttpResponse<String> confirmed = satgas.submit(address, address + "/penulis",
				Map.of("nip", nips.get(0), "confirmed", "true"));
		assertThat(UserAgent.location(confirmed)).endsWith(address);
		String linked = satgas.get(address).body();
		assertThat(linked).contains("Wiryawan Halaman (sintetis)").contains("dikonfirmasi petugas")
			.doesNotContain("data-testid=\"author-suggestions\"");
		assertThat(satgas.get("/pemantauan?platform=x").body()).contains("NIP " + nips.get(0))
			.contains("dikonfirmasi petugas");
	}

	private UserAgent signedIn(String role) {
		UserAgent agent = new UserAgent(port);
		DemoAccountRows account = DemoAccountRows.of(role);
		agent.signIn(account.username(), account.password());
		return agent;
	}

	/** A precision table's row by its key, as its data attributes and the precision cell's text. */
	private static Map<String, String> row(String page, String key) {
		Matcher row = Pattern.compile("<tr data-key=\"" + Pattern.quote(key) + "\" data-decided=\"(\\d+)\" "
				+ "data-partisan=\"(\\d+)\" data-leads=\"(\\d+)\"[^>]*>.*?data-testid=\"precision\">([^<]*)<", Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("row " + key).isTrue();
		return Map.of("decided", row.group(1), "partisan", row.group(2), "leads", row.group(3), "precision",
				row.group(4));
	}

	private static HttpResponse<String> importFile(Officers officers, String type, String fileName, String body) {
		return officers.http().exchange("POST", "/api/v1/monitoring/posts/import"
				+ (fileName == null ? "" : "?fileName=" + fileName), officers.token("TASK_FORCE"), type, body);
	}

	private long posts() {
		return jdbc.sql("select count(*) from monitored_post").query(Long.class).single();
	}
}
