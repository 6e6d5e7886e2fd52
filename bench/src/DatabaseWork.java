import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a piece of work cost Netra's database: commits (pg_stat_database.xact_commit of the bench database) and SQL
 * statements (pg_stat_statements calls in that database, transaction control such as BEGIN, COMMIT and SET left
 * out, since commits are counted apart). The benchmark's own queries on that database (the snapshots themselves,
 * the listener backlog polls) are counted as they are made ({@link #own}) and taken off.
 * <p>
 * PostgreSQL flushes a backend's commit counts when it has been idle for about a second, so a snapshot waits 1.5 s
 * first. Netra's scheduled work (the tally fold, deadline watch, publication retry) runs during a measurement too
 * and is counted with it: a few dozen commits over a level of thousands of reports.
 */
final class DatabaseWork {

	/** Commits and statements the benchmark itself made on the bench database since it started. */
	static final AtomicLong OWN_COMMITS = new AtomicLong();
	static final AtomicLong OWN_STATEMENTS = new AtomicLong();

	/** Why statements are not counted (pg_stat_statements not loaded), or null when they are. */
	static String statementsMissing;

	private final String jdbcUrl;

	private DatabaseWork(String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
	}

	/** Counts work on the bench database; creates pg_stat_statements there when the server has it loaded. */
	static DatabaseWork of(String jdbcUrl) throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement sql = db.createStatement()) {
			String preload;
			try (ResultSet rs = sql.executeQuery("show shared_preload_libraries")) {
				rs.next();
				preload = rs.getString(1);
			}
			if (!preload.contains("pg_stat_statements")) {
				statementsMissing = "pg_stat_statements is not in shared_preload_libraries (bench/run loads it when run "
						+ "as root or as the cluster's owner)";
			}
			else {
				sql.execute("create extension if not exists pg_stat_statements");
				statementsMissing = null;
			}
		}
		return new DatabaseWork(jdbcUrl);
	}

	/** A reading of the counters, after the database's own statistics have caught up. */
	record Snapshot(long commits, long statements, long ownCommits, long ownStatements) {
	}

	/** The work done between two snapshots, less the benchmark's own. */
	record Cost(long commits, long statements) {

		String perUnit(long units, String unit) {
			return String.format(Locale.ROOT, "%.1f commits and %s per %s", commits / (double) units,
					statements < 0 ? "n/a statements (" + statementsMissing + ")"
							: String.format(Locale.ROOT, "%.1f statements", statements / (double) units),
					unit);
		}

		String json(long units, String prefix) {
			return String.format(Locale.ROOT, "\"%scommits\": %.2f, \"%sstatements\": %s", prefix,
					commits / (double) units, prefix,
					statements < 0 ? "null" : String.format(Locale.ROOT, "%.2f", statements / (double) units));
		}
	}

	Snapshot snapshot() throws Exception {
		// PostgreSQL's backends publish their counters at most once a second, and Netra's scheduled work commits
		// every second, so there is no quiet state to wait for: read once the last second's counts are published
		Thread.sleep(1_500);
		// one transaction on one connection; each reading of the benchmark's own work is taken at the moment the
		// counter it is set against was read (a statement counts once it has finished, a commit once made)
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement sql = db.createStatement()) {
			db.setAutoCommit(false);
			long commits;
			try (ResultSet rs = sql
				.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
				rs.next();
				commits = rs.getLong(1);
			}
			own(0, 1);
			long ownCommits = OWN_COMMITS.get();
			long ownStatements = OWN_STATEMENTS.get();
			long statements = -1;
			if (statementsMissing == null) {
				try (ResultSet rs = sql.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements s"
						+ " join pg_database d on d.oid = s.dbid where d.datname = current_database()"
						+ " and s.query !~* '^\\s*(begin|commit|rollback|set|show|savepoint|release)\\b'")) {
					rs.next();
					statements = rs.getLong(1);
				}
				own(0, 1);
			}
			db.commit();
			own(1, 0);
			return new Snapshot(commits, statements, ownCommits, ownStatements);
		}
	}

	Cost since(Snapshot before) throws Exception {
		Snapshot after = snapshot();
		return new Cost(after.commits() - before.commits() - (after.ownCommits() - before.ownCommits()),
				after.statements() < 0 ? -1
						: after.statements() - before.statements() - (after.ownStatements() - before.ownStatements()));
	}

	/** The benchmark made this many commits and statements on the bench database (autocommit: one of each). */
	static void own(long commits, long statements) {
		OWN_COMMITS.addAndGet(commits);
		OWN_STATEMENTS.addAndGet(statements);
	}
}
