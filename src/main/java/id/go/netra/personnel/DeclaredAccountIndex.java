package id.go.netra.personnel;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps employee_account, the index of declared accounts, in step with employee.social_accounts: rewritten for
 * the rows a JDBC import chunk inserts or changes (the PostgreSQL writer does the same set-based), and filled once
 * for the employees registered before the index existed.
 */
@Component
class DeclaredAccountIndex {

	private static final Logger log = LoggerFactory.getLogger(DeclaredAccountIndex.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final TransactionTemplate transactions;

	DeclaredAccountIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
	}

	/** In the caller's transaction: the accounts of rows just inserted or changed replace what the index held. */
	void replace(List<RegistryRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		batch.batchUpdate("delete from employee_account where employee_id in"
				+ " (select id from employee where registry_key = :key)", rows.stream()
			.<SqlParameterSource>map(row -> new MapSqlParameterSource("key", row.registryKey()))
			.toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> accounts = new ArrayList<>();
		for (RegistryRow row : rows) {
			for (String key : AccountKey.ofDeclared(row.socialAccounts())) {
				accounts.add(new MapSqlParameterSource("key", row.registryKey()).addValue("account", key));
			}
		}
		if (!accounts.isEmpty()) {
			batch.batchUpdate("insert into employee_account (account_key, employee_id)"
					+ " select :account, id from employee where registry_key = :key",
					accounts.toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Fills the index for the employees registered before it existed (V1_51 left a marker when there were any), in
	 * batches of employees, each its own transaction that also advances the marker: a restart goes on where the
	 * last batch ended, and of two nodes starting together only the one whose conditional update matched writes.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void backfill() {
		long indexed = 0;
		Long after = marker();
		while (after != null) {
			long from = after;
			long[] next = transactions.execute(status -> indexPage(from));
			indexed += next[1];
			after = next[0] < 0 ? null : next[0];
		}
		if (indexed > 0) {
			log.info("Indexed {} declared social-media accounts of employees registered before the index", indexed);
		}
	}

	private Long marker() {
		return jdbc.sql("select after_employee_id from employee_account_backfill").query(Long.class).optional().orElse(null);
	}

	/** Indexes the batch after an employee id; returns the next marker (-1 when done or taken over) and the count. */
	private long[] indexPage(long after) {
		List<Declared> page = jdbc.sql("select id, social_accounts from employee where id > :after"
				+ " and social_accounts is not null order by id fetch first " + BATCH + " rows only")
			.param("after", after)
			.query((rs, n) -> new Declared(rs.getLong("id"), rs.getString("social_accounts")))
			.list();
		if (page.isEmpty()) {
			jdbc.sql("delete from employee_account_backfill").update();
			return new long[] { -1, 0 };
		}
		long last = page.get(page.size() - 1).id();
		int claimed = jdbc.sql("update employee_account_backfill set after_employee_id = :last"
				+ " where after_employee_id = :after").param("last", last).param("after", after).update();
		if (claimed == 0) {
			log.info("Declared accounts are being indexed by another node; this one leaves it to that node");
			return new long[] { -1, 0 };
		}
		return new long[] { last, insert(page) };
	}

	/** Employees imported since the index exists are indexed already: their rows are left as they are. */
	private int insert(List<Declared> page) {
		List<SqlParameterSource> accounts = new ArrayList<>();
		for (Declared declared : page) {
			for (String key : AccountKey.ofDeclared(declared.accounts())) {
				accounts.add(new MapSqlParameterSource("id", declared.id()).addValue("account", key));
			}
		}
		if (!accounts.isEmpty()) {
			batch.batchUpdate("insert into employee_account (account_key, employee_id) select :account, :id"
					+ " from (values (1)) one where not exists (select 1 from employee_account"
					+ " where account_key = :account and employee_id = :id)", accounts.toArray(SqlParameterSource[]::new));
		}
		return accounts.size();
	}

	private record Declared(long id, String accounts) {
	}
}
