package id.go.netra.personnel;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one chunk of an import in the caller's transaction: new employees (their row is their first period),
 * changed employees (when employer, unit, position or status changed, the period that ends is kept in
 * employee_period and the row starts a new one), their declared accounts in the account index, rejections, and
 * the checkpoint.
 * Rows equal to what the registry holds are counted and left alone. On PostgreSQL the rows go through
 * {@link PostgresRegistryWriter} (COPY); elsewhere, or with {@code netra.personnel.import.fast-path=false},
 * through JDBC batches.
 */
@Component
class RegistryWriter {

	private static final String INSERT = """
			insert into employee (registry_key, nip, nik, name, name_key, match_key, birth_date, gender, employment_type,
			  employer_code, unit, position_class, position_title, grade, work_region_code, status, social_accounts,
			  email, synthetic, updated_at, period_from, period_source)
			values (:key, :nip, :nik, :name, :nameKey, :matchKey, :birthDate, :gender, :type, :employer, :unit, :positionClass,
			  :positionTitle, :grade, :region, :status, :social, :email, :synthetic, :now, :now, :source)
			""";

	private static final String UPDATE = """
			update employee set nip = :nip, nik = :nik, name = :name, name_key = :nameKey, match_key = :matchKey,
			  birth_date = :birthDate,
			  gender = :gender, employment_type = :type, employer_code = :employer, unit = :unit,
			  position_class = :positionClass, position_title = :positionTitle, grade = :grade,
			  work_region_code = :region, status = :status, social_accounts = :social, synthetic = :synthetic,
			  email = case when :emailGiven then :email else email end, updated_at = :now
			where registry_key = :key
			""";

	/** Keeps the period that ends now; runs before the employee row takes its new position. */
	private static final String CLOSE_PERIOD = """
			insert into employee_period (employee_id, valid_from, valid_to, employer_code, unit, position_class,
			  position_title, grade, status, source)
			select id, period_from, :now, employer_code, unit, position_class, position_title, grade, status,
			  period_source
			from employee where registry_key = :key
			""";

