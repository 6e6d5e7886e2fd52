package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/** News feeds end to end: a real feed server, the poller, the intake, and the feeds API. */
@NetraIntegrationTest
class FeedIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FeedPoller poller;

	@Autowired
	JdbcClient jdbc;

	FeedServer server;

	Officers officers;

	@BeforeEach
	void start() throws Exception {
		server = new FeedServer();
		officers = new Officers(port);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void rssAndAtomItemsArriveOnceAndANewItemIsAddedAtTheNextPoll() throws Exception {
		// given an RSS feed (three items, one without a link) and an Atom feed (two entries)
		String rss = new String(FeedDocumentUnitTests.resource("berita.rss.xml"), StandardCharsets.UTF_8)
			.replace("https://warta.example", server.url("/warta"));
		server.serve("/rss", "application/rss+xml", rss)
			.serveWithoutEtag("/atom", "application/atom+xml",
					new String(FeedDocumentUnitTests.resource("berita.atom.xml"), StandardCharsets.UTF_8));
		long rssFeed = create("Warta Uji RSS", server.url("/rss"), 5);
		long atomFeed = create("Kabar Uji Atom", server.url("/atom"), 5);

		// when both are polled
		pollNow(rssFeed, atomFeed);

		// then every item with a link is a post, received through the feed, in plain text
		JsonNode rssState = feed(rssFeed);
		assertThat(rssState.path("lastResult").asString()).isEqualTo("OK");
		assertThat(rssState.path("lastItems").asInt()).isEqualTo(3);
		assertThat(rssState.path("lastNewItems").asInt()).isEqualTo(2);
		assertThat(rssState.path("lastError").isNull()).isTrue();
		assertThat(feed(atomFeed).path("lastNewItems").asInt()).isEqualTo(2);
		List<JsonNode> posts = posts("news:127.0.0.1");
		assertThat(posts).extracting(post -> post.path("url").asString())
			.as("a relative link is resolved against the feed's address")
			.containsExactlyInAnyOrder(server.url("/warta/berita/1"), server.url("/berita/2"));
		JsonNode first = posts.stream().filter(p -> p.path("url").asString().endsWith("/berita/1")).findFirst().orElseThrow();
		assertThat(first.path("text").asString()).isEqualTo(
				"Kepala Dinas hadir di kampanye\n\nSeorang kepala dinas terlihat & berfoto di panggung kampanye.");
		assertThat(first.path("author").asString()).isEqualTo("Redaksi Warta");
		assertThat(Instant.parse(first.path("postedAt").asString())).isEqualTo(Instant.parse("2024-12-02T01:30:00Z"));
		assertThat(first.path("channel").asString()).isEqualTo("FEED");
		assertThat(first.path("source").asString()).isEqualTo("Warta Uji RSS");
		JsonNode second = posts.stream().filter(p -> p.path("url").asString().endsWith("/berita/2")).findFirst().orElseThrow();
		assertThat(second.path("author").asString()).as("no author: the feed's title").isEqualTo("Warta Uji Nusantara");
		assertThat(posts("news:127.0.0.1").size() + atomPosts().size()).isEqualTo(4);

		// when both are polled again, unchanged
		pollNow(rssFeed, atomFeed);

		// then the RSS server was asked with its ETag and said so; the Atom feed was read again; nothing is new
		assertThat(server.conditionalRequests).anyMatch(request -> request.startsWith("/rss \""));
		assertThat(feed(rssFeed).path("lastResult").asString()).isEqualTo("UNCHANGED");
		assertThat(feed(atomFeed).path("lastResult").asString()).isEqualTo("OK");
		assertThat(feed(atomFeed).path("lastNewItems").asInt()).isZero();
		assertThat(posts("news:127.0.0.1")).hasSize(2);
		assertThat(atomPosts()).hasSize(2);

		// when the RSS feed gets a new item
		server.serve("/rss", "application/rss+xml", rss.replace("<item>", """
				<item><title>Sekda memakai atribut partai</title><link>%s</link>
				<description>Foto di acara resmi.</description><pubDate>Wed, 04 Dec 2024 02:00:00 GMT</pubDate></item>
				<item>""".formatted(server.url("/warta/berita/3"))));
		pollNow(rssFeed);

		// then that item, and only it, is added
		assertThat(feed(rssFeed).path("lastNewItems").asInt()).isEqualTo(1);
		assertThat(feed(rssFeed).path("itemsReceived").asLong()).isEqualTo(3);
		assertThat(posts("news:127.0.0.1")).extracting(post -> post.path("url").asString())
			.containsExactlyInAnyOrder(server.url("/warta/berita/1"), server.url("/berita/2"),
					server.url("/warta/berita/3"));
	}

	@Test
	void aBrokenFeedRecordsItsErrorInWordsAndTheOthersStillPoll() {
		server.fail("/rusak", 500)
			.serve("/bukan-umpan", "text/html", "<html><body>Halaman biasa</body></html>")
			.serve("/baik", "application/rss+xml", """
					<rss version="2.0"><channel><title>Baik</title>
					<item><title>Berita baik</title><link>%s</link><description>Isi</description></item>
					</channel></rss>""".formatted(server.url("/baik/1")));
		long broken = create("Umpan Rusak", server.url("/rusak"), 10);
		long notAFeed = create("Bukan Umpan", server.url("/bukan-umpan"), 10);
		long gone = create("Server Mati", "http://127.0.0.1:9/umpan", 10);
		long good = create("Umpan Baik", server.url("/baik"), 10);

		pollNow(broken, notAFeed, gone, good);

		JsonNode failed = feed(broken);
		assertThat(failed.path("lastResult").asString()).isEqualTo("FAILED");
		assertThat(failed.path("lastError").asString()).contains("kode HTTP 500").contains("interval berikutnya");
		assertThat(Instant.parse(failed.path("nextPollAt").asString()))
			.as("tried again an interval later")
			.isAfter(Instant.parse(failed.path("lastPolledAt").asString()).plus(Duration.ofMinutes(9)));
		assertThat(feed(notAFeed).path("lastError").asString()).contains("bukan umpan RSS 2.0 atau Atom");
		assertThat(feed(gone).path("lastError").asString()).contains("tidak dapat dihubungi");
		JsonNode fine = feed(good);
		assertThat(fine.path("lastResult").asString()).isEqualTo("OK");
		assertThat(fine.path("lastNewItems").asInt()).isEqualTo(1);
		assertThat(posts("news:127.0.0.1")).extracting(post -> post.path("url").asString()).contains(server.url("/baik/1"));

		// the English caller reads the same in English
		HttpResponse<String> english = officers.http().language("en").get("/api/v1/monitoring/feeds/" + broken,
				officers.token("ADMIN"));
		assertThat(UserAgent.json(english).path("lastError").asString()).contains("HTTP status 500");
	}

	@Test
	void administratorsConfigureFeedsTheTaskForceListsThemAndWrongSettingsAreRefused() {
		HttpResponse<String> refused = officers.post("ADMIN", "/api/v1/monitoring/feeds",
				"{\"name\": \" \", \"url\": \"ftp://contoh.id/umpan\", \"pollIntervalMinutes\": 0}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(refused).path("errors")).extracting(error -> error.path("field").asString())
			.containsExactlyInAnyOrder("name", "url", "pollIntervalMinutes");
		assertThat(officers.get("ADMIN", "/api/v1/monitoring/feeds").findValues("name")).extracting(JsonNode::asString)
			.doesNotContain(" ");

		assertThat(officers.post("TASK_FORCE", "/api/v1/monitoring/feeds",
				"{\"name\": \"Satgas\", \"url\": \"https://contoh.id/rss\", \"pollIntervalMinutes\": 5}").statusCode())
			.isEqualTo(403);
		long id = create("Umpan Dikelola", "https://contoh.id/rss", 30);
		assertThat(officers.post("ADMIN", "/api/v1/monitoring/feeds",
				"{\"name\": \"Umpan Dikelola\", \"url\": \"https://contoh.id/lain\", \"pollIntervalMinutes\": 30}")
			.statusCode()).as("the name is taken").isEqualTo(409);
		assertThat(officers.get("TASK_FORCE", "/api/v1/monitoring/feeds").findValues("name"))
			.extracting(JsonNode::asString)
			.contains("Umpan Dikelola");

		HttpResponse<String> disabled = officers.http().exchange("PATCH", "/api/v1/monitoring/feeds/" + id,
				officers.token("ADMIN"), "application/json", "{\"enabled\": false}");
		assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
		assertThat(UserAgent.json(disabled).path("enabled").asBoolean()).isFalse();
		assertThat(UserAgent.json(disabled).path("pollIntervalMinutes").asInt()).isEqualTo(30);
		jdbc.sql("update news_feed set next_poll_at = :past where id = :id")
			.param("past", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
			.param("id", id)
			.update();
		poller.pollDue();
		assertThat(feed(id).path("lastPolledAt").isNull()).as("a disabled feed is not polled").isTrue();

		HttpResponse<String> replaced = officers.http().exchange("PUT", "/api/v1/monitoring/feeds/" + id,
				officers.token("ADMIN"), "application/json", "{\"name\": \"Umpan Dikelola\", \"url\": \"https://contoh.id/rss\"}");
		assertThat(replaced.statusCode()).as("PUT needs every field").isEqualTo(400);
		assertThat(officers.http().delete("/api/v1/monitoring/feeds/" + id, officers.token("TASK_FORCE")).statusCode())
			.isEqualTo(403);
		assertThat(officers.http().delete("/api/v1/monitoring/feeds/" + id, officers.token("ADMIN")).statusCode())
			.isEqualTo(204);
		assertThat(officers.http().get("/api/v1/monitoring/feeds/" + id, officers.token("ADMIN")).statusCode())
			.isEqualTo(404);
	}

	private long create(String name, String url, int minutes) {
		HttpResponse<String> created = officers.post("ADMIN", "/api/v1/monitoring/feeds",
				"{\"name\": \"%s\", \"url\": \"%s\", \"pollIntervalMinutes\": %d}".formatted(name, url, minutes));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return UserAgent.json(created).path("id").asLong();
	}

	private JsonNode feed(long id) {
		return officers.get("ADMIN", "/api/v1/monitoring/feeds/" + id);
	}

	/** Makes the feeds due, polls, and waits until each has a poll newer than before (the scheduler may take one). */
	private void pollNow(long... ids) {
		List<String> before = new ArrayList<>();
		for (long id : ids) {
			before.add(feed(id).path("lastPolledAt").asString(""));
			jdbc.sql("update news_feed set next_poll_at = :past where id = :id")
				.param("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
				.param("id", id)
				.update();
		}
		poller.pollDue();
		for (int i = 0; i < ids.length; i++) {
			long id = ids[i];
			String previous = before.get(i);
			await("poll of feed " + id).atMost(Duration.ofSeconds(30))
				.until(() -> feed(id).path("lastPolledAt").asString(""), polled -> !polled.isEmpty() && !polled.equals(previous));
		}
	}

	private List<JsonNode> posts(String platform) {
		JsonNode page = officers.get("TASK_FORCE", "/api/v1/monitoring/posts?status=ALL&size=100&platform=" + platform);
		List<JsonNode> items = new ArrayList<>();
		page.path("items").forEach(items::add);
		return items.stream().filter(post -> post.path("url").asString().startsWith(server.url("/"))).toList();
	}

	private List<JsonNode> atomPosts() {
		JsonNode page = officers.get("TASK_FORCE", "/api/v1/monitoring/posts?status=ALL&size=100&platform=news:127.0.0.1");
		List<JsonNode> items = new ArrayList<>();
		page.path("items").forEach(items::add);
		return items.stream()
			.filter(post -> post.path("url").asString().startsWith("https://atom.example/kabar/"))
			.filter(post -> post.path("source").asString().equals("Kabar Uji Atom"))
			.toList();
	}
}
