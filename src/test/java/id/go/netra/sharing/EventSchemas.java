package id.go.netra.sharing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a delivered event against the JSON Schema (draft 2020-12) Netra serves for its type and version at
 * {@code /api/v1/webhooks/events/<type>.v<version>}, as a receiver would.
 */
final class EventSchemas {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UserAgent http;
	private final String token;
	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	EventSchemas(UserAgent http, String token) {
		this.http = http;
		this.token = token;
	}

	/** What the body breaks in its schema, in the validator's words; empty when it conforms. */
	List<String> violations(String body) {
		JsonNode event = JSON.readTree(body);
		String name = event.path("type").asString() + ".v" + event.path("version").asInt();
		Schema schema = schemas.computeIfAbsent(name,
				n -> registry.getSchema(http.get("/api/v1/webhooks/events/" + n, token).body()));
		return schema.validate(event).stream().map(error -> name + ": " + error).toList();
	}
}
