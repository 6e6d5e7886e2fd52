package id.go.netra;

/**
 * Tells every node of a cluster that something it may keep in memory has changed (ADR 0050): on PostgreSQL by
 * LISTEN/NOTIFY, on the embedded database by a table the nodes poll. Every node, the sender's own included,
 * receives the signal as a {@link ClusterSignal} application event, within about a second.
 */
public interface ClusterSignals {

	/**
	 * Sends a signal once the current transaction commits (at once outside a transaction), so no node reads the
	 * old state again after it was told.
	 * @param topic what changed, e.g. {@code api-client}
	 * @param subject which one (an id), or empty for all of the topic
	 */
	void send(String topic, String subject);
}
