package id.go.netra.personnel;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The PostgreSQL fast path for one chunk: the valid rows are streamed with {@code COPY} into a temporary
 * staging table dropped at commit, classified against the registry in one statement, and written with a
 * handful of set-based statements. Same outcome, same transaction and same checkpoint as {@link RegistryWriter}.
 */
final class PostgresRegistryWriter {

	enum Action {
		NEW, SAME, CHANGED, MOVED
	}

	private static final String COLUMNS = "line_number, registry_key, nip, nik, name, name_key, match_key, birth_date, gender, "
			+ "employment_type, employer_code, unit, position_class, position_title, grade, work_region_code, status, "
			+ "social_accounts, email, synthetic";

	private static final String SAME_POSITION = """
			s.employer_code = e.employer_code and s.unit is not distinct from e.unit
			  and s.position_class is not distinct from e.position_class
			  and s.position_title is not distinct from e.position_title and s.grade is not distinct from e.grade
			  and s.status = e.status""";

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final Clock clock;

	PostgresRegistryWriter(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** Writes the chunk's rows; returns how many were new, equal, changed and moved. */
	Map<Action, Long> write(ImportChunk chunk) {
		// The chunk's checkpoint commits with its rows: should the database lose its last commits in a crash, the
		// import resumes from the last checkpoint that reached the disk, so waiting for each flush buys nothing.
		jdbc.sql("set local synchronous_commit = off").update();
		OffsetDateTime now = OffsetDateTime.now(clock);
		String source = "import " + chunk.importId();
		if (chunk.initialLoad()) {
			return writeInitial(chunk, now, source);
		}
		jdbc.sql("""
				create temporary table registry_staging (
				  line_number bigint, registry_key varchar(24), nip varchar(18), nik varchar(16), name varchar(200),
				  name_key varchar(200), match_key varchar(200), birth_date date, gender varchar(6), employment_type varchar(8),
				  employer_code varchar(40), unit varchar(300), position_class varchar(14), position_title varchar(300),
				  grade varchar(10), work_region_code varchar(10), status varchar(10), social_accounts varchar(1000),
				  email varchar(320), synthetic boolean, action varchar(8) not null default 'NEW'
				) on commit drop
				""").update();
		copy(chunk);
		// During a large load the registry's statistics lag behind its size; a hash join would then scan the whole
		// registry for every chunk. Index lookups per staged row keep each chunk's cost independent of its size
		// (and make statistics on the staging table unnecessary: ANALYZE cost a fifth of the chunk's time).
		jdbc.sql("set local enable_hashjoin = off").update();
		jdbc.sql("set local enable_mergejoin = off").update();
		jdbc.sql("update registry_staging s set action = case when s.nip is not distinct from e.nip and s.nik = e.nik"
				+ " and s.name = e.name and s.birth_date = e.birth_date and s.gender = e.gender"
				+ " and s.employment_type = e.employment_type and s.work_region_code is not distinct from e.work_region_code"
				+ " and s.social_accounts is not distinct from e.social_accounts and s.synthetic = e.synthetic"
				+ " and (s.email is not distinct from e.email or not :emailGiven) and "
				+ SAME_POSITION + " then 'SAME' when " + SAME_POSITION + " then 'CHANGED' else 'MOVED' end"
				+ " from employee e where e.registry_key = s.registry_key")
			.param("emailGiven", emailGiven(chunk))
			.update();
		// A new employee's row is their first period.
		jdbc.sql("insert into employee (registry_key, nip, nik, name, name_key, match_key, birth_date, gender,"
				+ " employment_type, employer_code, unit, position_class, position_title, grade, work_region_code, status,"
				+ " social_accounts, email, synthetic, updated_at, period_from, period_source) select registry_key, nip,"
				+ " nik, name, name_key, match_key, birth_date, gender, employment_type, employer_code, unit, position_class, position_title,"
				+ " grade, work_region_code, status, social_accounts, email, synthetic, :now, :now, :source"
				+ " from registry_staging"
				+ " where action = 'NEW'")
			.param("now", now)
			.param("source", source)
			.update();
		// The period that ends is kept before the row takes its new position.
		jdbc.sql("insert into employee_period (employee_id, valid_from, valid_to, employer_code, unit, position_class,"
				+ " position_title, grade, status, source) select e.id, e.period_from, :now, e.employer_code, e.unit,"
				+ " e.position_class, e.position_title, e.grade, e.status, e.period_source from registry_staging s"
				+ " join employee e on e.registry_key = s.registry_key where s.action = 'MOVED'")
			.param("now", now)
			.update();
		jdbc.sql("update employee e set nip = s.nip, nik = s.nik, name = s.name, name_key = s.name_key, match_key = s.match_key,"
				+ " birth_date = s.birth_date, gender = s.gender, employment_type = s.employment_type,"
				+ " employer_code = s.employer_code, unit = s.unit, position_class = s.position_class,"
				+ " position_title = s.position_title, grade = s.grade, work_region_code = s.work_region_code,"
				+ " status = s.status, social_accounts = s.social_accounts, synthetic = s.synthetic, updated_at = :now,"
				+ " email = case when :emailGiven then s.email else e.email end,"
				+ " period_from = case when s.action = 'MOVED' then :now else e.period_from end,"
				+ " period_source = case when s.action = 'MOVED' then :source else e.period_source end"
				+ " from registry_staging s where e.registry_key = s.registry_key and s.action in ('CHANGED', 'MOVED')")
			.param("now", now)
			.param("source", source)
			.param("emailGiven", emailGiven(chunk))
			.update();
		// The declared accounts of new and changed rows replace what the account index held for them.
		jdbc.sql("delete from employee_account a using registry_staging s join employee e"
				+ " on e.registry_key = s.registry_key where a.employee_id = e.id and s.action in ('CHANGED', 'MOVED')")
			.update();
		copyAccounts(chunk);
		jdbc.sql("insert into employee_account (account_key, employee_id) select a.account_key, e.id"
				+ " from registry_staging s join employee e on e.registry_key = s.registry_key"
				+ " join account_staging a on a.registry_key = s.registry_key where s.action <> 'SAME'").update();
		Map<Action, Long> counts = new EnumMap<>(Action.class);
		for (Action action : Action.values()) {
			counts.put(action, 0L);
		}
		jdbc.sql("select action, count(*) as n from registry_staging group by action")
			.query(rs -> {
				counts.put(Action.valueOf(rs.getString("action")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * The initial load of an empty registry: every valid row is new (duplicates within the file were rejected
	 * before), so the rows are copied straight into the registry, each row its employee's first period.
	 */
	private Map<Action, Long> writeInitial(ImportChunk chunk, OffsetDateTime now, String source) {
		// updated_at, period_from and period_source: the same for every row of the chunk
		String period = now + "\t" + now + "\t" + field(new StringBuilder(), source);
		copyIn("copy employee (" + COLUMNS.substring("line_number, ".length())
				+ ", updated_at, period_from, period_source) from stdin", chunk.rows().size(),
				(line, i) -> rowText(line, chunk.rows().get(i)).append('\t').append(period));
		copyAccounts(chunk);
		jdbc.sql("insert into employee_account (account_key, employee_id) select a.account_key, e.id"
				+ " from account_staging a join employee e on e.registry_key = a.registry_key").update();
		Map<Action, Long> counts = new EnumMap<>(Action.class);
		for (Action action : Action.values()) {
			counts.put(action, 0L);
		}
		counts.put(Action.NEW, (long) chunk.rows().size());
		return counts;
	}

	/** Whether the file has an e-mail column: without one, the addresses the registry holds stay as they are. */
	private static boolean emailGiven(ImportChunk chunk) {
		return !chunk.rows().isEmpty() && chunk.rows().get(0).emailGiven();
	}

	/** The chunk's declared accounts, normalised (AccountKey), into a staging table dropped at commit. */
	private void copyAccounts(ImportChunk chunk) {
		jdbc.sql("create temporary table account_staging (registry_key varchar(24), account_key varchar(300))"
				+ " on commit drop").update();
		List<String[]> accounts = new ArrayList<>();
		for (RegistryRow row : chunk.rows()) {
			for (String key : AccountKey.ofDeclared(row.socialAccounts())) {
				accounts.add(new String[] { row.registryKey(), key });
			}
		}
		copyIn("copy account_staging (registry_key, account_key) from stdin", accounts.size(),
				(line, i) -> field(field(line, accounts.get(i)[0]).append('\t'), accounts.get(i)[1]));
		// joined by registry key, row by row, as the staged rows are (see write): an index, and no hash joins that
		// would scan the whole registry for every chunk
		jdbc.sql("create index account_staging_key_idx on account_staging (registry_key)").update();
		jdbc.sql("set local enable_hashjoin = off").update();
		jdbc.sql("set local enable_mergejoin = off").update();
	}

	private void copy(ImportChunk chunk) {
		copyIn("copy registry_staging (" + COLUMNS + ") from stdin", chunk.rows().size(),
				(line, i) -> rowText(line.append(i).append('\t'), chunk.rows().get(i)));
	}

	/** A row's registry columns (all of COLUMNS but the line number) in COPY text format, tab-separated. */
	private static StringBuilder rowText(StringBuilder text, RegistryRow r) {
		field(text, r.registryKey()).append('\t');
		field(text, r.nip()).append('\t');
		field(text, r.nik()).append('\t');
		field(text, r.name()).append('\t');
		field(text, NameKey.of(r.name())).append('\t');
		field(text, PersonName.matchKey(r.name())).append('\t');
		field(text, r.birthDate().toString()).append('\t');
		field(text, r.gender().name()).append('\t');
		field(text, r.employmentType().name()).append('\t');
		field(text, r.employerCode()).append('\t');
		field(text, r.unit()).append('\t');
		field(text, r.positionClass() == null ? null : r.positionClass().name()).append('\t');
		field(text, r.positionTitle()).append('\t');
		field(text, r.grade()).append('\t');
		field(text, r.workRegionCode()).append('\t');
		field(text, r.status().name()).append('\t');
		field(text, r.socialAccounts()).append('\t');
		field(text, r.email()).append('\t');
		return field(text, r.synthetic() ? "t" : "f");
	}

	/**
	 * Streams lines (the chunk's rows) to {@code COPY} as they are formatted: PostgreSQL parses and indexes the first rows
	 * while the following ones are still being written, instead of waiting for the whole chunk's text.
	 */
	private void copyIn(String sql, int lines, BiConsumer<StringBuilder, Integer> format) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Writer out = new OutputStreamWriter(
				new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16), StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder(512);
			for (int i = 0; i < lines; i++) {
				line.setLength(0);
				format.accept(line, i);
				out.append(line.append('\n'));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into the registry failed: " + sql, e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** PostgreSQL's COPY text format: \N for null; backslash, tab and line breaks escaped. */
	private static StringBuilder field(StringBuilder out, String value) {
		if (value == null) {
			return out.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}
}
