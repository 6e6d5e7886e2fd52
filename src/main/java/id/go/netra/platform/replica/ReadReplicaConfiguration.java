package id.go.netra.platform.replica;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * With {@code netra.datasource.replica.url} set (ADR 0054): the primary's pool, built from
 * {@code spring.datasource.*} as Spring Boot would build it, and the replica's, behind one {@link ReplicaRouting}
 * application data source, with the watch that decides whether the replica is used. Without the URL none of this
 * exists and Spring Boot's own data source serves everything, as before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplicaConfiguration.Configured.class)
class ReadReplicaConfiguration {

	static final String POOL_NAME = "netra-replica";

	/** The two pools, closed with the application. */
	record Pools(HikariDataSource primary, HikariDataSource replica) implements AutoCloseable {

		@Override
		public void close() {
			replica.close();
			primary.close();
		}
	}

	@Bean
	Pools replicaPools(DataSourceProperties properties, ReplicaSettings settings, Environment environment) {
		String primaryUrl = properties.determineUrl();
		if (primaryUrl == null || !primaryUrl.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("netra.datasource.replica.url is set, but the primary database "
					+ "(spring.datasource.url) is not PostgreSQL: a read replica is a standby of a PostgreSQL primary");
		}
		HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		if (StringUtils.hasText(properties.getName())) {
			primary.setPoolName(properties.getName());
		}
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(primary));
		HikariDataSource replica = new HikariDataSource();
		replica.setPoolName(POOL_NAME);
		replica.setJdbcUrl(settings.url());
		boolean ownRole = StringUtils.hasText(settings.username());
		replica.setUsername(ownRole ? settings.username() : properties.determineUsername());
		replica.setPassword(ownRole || StringUtils.hasText(settings.password()) ? settings.password()
				: properties.determinePassword());
		replica.setMaximumPoolSize(settings.maximumPoolSize());
		replica.setMinimumIdle(Math.min(2, settings.maximumPoolSize()));
		replica.setConnectionTimeout(settings.connectionTimeout().toMillis());
		replica.setValidationTimeout(Math.max(250, settings.connectionTimeout().toMillis() / 2));
		replica.setReadOnly(true);
		// a standby that stops answering without closing the connection fails the read, which then goes to the
		// primary, instead of holding the request thread; the same for opening a connection to it
		replica.addDataSourceProperty("socketTimeout", Long.toString(settings.readTimeout().toSeconds()));
		String connect = Long.toString(Math.max(1, (settings.connectionTimeout().toMillis() + 999) / 1000));
		replica.addDataSourceProperty("connectTimeout", connect);
		replica.addDataSourceProperty("loginTimeout", connect);
		replica.addDataSourceProperty("tcpKeepAlive", "true");
		// start without the replica: a node works without it, and the watch says when it is there
		replica.setInitializationFailTimeout(-1);
		return new Pools(primary, replica);
	}

	@Bean
	ReplicaState readReplicaHealthIndicator(ReplicaSettings settings, Clock clock) {
		return new ReplicaState(settings, clock);
	}

	@Bean
	ReplicaWatch readReplicaWatch(Pools pools, ReplicaState state, ReplicaSettings settings, Clock clock) {
		return new ReplicaWatch(pools.primary(), pools.replica(), state, settings, clock);
	}

	@Bean
	@Primary
	DataSource dataSource(Pools pools, ReplicaState state) {
		return new LazyConnectionDataSourceProxy(new ReplicaRouting(pools.primary(), pools.replica(), state));
	}

	/** The replica pool's metrics beside the primary's ({@code hikaricp_*{pool="netra-replica"}}). */
	@Bean
	MeterBinder replicaPoolMetrics(Pools pools) {
		return registry -> pools.replica().setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
	}

	static class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("netra.datasource.replica.url"));
		}
	}
}
