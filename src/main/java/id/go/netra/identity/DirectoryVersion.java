package id.go.netra.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the directory of agencies, their roles and their people, in the database so that every node
 * sees the same one: the writers bump it in their own transaction, and {@link Recipients} reads its lists again
 * when it has moved.
 */
@Component
class DirectoryVersion {

	private final JdbcClient jdbc;

	DirectoryVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the directory changed; call in the transaction that changes it. */
	void bump() {
		jdbc.sql("update directory_version set version = version + 1 where id = 1").update();
	}

	long current() {
		return jdbc.sql("select version from directory_version where id = 1").query(Long.class).single();
	}
}
