package id.go.netra.identity;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What the OpenAPI document at {@code /v3/api-docs} says about Netra before its operations: name, the version
 * of the build, what the API is for and how an agency's system gets a token. It sits beside the security
 * configuration because it describes the same bearer tokens.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearer";

	/** When the build did not write META-INF/build-info.properties (a run straight from an IDE). */
	static final String UNBUILT = "development";

	@Bean
	OpenAPI netraApi(ObjectProvider<BuildProperties> build, MessageSource messages) {
		String version = build.getIfAvailable() == null ? UNBUILT : build.getIfAvailable().getVersion();
		// the readers are other agencies' developers, in either language: both texts, English first
		String description = messages.getMessage("api.description", null, Locale.ENGLISH) + "\n\n---\n\n"
				+ messages.getMessage("api.description", null, Locale.forLanguageTag("id"));
		return new OpenAPI()
			.info(new Info().title("Netra API").version(version).description(description))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
						.description(messages.getMessage("api.bearer", null, Locale.ENGLISH))))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}
}
