package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document committed at {@value #COMMITTED} (from which the test client is generated at build time)
 * is the one the running application serves at /v3/api-docs. When an operation or a schema changes, this test
 * fails with the JSON paths that differ; refresh the file with
 * {@code ./mvnw -B -ntp -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=OpenApiDocumentIntegrationTests -Dnetra.openapi.refresh=true} and commit it.
 */
@NetraIntegrationTest
class OpenApiDocumentIntegrationTests {

	static final String COMMITTED = "src/test/resources/openapi/netra-api.json";

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	@LocalServerPort
	int port;

	@Test
	void theCommittedDocumentIsTheOneTheApplicationServes() throws IOException {
		// given the document the running application serves
		HttpResponse<String> served = new UserAgent(port).get("/v3/api-docs");
		assertThat(served.statusCode()).isEqualTo(200);
		String fresh = canonical(served.body());
		Path committed = Path.of(COMMITTED);

		// when asked to refresh, it becomes the committed one
		if (Boolean.getBoolean("netra.openapi.refresh")) {
			Files.writeString(committed, fresh, StandardCharsets.UTF_8);
		}

		// then the committed document says the same
		Path written = Path.of("target", "openapi", "netra-api.served.json");
		Files.createDirectories(written.getParent());
		Files.writeString(written, fresh, StandardCharsets.UTF_8);
		List<String> differences = new ArrayList<>();
		compare("", CANONICAL.readTree(Files.readString(committed)), CANONICAL.readTree(fresh), differences);
		assertThat(differences).as("""
				%s is stale: the served document (written to %s) differs at these JSON paths. Refresh it with
				./mvnw -B -ntp -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
				-Dit.test=OpenApiDocumentIntegrationTests -Dnetra.openapi.refresh=true
				and commit it (the test client is generated from it).""".formatted(COMMITTED, written))
			.isEmpty();
	}

	/**
	 * The document with what varies by run left out (the server's random port, the build's version) and its keys
	 * sorted, so that the committed file changes only when the API does.
	 */
	static String canonical(String document) {
		@SuppressWarnings("unchecked")
		Map<String, Object> tree = CANONICAL.readValue(document, Map.class);
		tree.remove("servers");
		@SuppressWarnings("unchecked")
		Map<String, Object> info = (Map<String, Object>) tree.get("info");
		info.put("version", "see /v3/api-docs");
		return CANONICAL.writeValueAsString(tree) + "\n";
	}

	private static void compare(String path, JsonNode committed, JsonNode served, List<String> differences) {
		if (differences.size() >= 40 || committed.equals(served)) {
			return;
		}
		if (committed.isObject() && served.isObject()) {
			for (String name : union(committed.propertyNames(), served.propertyNames())) {
				JsonNode a = committed.get(name);
				JsonNode b = served.get(name);
				String at = path + "/" + name.replace("~", "~0").replace("/", "~1");
				if (a == null || b == null) {
					differences.add(at + (a == null ? " only served" : " only committed"));
				}
				else {
					compare(at, a, b, differences);
				}
			}
			return;
		}
		differences.add(path + ": committed " + abbreviate(committed) + ", served " + abbreviate(served));
	}

	private static List<String> union(Iterable<String> a, Iterable<String> b) {
		List<String> names = new ArrayList<>();
		a.forEach(names::add);
		for (Iterator<String> i = b.iterator(); i.hasNext();) {
			String name = i.next();
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}
}