	private static final String OPEN_PERIOD = """
			update employee set period_from = :now, period_source = :source where registry_key = :key
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final Clock clock;
	private final PostgresRegistryWriter postgres;
	private final DeclaredAccountIndex accounts;

	RegistryWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource, Clock clock,
			ImportSettings settings, DeclaredAccountIndex accounts) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.accounts = accounts;
		this.postgres = settings.fastPath() && isPostgres(dataSource) ? new PostgresRegistryWriter(jdbc, dataSource, clock) : null;
	}

	/** Writes the chunk's rows (COPY on PostgreSQL, JDBC batches elsewhere), its rejections and the checkpoint. */
	@Transactional(propagation = Propagation.MANDATORY)
	void write(ImportChunk chunk) {
		long inserted;
		long updated;
		long unchanged;
		if (postgres != null) {
			Map<PostgresRegistryWriter.Action, Long> counts = postgres.write(chunk);
			inserted = counts.get(PostgresRegistryWriter.Action.NEW);
			updated = counts.get(PostgresRegistryWriter.Action.CHANGED) + counts.get(PostgresRegistryWriter.Action.MOVED);
			unchanged = counts.get(PostgresRegistryWriter.Action.SAME);
		}
		else {
			long[] counts = writeInBatches(chunk);
			inserted = counts[0];
			updated = counts[1];
			unchanged = counts[2];
		}
		run("""
				insert into registry_import_error (import_id, line_number, registry_key, reason)
				values (:importId, :line, :key, :reason)
				""", chunk.rejections().stream().<SqlParameterSource>map(r -> new MapSqlParameterSource()
					.addValue("importId", chunk.importId())
					.addValue("line", r.line())
					.addValue("key", r.registryKey())
					.addValue("reason", r.reason().length() > 1000 ? r.reason().substring(0, 1000) : r.reason()))
					.toList());
		jdbc.sql("""
				update registry_import set records_done = :done, inserted = inserted + :inserted,
				  updated = updated + :updated, unchanged = unchanged + :unchanged, rejected = rejected + :rejected
				where id = :id
				""")
			.param("done", chunk.recordsDone())
			.param("inserted", inserted)
			.param("updated", updated)
			.param("unchanged", unchanged)
			.param("rejected", chunk.rejections().size())
			.param("id", chunk.importId())
			.update();
	}

	/** Returns inserted, updated and unchanged counts. */
	private long[] writeInBatches(ImportChunk chunk) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String source = "import " + chunk.importId();
		Map<String, String> emails = new HashMap<>();
		Map<String, Employee> existing = existing(chunk.rows(), emails);
		List<SqlParameterSource> inserts = new ArrayList<>();
		List<SqlParameterSource> updates = new ArrayList<>();
		List<SqlParameterSource> moves = new ArrayList<>();
		List<RegistryRow> written = new ArrayList<>();
		long unchanged = 0;
		for (RegistryRow row : chunk.rows()) {
			Employee current = existing.get(row.registryKey());
			if (current == null) {
				inserts.add(parameters(row, now, source));
				written.add(row);
			}
			else if (row.sameAs(current, emails.get(row.registryKey()))) {
				unchanged++;
			}
			else {
				updates.add(parameters(row, now, source));
				written.add(row);
				if (!row.samePosition(current)) {
					moves.add(parameters(row, now, source));
				}
			}
		}
		run(INSERT, inserts);
		run(CLOSE_PERIOD, moves);
		run(UPDATE, updates);
		run(OPEN_PERIOD, moves);
		accounts.replace(written);
		return new long[] { inserts.size(), updates.size(), unchanged };
	}

	private Map<String, Employee> existing(List<RegistryRow> rows, Map<String, String> emails) {
		Map<String, Employee> existing = new HashMap<>();
		if (rows.isEmpty()) {
			return existing;
		}
		List<String> keys = rows.stream().map(RegistryRow::registryKey).toList();
		for (int from = 0; from < keys.size(); from += 1000) {
			jdbc.sql("select * from employee where registry_key in (:keys)")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + 1000)))
				.query((rs, n) -> {
					emails.put(rs.getString("registry_key"), rs.getString("email"));
					return Map.entry(rs.getString("registry_key"), Employees.map(rs, n));
				})
				.list()
				.forEach(entry -> existing.put(entry.getKey(), entry.getValue()));
		}
		return existing;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot tell which database the registry is on", e);
		}
	}

	private void run(String sql, List<SqlParameterSource> parameters) {
		if (!parameters.isEmpty()) {
			batch.batchUpdate(sql, parameters.toArray(SqlParameterSource[]::new));
		}
	}

	private static SqlParameterSource parameters(RegistryRow row, OffsetDateTime now, String source) {
		return new MapSqlParameterSource().addValue("key", row.registryKey())
			.addValue("nip", row.nip())
			.addValue("nik", row.nik())
			.addValue("name", row.name())
			.addValue("nameKey", NameKey.of(row.name()))
			.addValue("matchKey", PersonName.matchKey(row.name()))
			.addValue("birthDate", row.birthDate())
			.addValue("gender", row.gender().name())
			.addValue("type", row.employmentType().name())
			.addValue("employer", row.employerCode())
			.addValue("unit", row.unit())
			.addValue("positionClass", row.positionClass() == null ? null : row.positionClass().name())
			.addValue("positionTitle", row.positionTitle())
			.addValue("grade", row.grade())
			.addValue("region", row.workRegionCode())
			.addValue("status", row.status().name())
			.addValue("social", row.socialAccounts())
			.addValue("email", row.email())
			.addValue("emailGiven", row.emailGiven())
			.addValue("synthetic", row.synthetic())
			.addValue("now", now)
			.addValue("source", source);
	}
}
