package id.go.netra.monitoring;

/** A reviewer's decision on a post. */
public enum Decision {
	/** A lead: the post is filed as a monitoring finding and becomes a case. */
	LEAD,
	/** Not a violation, with a reason. */
	DISMISS
}
