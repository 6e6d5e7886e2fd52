package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document tells an agency's developer what Netra is, which build answers and how to get a token. */
@NetraIntegrationTest
class ApiDocumentationIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theApiDocumentNamesNetraItsBuildAndHowToAuthenticate() throws Exception {
		JsonNode api = UserAgent.json(new UserAgent(port).get("/v3/api-docs"));

		JsonNode info = api.path("info");
		assertThat(info.path("title").asString()).isEqualTo("Netra API");
		assertThat(info.path("version").asString()).isEqualTo(pomVersion());
		assertThat(info.path("description").asString())
			.contains("political neutrality")
			.contains("netralitas Aparatur Sipil Negara")
			.contains("POST /oauth2/token")
			.contains("grant_type=client_credentials")
			.contains("Authorization: Bearer");
		JsonNode bearer = api.path("components").path("securitySchemes").path("bearer");
		assertThat(bearer.path("type").asString()).isEqualTo("http");
		assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
		assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(api.path("security").get(0).has("bearer")).isTrue();
	}

	/** The project's own version, read from the pom the way a person would, not from the build's output. */
	private static String pomVersion() throws Exception {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher version = Pattern.compile("<artifactId>netra</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
		assertThat(version.find()).as("the project's version in pom.xml").isTrue();
		return version.group(1);
	}
}
