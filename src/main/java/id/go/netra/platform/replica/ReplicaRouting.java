package id.go.netra.platform.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's connections: from the primary's pool, except the one connection of a replica read
 * ({@link RoutedReplicaReads}), which comes from the replica's pool while {@link ReplicaState} says it is in use.
 * Behind a {@code LazyConnectionDataSourceProxy}, so the choice is made when a transaction first runs a
 * statement, once its read-only flag is known: only a read-only transaction, begun inside a replica read on this
 * thread, is served by the replica, and only once per replica read. Everything else (Flyway, sessions, locks,
 * limits, the audit trail, every write and every transaction a write opens inside a read) stays on the primary.
 * A replica that refuses a connection is reported and the connection taken from the primary instead.
 */
final class ReplicaRouting extends AbstractDataSource {

	private static final ThreadLocal<Read> READ = new ThreadLocal<>();

	/** A replica read in progress on this thread. */
	static final class Read {

		private boolean connected;
		private boolean onReplica;

		/** Whether its connection came from the replica. */
		boolean onReplica() {
			return onReplica;
		}
	}

	private final DataSource primary;
	private final DataSource replica;
	private final ReplicaState state;

	ReplicaRouting(DataSource primary, DataSource replica, ReplicaState state) {
		this.primary = primary;
		this.replica = replica;
		this.state = state;
	}

	/** Marks this thread as running a replica read, until {@link #end()}. */
	static Read begin() {
		Read read = new Read();
		READ.set(read);
		return read;
	}

	static void end() {
		READ.remove();
	}

	@Override
	public Connection getConnection() throws SQLException {
		Read read = READ.get();
		if (read != null && !read.connected && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& state.inUse()) {
			read.connected = true;
			try {
				Connection connection = replica.getConnection();
				read.onReplica = true;
				return connection;
			}
			catch (SQLException e) {
				state.notInUse("refused a connection: " + describe(e));
			}
		}
		return primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return primary.getConnection(username, password);
	}

	/** The primary's pool, for whoever looks for it behind this (pool metrics, the database health). */
	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || primary.isWrapperFor(type);
	}

	/** What went wrong, in one line for the log and the health: the driver's words where it has some. */
	static String describe(Throwable failure) {
		Throwable described = NestedExceptionUtils.getMostSpecificCause(failure);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException && cause.getMessage() != null) {
				described = cause;
				break;
			}
		}
		String message = described.getMessage();
		return message == null ? described.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
	}
}
