package id.go.netra;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers the changes of a table in the order they became visible, for clients that sync by
 * {@link ChangeCursor} (ADR 0043). A transaction that changes a row leaves its {@code change_seq} null; before a
 * sync reads, {@link #number} gives every committed unnumbered row the next numbers of {@code change_feed_seq}
 * while it holds the feed's row in {@code change_feed} locked, and commits. A change committed after that gets a
 * higher number than any a client has read, however early it began: numbering at write time would hand a slow
 * transaction's lower number out after a client had moved past it.
 */
@Component
public class ChangeFeeds {

	private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile("[a-z_]{1,40}");

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;

	ChangeFeeds(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Numbers the feed's committed unnumbered rows in a transaction of its own, one numbering at a time across
	 * nodes (the feed row's lock); a row another transaction is still changing waits for the next sync.
	 *
	 * @param table a table with a {@code change_seq} column and its row in {@code change_feed} (a migration adds
	 *     both), named by a constant of the module that owns it
	 */
	public void number(String table) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		separately.executeWithoutResult(status -> {
			jdbc.sql("select feed from change_feed where feed = :feed for update")
				.param("feed", table)
				.query(String.class)
				.single();
			jdbc.sql("update " + table + " set change_seq = nextval('change_feed_seq') where change_seq is null")
				.update();
		});
	}
}
