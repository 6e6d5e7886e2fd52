package id.go.netra.monitoring;

/**
 * What the classifier says of a post. PARTISAN: it promotes or attacks a candidate, pair or party in an electoral
 * sense, which an ASN may not post, share, like or comment on. NEUTRAL: anything else, including neutral news,
 * policy talk and civic messages.
 */
public enum Label {
	PARTISAN, NEUTRAL
}
