package id.go.netra.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook deliveries in the OpenAPI document, as OpenAPI 3.1 {@code webhooks}: one POST per event type and
 * version, with its JSON schema (the same file GET /api/v1/webhooks/events/{name} serves) and the signing headers
 * (ADR 0041, 0043).
 */
@Configuration(proxyBeanMethods = false)
class WebhookDocumentation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	OpenApiCustomizer webhookDeliveries() {
		return api -> {
			for (EventType type : EventType.values()) {
				api.addWebhooks(type.schemaName(), new PathItem().post(delivery(type)));
			}
		};
	}

	private static Operation delivery(EventType type) {
		Schema<?> payload = schema(type);
		return new Operation().operationId("deliver_" + type.schemaName().replace('.', '_'))
			.addTagsItem("Webhooks")
			.summary(type.wireName() + " v" + type.version() + ": " + payload.getDescription())
			.description("POSTed to each subscribed URL, at least once (deduplicate on the payload's `id`), retried "
					+ "with exponential backoff and jitter for 24 hours, then dead-lettered. Check `X-Netra-Signature` "
					+ "against the HMAC-SHA256 of `<X-Netra-Timestamp>.<raw body>` keyed with the subscription's "
					+ "secret, and refuse a timestamp more than a few minutes old (replay). Redirects are not followed.")
			.addParametersItem(header("X-Netra-Event", "The event type, e.g. " + type.wireName()))
			.addParametersItem(header("X-Netra-Delivery", "The delivery's id; the same on every attempt"))
			.addParametersItem(header("X-Netra-Timestamp", "Seconds since the epoch when this attempt was signed"))
			.addParametersItem(header("X-Netra-Signature", "sha256= and the hex HMAC-SHA256 described above"))
			.requestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/json", new MediaType().schema(payload))))
			.responses(new ApiResponses()
				.addApiResponse("2XX", new ApiResponse().description("Received; the delivery is done"))
				.addApiResponse("default", new ApiResponse().description("Not received: tried again later")));
	}

	private static HeaderParameter header(String name, String description) {
		HeaderParameter header = new HeaderParameter();
		header.name(name).required(true).description(description).schema(new StringSchema());
		return header;
	}

	private static Schema<?> schema(EventType type) {
		try (InputStream in = new ClassPathResource(type.schemaPath()).getInputStream()) {
			return schema(JSON.readTree(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException("schema missing: " + type.schemaPath(), e);
		}
	}

	/** The JSON Schema keywords our event schemas use, as the OpenAPI 3.1 model holds them. */
	private static Schema<?> schema(JsonNode node) {
		JsonSchema schema = new JsonSchema();
		if (node.has("$schema")) {
			schema.$schema(node.get("$schema").asString());
		}
		if (node.has("$id")) {
			schema.$id(node.get("$id").asString());
		}
		text(node, "title").ifPresent(schema::title);
		text(node, "description").ifPresent(schema::description);
		text(node, "format").ifPresent(schema::format);
		JsonNode types = node.get("type");
		if (types != null) {
			Set<String> names = new LinkedHashSet<>();
			if (types.isArray()) {
				types.forEach(t -> names.add(t.asString()));
			}
			else {
				names.add(types.asString());
			}
			schema.types(names);
		}
		if (node.has("const")) {
			schema.setConst(value(node.get("const")));
		}
		if (node.has("enum")) {
			List<Object> values = new ArrayList<>();
			node.get("enum").forEach(v -> values.add(value(v)));
			schema.setEnum(values);
		}
		if (node.has("items")) {
			schema.items(schema(node.get("items")));
		}
		if (node.has("properties")) {
			Map<String, Schema> properties = new LinkedHashMap<>();
			node.get("properties").properties().forEach(p -> properties.put(p.getKey(), schema(p.getValue())));
			schema.properties(properties);
		}
		if (node.has("required")) {
			List<String> required = new ArrayList<>();
			node.get("required").forEach(r -> required.add(r.asString()));
			schema.required(required);
		}
		JsonNode additional = node.get("additionalProperties");
		if (additional != null) {
			schema.additionalProperties(additional.isBoolean() ? (Object) additional.asBoolean() : schema(additional));
		}
		return schema;
	}

	private static Optional<String> text(JsonNode node, String name) {
		return node.has(name) ? Optional.of(node.get(name).asString()) : Optional.empty();
	}

	private static Object value(JsonNode node) {
		return node.isNull() ? null : node.isNumber() ? node.numberValue() : node.isBoolean() ? node.asBoolean() : node.asString();
	}
}
