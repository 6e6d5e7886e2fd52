package id.go.netra.personnel;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every employee the {@link PersonName#matchKey match key} that the set-based matches join on (the view
 * {@code registry_person}): imports write it with each row; rows from before the column existed, or written
 * otherwise, are filled here in batches of JDBC batch updates before a match runs.
 */
@Component
public class RegistryMatchKeys {

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	RegistryMatchKeys(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Fills the keys that are missing; returns how many rows got one. */
	@Transactional
	public long fillMissing() {
		long filled = 0;
		while (true) {
			record Named(long id, String name) {
			}
			List<Named> rows = jdbc.sql("select id, name from employee where match_key is null order by id fetch first "
					+ BATCH + " rows only")
				.query((rs, n) -> new Named(rs.getLong("id"), rs.getString("name")))
				.list();
			batch.batchUpdate("update employee set match_key = ? where id = ?",
					rows.stream().map(row -> new Object[] { PersonName.matchKey(row.name()), row.id() }).toList());
			filled += rows.size();
			if (rows.size() < BATCH) {
				return filled;
			}
		}
	}
}
