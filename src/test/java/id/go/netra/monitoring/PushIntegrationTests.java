package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/** Crawlers' signed push: accepted when signed with the source's secret, refused (401, nothing stored) otherwise. */
@NetraIntegrationTest
class PushIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aCorrectlySignedPushIsReceivedWithoutAnAccountAndOnlyOnce() {
		Officers officers = new Officers(port);
		String secret = createSource(officers, "crawler-uji-satu");
		String body = posts("crawler-uji-satu", "https://crawler.example/p/1", "https://crawler.example/p/2");

		HttpResponse<String> pushed = push("crawler-uji-satu", secret, now(), body);

		assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
		JsonNode items = UserAgent.json(pushed).path("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).path("created").asBoolean()).isTrue();
		assertThat(items.get(0).path("url").asString()).isEqualTo("https://crawler.example/p/1");
		JsonNode stored = officers.get("TASK_FORCE", "/api/v1/monitoring/posts/" + items.get(0).path("id").asLong());
		assertThat(stored.path("channel").asString()).isEqualTo("PUSH");
		assertThat(stored.path("source").asString()).isEqualTo("crawler-uji-satu");

		HttpResponse<String> again = push("crawler-uji-satu", secret, now(), body);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(again).path("items").get(0).path("created").asBoolean()).isFalse();
		assertThat(stored(officers, "crawler-uji-satu")).isEqualTo(2);
		JsonNode sources = officers.get("ADMIN", "/api/v1/monitoring/push-sources");
		JsonNode source = null;
		for (JsonNode each : sources) {
			source = each.path("name").asString().equals("crawler-uji-satu") ? each : source;
		}
		assertThat(source.path("postsReceived").asLong()).as("new posts counted, repeats not").isEqualTo(2);
		assertThat(source.path("lastPushAt").isNull()).isFalse();
	}

	@Test
	void aWrongSignatureAStaleTimestampMissingHeadersAndAnUnknownSourceAreRefusedAndStoreNothing() {
		Officers officers = new Officers(port);
		String secret = createSource(officers, "crawler-uji-dua");
		String body = posts("crawler-uji-dua", "https://crawler.example/q/1");
		String now = now();

		assertRefused(push("crawler-uji-dua", "rahasia-lain", now, body), "tidak cocok");
		// a body changed after signing
		assertRefused(pushSigned("crawler-uji-dua", now, sign(secret, now, body), body.replace("q/1", "q/9")),
				"tidak cocok");
		// the signature of another moment
		assertRefused(pushSigned("crawler-uji-dua", now, sign(secret, stale(), body), body), "tidak cocok");
		assertRefused(push("crawler-uji-dua", secret, stale(), body), "lebih dari 5 menit");
		String future = Long.toString(Instant.now().getEpochSecond() + 6 * 60);
		assertRefused(push("crawler-uji-dua", secret, future, body), "lebih dari 5 menit");
		assertRefused(new UserAgent(port).postJson("/api/v1/monitoring/push/crawler-uji-dua", null, body), "X-Netra-Timestamp");
		assertRefused(push("crawler-uji-dua", secret, "kemarin", body), "detik sejak epoch");
		assertRefused(pushSigned("crawler-uji-dua", now, "sha256=zz", body), "tidak cocok");
		assertRefused(push("crawler-tak-dikenal", secret, now, body), "tidak dikenal");

		assertThat(stored(officers, "crawler-uji-dua")).as("nothing refused is stored").isZero();
		assertThat(push("crawler-uji-dua", secret, now, body).statusCode()).as("the same push, signed").isEqualTo(200);
	}

	@Test
	void aDisabledSourceIsRefusedAndARotatedSecretReplacesTheOldOne() {
		Officers officers = new Officers(port);
		String secret = createSource(officers, "crawler-uji-tiga");
		String body = posts("crawler-uji-tiga", "https://crawler.example/r/1");

		HttpResponse<String> disabled = officers.http().exchange("PATCH", "/api/v1/monitoring/push-sources/crawler-uji-tiga",
				officers.token("ADMIN"), "application/json", "{\"enabled\": false}");
		assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
		assertRefused(push("crawler-uji-tiga", secret, now(), body), "dinonaktifkan");
		officers.http().exchange("PATCH", "/api/v1/monitoring/push-sources/crawler-uji-tiga", officers.token("ADMIN"),
				"application/json", "{\"enabled\": true}");

		HttpResponse<String> rotated = officers.post("ADMIN", "/api/v1/monitoring/push-sources/crawler-uji-tiga/secret", "");
		assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
		String fresh = UserAgent.json(rotated).path("secret").asString();
		assertThat(fresh).isNotEqualTo(secret);
		assertRefused(push("crawler-uji-tiga", secret, now(), body), "tidak cocok");
		assertThat(stored(officers, "crawler-uji-tiga")).isZero();
		assertThat(push("crawler-uji-tiga", fresh, now(), body).statusCode()).isEqualTo(200);
		assertThat(stored(officers, "crawler-uji-tiga")).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsManagePushSourcesAndAName() {
		Officers officers = new Officers(port);
		assertThat(officers.post("TASK_FORCE", "/api/v1/monitoring/push-sources", "{\"name\": \"crawler-satgas\"}")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> badName = officers.post("ADMIN", "/api/v1/monitoring/push-sources", "{\"name\": \"Crawler Satu!\"}");
		assertThat(badName.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(badName).path("errors").get(0).path("field").asString()).isEqualTo("name");
		createSource(officers, "crawler-uji-empat");
		assertThat(officers.post("ADMIN", "/api/v1/monitoring/push-sources", "{\"name\": \"crawler-uji-empat\"}")
			.statusCode()).isEqualTo(409);
		assertThat(officers.get("ADMIN", "/api/v1/monitoring/push-sources").findValues("secret"))
			.as("a secret is shown once, never listed")
			.isEmpty();
	}

	private static String createSource(Officers officers, String name) {
		HttpResponse<String> created = officers.post("ADMIN", "/api/v1/monitoring/push-sources", "{\"name\": \"" + name + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String secret = UserAgent.json(created).path("secret").asString();
		assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
		return secret;
	}

	/** Posts of a platform named after the source, so that what a test stored can be counted. */
	private static String posts(String platform, String... urls) {
		StringBuilder posts = new StringBuilder("{\"posts\": [");
		for (int i = 0; i < urls.length; i++) {
			posts.append(i == 0 ? "" : ",").append("""
					{"platform": "%s", "url": "%s", "author": "@akun_uji", "postedAt": "2024-02-01T05:00:00Z",
					 "text": "Unggahan uji nomor %d dari crawler"}""".formatted(platform, urls[i], i));
		}
		return posts.append("]}").toString();
	}

	private static String stale() {
		return Long.toString(Instant.now().getEpochSecond() - 6 * 60);
	}

	private static String now() {
		return Long.toString(Instant.now().getEpochSecond());
	}

	static String sign(String secret, String timestamp, String body) {
		return "sha256=" + HexFormat.of().formatHex(PushSources.hmac(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> push(String source, String secret, String timestamp, String body) {
		return pushSigned(source, timestamp, sign(secret, timestamp, body), body);
	}

	/** Sends a body with the headers as given, without a token. */
	private HttpResponse<String> pushSigned(String source, String timestamp, String signature, String body) {
		return new UserAgent(port).postJson("/api/v1/monitoring/push/" + source, null, body, "X-Netra-Timestamp",
				timestamp, "X-Netra-Signature", signature);
	}

	private static void assertRefused(HttpResponse<String> response, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = UserAgent.json(response);
		assertThat(problem.path("type").asString()).isEqualTo("urn:netra:problem:push-signature");
		assertThat(problem.path("detail").asString()).contains(detail);
	}

	private static long stored(Officers officers, String platform) {
		return officers.get("TASK_FORCE", "/api/v1/monitoring/posts?status=ALL&platform=" + platform).path("total").asLong();
	}
}
