package id.go.netra.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * What the OpenAPI document says of every API operation besides its own annotations (ADR 0043): a stable
 * operationId named after its controller and method (generated clients keep their method names from build to
 * build), the problem+json answers ErrorHandling gives, and JSON where an answer is JSON.
 */
@Configuration(proxyBeanMethods = false)
class ApiConventions {

	static final String PROBLEM = "Problem";

	/** {@code caseList} for CaseApiController.list, unless the operation names itself. */
	@Bean
	OperationCustomizer stableOperationIds() {
		return (operation, handler) -> {
			io.swagger.v3.oas.annotations.Operation declared = handler
				.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
			if (declared == null || declared.operationId().isEmpty()) {
				String controller = handler.getBeanType().getSimpleName().replaceFirst("(Api)?Controller$", "");
				operation.setOperationId(StringUtils.uncapitalize(controller)
						+ StringUtils.capitalize(handler.getMethod().getName()));
			}
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer problemAnswers() {
		return api -> {
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas(PROBLEM, problem());
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/")) {
					item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
				}
			});
		};
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.values().forEach(ApiConventions::jsonNotAnything);
		boolean open = path.startsWith("/api/v1/public/");
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		answer(responses, "400", "Invalid request or data, said in the caller's language; for invalid fields "
				+ "`errors` lists each with its message. Nothing was changed.");
		if (!open) {
			answer(responses, "401", "No valid access token (POST /oauth2/token).");
			answer(responses, "403", "The caller's role may not do this.");
		}
		answer(responses, "404", "Not found, or outside the caller's scope (never said which).");
		if (changes) {
			answer(responses, "409", "Someone else changed it meanwhile, or it is not possible in its current state; "
					+ "nothing was changed.");
		}
		if (open) {
			answer(responses, "429", "Too many requests from this address; `Retry-After` says when to try again.");
		}
		answer(responses, "500", "Netra ran into a problem; it has been logged and nothing half-done was kept.");
		answer(responses, "503", "The database cannot be reached right now; try again in a few seconds.");
	}

	private static void answer(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	/** Springdoc writes {@code *}{@code /*} for an answer whose media type the handler leaves open: JSON it is. */
	private static void jsonNotAnything(ApiResponse response) {
		Content content = response.getContent();
		if (content != null && content.containsKey("*/*")) {
			MediaType any = content.remove("*/*");
			Schema<?> schema = any.getSchema();
			boolean bytes = schema != null && "binary".equals(schema.getFormat());
			content.addMediaType(bytes ? "application/octet-stream" : "application/json", any);
		}
	}

	private static Schema<?> problem() {
		ObjectSchema field = new ObjectSchema();
		field.addProperty("field", new StringSchema().description("The field, as named in the request"));
		field.addProperty("message", new StringSchema().description("What is wrong with it, in words"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details, in the caller's language (Accept-Language: id or en).");
		problem.addProperty("type", new StringSchema().format("uri")
			.description("Stable, e.g. " + ErrorHandling.TYPE_PREFIX + "invalid-request"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema().description("What happened and what to do, in words"));
		problem.addProperty("instance", new StringSchema().format("uri"));
		problem.addProperty("errors", new ArraySchema().items(field).description("Invalid fields, if any"));
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}
}
