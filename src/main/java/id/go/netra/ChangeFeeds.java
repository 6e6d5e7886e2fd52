package id.go.netra;

import java.time.Instant;
import java.util.List;

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

	/** A row of a feed as it stands, with the number of its latest change. */
	public record Numbered<T>(long seq, T row) {
	}

	/** How many changes in the caller's scope are numbered above {@code after} and made at or after {@code since}. */
	@FunctionalInterface
	public interface Counter {

		long count(long after, Instant since);
	}

	/** The first {@code limit} of those changes, in number order. */
	@FunctionalInterface
	public interface Reader<T> {

		List<Numbered<T>> read(long after, Instant since, int limit);
	}

	private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile("[a-z_]{1,40}");

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;

	ChangeFeeds(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A page of the changes after {@code from}: the feed numbered first, at most {@code size} (1 to 200) changes,
	 * {@code total} counted from the page's start, {@code next} after its last change (or {@code from} again).
	 */
	public <T> Page<T> changes(String table, ChangeCursor from, int size, Counter counter, Reader<T> reader) {
		number(table);
		int limit = Math.max(1, Math.min(size, 200));
		long total = counter.count(from.after(), from.since());
		List<Numbered<T>> rows = reader.read(from.after(), from.since(), limit);
		ChangeCursor next = rows.isEmpty() ? from : from.after(rows.get(rows.size() - 1).seq());
		return Page.ofChanges(rows.stream().map(Numbered::row).toList(), limit, total, next);
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
