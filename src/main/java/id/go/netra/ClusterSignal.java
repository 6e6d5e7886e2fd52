package id.go.netra;

/**
 * A signal from {@link ClusterSignals}, received on this node as an application event.
 *
 * @param topic what changed, or {@link #EVERYTHING} after signals may have been missed (the node lost its
 *        connection for a while): then forget whatever is kept in memory
 * @param subject which one, or empty for all of the topic
 */
public record ClusterSignal(String topic, String subject) {

	public static final String EVERYTHING = "*";

	/** Whether this signal tells the keeper of {@code kept} to look again. */
	public boolean concerns(String kept) {
		return topic.equals(kept) || topic.equals(EVERYTHING);
	}

	/** Whether everything of the topic is concerned, not one subject. */
	public boolean all() {
		return subject.isEmpty() || topic.equals(EVERYTHING);
	}
}
