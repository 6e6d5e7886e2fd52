package id.go.netra.monitoring;

/** How a post reached Netra. */
public enum Channel {
	/** The posts API, called by the task force or an agency's system. */
	API,
	/** A JSONL or CSV file uploaded on the monitoring page. */
	UPLOAD,
	/** An RSS or Atom news feed an administrator configured. */
	FEED,
	/** A crawler's signed push. */
	PUSH,
	/** A Kafka topic, for national volumes. */
	STREAM
}
