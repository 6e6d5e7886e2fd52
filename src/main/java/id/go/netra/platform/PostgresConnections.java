package id.go.netra.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL, has the driver send a batch of inserts as multi-row statements ({@code reWriteBatchedInserts}):
 * the tally changes of a case event, an import chunk and the like then cost the server one statement, not one
 * per row. An administrator's own setting of the property wins; the embedded database is left alone (H2 refuses
 * connection properties it does not know).
 */
class PostgresConnections implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:postgresql:") && !environment.containsProperty(PROPERTY)
				&& !url.contains("reWriteBatchedInserts")) {
			environment.getPropertySources().addLast(new MapPropertySource("netraPostgresConnections", Map.of(PROPERTY, "true")));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
