package id.go.netra.web;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Where the public limits keep their buckets (ADR 0051): in PostgreSQL, shared by every node on it; on the
 * embedded database, which one node uses alone, in the node's memory.
 */
@Configuration(proxyBeanMethods = false)
class PublicLimitStore {

	@Bean
	PublicLimits publicLimits(java.time.Clock clock, PublicLimitSettings settings, DataSource dataSource)
			throws MetaDataAccessException {
		boolean postgres = "PostgreSQL".equals(
				JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		return new PublicLimits(clock, settings,
				settings.shared() && postgres ? new DatabaseLimits(dataSource, settings.storeTimeout()) : null);
	}
}
