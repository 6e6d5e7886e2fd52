package id.go.netra.casework;

import java.util.Map;
import java.util.UUID;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.go.netra.ChangeLinks;
import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * {@code If-Match} on the operations that change a case (ADR 0043): a client that sends the ETag of the case as it
 * last read it ({@code GET /api/v1/cases/{id}}) acts only if the case still answers with that ETag, and is told
 * 412 in words otherwise. Without the header nothing changes: the save's own version check still refuses a
 * change that crosses another (409). The check precedes the action, so a change landing between the two is
 * caught by that version check, not by this one.
 */
@Configuration(proxyBeanMethods = false)
class CasePreconditions implements WebMvcConfigurer {

	private final Casework casework;
	private final CaseDetails details;
	private final CurrentActor currentActor;

	CasePreconditions(Casework casework, CaseDetails details, CurrentActor currentActor) {
		this.casework = casework;
		this.details = details;
		this.currentActor = currentActor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Object handler) {
				String expected = request.getHeader(HttpHeaders.IF_MATCH);
				if (expected != null && changesACase(request.getMethod(), handler)) {
					@SuppressWarnings("unchecked")
					Map<String, String> variables = (Map<String, String>) request
						.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
					parse(variables.get("id")).ifPresent(id -> require(id, expected.trim()));
				}
				return true;
			}
		}).addPathPatterns("/api/v1/cases/*/**");
	}

	/** States If-Match and its 412 on the operations it guards. */
	@Bean
	OperationCustomizer ifMatchOnCaseChanges() {
		return (operation, handler) -> {
			boolean stated = operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch(p -> HttpHeaders.IF_MATCH.equals(p.getName()));
			// an operation that takes JSON or multipart is two handlers in one operation: state it once
			if (changesACase(handler) && !stated) {
				operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH).required(false)
					.description("The ETag of GET /api/v1/cases/{id}: act only if the case still answers with it")
					.schema(new StringSchema()));
				operation.getResponses().addApiResponse("412", new ApiResponse()
					.description("The case changed since the ETag sent in If-Match; nothing was changed")
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
			}
			return operation;
		};
	}

	private void require(UUID id, String expected) {
		Actor actor = currentActor.require();
		CaseSnapshot c = casework.find(actor, id)
			.orElseThrow(() -> DomainException.notFound("casework.case.notFound", id.toString()));
		String current = ChangeLinks.etag(c.version(), details.of(actor, c));
		if (!"*".equals(expected) && !expected.equals(current)) {
			throw new DomainException("precondition-failed", 412, "changes.ifMatch.mismatch", current);
		}
	}

	/** A path that names no case is the handler's to refuse, in its own words. */
	private static java.util.Optional<UUID> parse(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return java.util.Optional.empty();
		}
	}

	private static boolean changesACase(String method, Object handler) {
		return !"GET".equals(method) && !"HEAD".equals(method) && handler instanceof HandlerMethod h
				&& changesACase(h);
	}

	private static boolean changesACase(HandlerMethod handler) {
		return handler.getBeanType() == CaseApiController.class
				&& !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class);
	}
}
