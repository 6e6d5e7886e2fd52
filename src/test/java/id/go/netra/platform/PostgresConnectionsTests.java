package id.go.netra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PostgresConnectionsTests {

	@Test
	void postgresBatchesAreSentAsMultiRowInserts() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://127.0.0.1:5432/netra");
		new PostgresConnections().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty(PostgresConnections.PROPERTY)).isEqualTo("true");
	}

	@Test
	void theEmbeddedDatabaseGetsNoPostgresProperty() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/netra;MODE=PostgreSQL");
		new PostgresConnections().postProcessEnvironment(environment, null);
		assertThat(environment.containsProperty(PostgresConnections.PROPERTY)).isFalse();
	}

	@Test
	void anAdministratorsOwnSettingWins() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/netra")
			.withProperty(PostgresConnections.PROPERTY, "false");
		new PostgresConnections().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty(PostgresConnections.PROPERTY)).isEqualTo("false");
	}
}
