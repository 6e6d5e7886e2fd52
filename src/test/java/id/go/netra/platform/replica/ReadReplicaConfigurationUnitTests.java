package id.go.netra.platform.replica;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

class ReadReplicaConfigurationUnitTests {

	@EnableConfigurationProperties({ ReplicaSettings.class, DataSourceProperties.class })
	@Import(ReadReplicaConfiguration.class)
	static class Bound {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	// nothing listens on port 1: the pools connect only when asked, and the replica's watch reports it unreachable
	private final ApplicationContextRunner context = binding(Bound.class)
		.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/netra",
				"spring.datasource.username=netra", "spring.datasource.password=primary-secret");

	@Test
	void withoutAReplicaNothingChangesTheApplicationsDataSource() {
		context.run(started -> {
			assertThat(started).hasNotFailed();
			assertThat(started).doesNotHaveBean(DataSource.class).doesNotHaveBean(ReplicaState.class);
		});
		context.withPropertyValues("netra.datasource.replica.url= ")
			.run(started -> assertThat(started).doesNotHaveBean(DataSource.class));
	}

	@Test
	void withAReplicaTheApplicationsDataSourceRoutesAndTheReplicaUsesThePrimarysRoleUnlessToldOtherwise() {
		context.withPropertyValues("netra.datasource.replica.url=jdbc:postgresql://127.0.0.1:1/netra").run(started -> {
			assertThat(started.getBean(DataSource.class)).isInstanceOf(LazyConnectionDataSourceProxy.class);
			ReadReplicaConfiguration.Pools pools = started.getBean(ReadReplicaConfiguration.Pools.class);
			assertThat(pools.replica().getUsername()).isEqualTo("netra");
			assertThat(pools.replica().getPassword()).isEqualTo("primary-secret");
			assertThat(pools.replica().isReadOnly()).isTrue();
			assertThat(pools.replica().getDataSourceProperties()).containsEntry("socketTimeout", "30")
				.containsEntry("connectTimeout", "2");
			assertThat(started.getBean(ReplicaState.class).inUse()).isFalse();
		});
		context.withPropertyValues("netra.datasource.replica.url=jdbc:postgresql://127.0.0.1:1/netra",
				"netra.datasource.replica.username=reader", "netra.datasource.replica.password=reader-secret")
			.run(started -> {
				ReadReplicaConfiguration.Pools pools = started.getBean(ReadReplicaConfiguration.Pools.class);
				assertThat(pools.replica().getUsername()).isEqualTo("reader");
				assertThat(pools.replica().getPassword()).isEqualTo("reader-secret");
			});
	}

	@Test
	void aReplicaOfAnEmbeddedDatabaseOrOneThatIsNotPostgresqlStopsTheStart() {
		refusesToStart(context, "the primary database (spring.datasource.url) is not PostgreSQL",
				"spring.datasource.url=jdbc:h2:mem:primary", "netra.datasource.replica.url=jdbc:postgresql://127.0.0.1:1/n");
		refusesToStart(context, "must name a PostgreSQL standby", "netra.datasource.replica.url=jdbc:h2:mem:replica");
	}
}
