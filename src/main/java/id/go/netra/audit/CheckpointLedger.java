package id.go.netra.audit;

import java.util.List;

/**
 * Where signed checkpoints are published, out of the database administrator's reach: an append-only file under
 * the data directory by default ({@code <data-dir>/audit-anchors/checkpoints.jsonl}); a deployment may declare
 * its own bean, for example an object store bucket with object lock. Each checkpoint is one self-contained line
 * of JSON carrying its signature; nothing published is ever rewritten or removed.
 */
public interface CheckpointLedger {

	/** Publishes one line; returns only once it is durably stored. */
	void append(String line);

	/** Every line published so far, oldest first. */
	List<String> lines();

	/** Where the lines are kept, in words for the administrator (a path or a bucket). */
	String location();
}
