package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NetraIntegrationTest
class DemoModeIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void demoDataIsSeededByDefaultOnTheEmbeddedDatabaseOnly() throws Exception {
		boolean embedded;
		try (Connection connection = dataSource.getConnection()) {
			embedded = connection.getMetaData().getURL().startsWith("jdbc:h2:");
		}
		assertThat(new DemoMode(new DemoSettings("auto"), dataSource).enabled()).isEqualTo(embedded);
		assertThat(new DemoMode(new DemoSettings("never"), dataSource).enabled()).isFalse();
		assertThat(new DemoMode(new DemoSettings("always"), dataSource).enabled()).isTrue();
		assertThatThrownBy(() -> new DemoSettings("sometimes"))
			.hasMessageContaining("auto, always or never");
	}
}
