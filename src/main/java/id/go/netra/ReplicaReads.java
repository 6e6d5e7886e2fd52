package id.go.netra;

import java.util.function.Supplier;

/**
 * Marks a read that a PostgreSQL read replica may serve (ADR 0054): figures that may be some seconds old, read
 * often, such as the dashboards, the violation map and the transparency portal. Without a replica configured
 * ({@code netra.datasource.replica.url}), and whenever the replica is unreachable or lags more than
 * {@code netra.datasource.replica.max-lag}, the read runs on the primary database as any other.
 * <p>
 * A replica read runs in a read-only transaction of its own. Called inside a transaction that is already open (a
 * write's, for instance), it simply joins it, on the primary. Nothing written inside it reaches the replica: a
 * write that opens its own transaction goes to the primary; any other is refused as in every read-only
 * transaction. Use it for what a person may see a few seconds late, never for what was just written and must be
 * read back.
 */
public interface ReplicaReads {

	/**
	 * Runs the query as a replica read and returns its answer.
	 * @param query reads only; it may run a second time on the primary if the replica fails under it
	 */
	<T> T read(Supplier<T> query);
}
