package id.go.netra.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement of where the audit trail's hash chain stood: the entry at the head (its place in the chain,
 * its id, its hash and when it happened), how many entries the chain held up to it, and when the statement was
 * made. Signed with Netra's signing key, which the database does not hold, and published where the database's
 * administrator cannot change it; optionally timestamped by an outside timestamp authority (RFC 3161).
 *
 * @param signature base64 of the signature over {@link #signedPayload()}
 * @param timestampToken base64 of the DER RFC 3161 token over the SHA-256 of {@link #signedPayload()}, or null
 * @param timestampedAt the time the authority put in its token, or null
 */
public record AuditCheckpoint(long chainSeq, long entryId, String entryHash, long entries, Instant entryAt,
		Instant takenAt, String signature, String timestampToken, Instant timestampedAt) {

	static final String FORMAT = "netra-audit-checkpoint-v1";

	/**
	 * The exact bytes that are signed and timestamped, one field a line in a fixed order, so that anyone holding
	 * the published line and the public key can check it without Netra.
	 */
	public byte[] signedPayload() {
		return payload(chainSeq, entryId, entryHash, entries, entryAt, takenAt);
	}

	static byte[] payload(long chainSeq, long entryId, String entryHash, long entries, Instant entryAt,
			Instant takenAt) {
		return (FORMAT + "\nchainSeq=" + chainSeq + "\nentryId=" + entryId + "\nentryHash=" + entryHash + "\nentries="
				+ entries + "\nentryAt=" + entryAt + "\ntakenAt=" + takenAt + "\n").getBytes(StandardCharsets.UTF_8);
	}

	public boolean timestamped() {
		return timestampToken != null;
	}

	/** The first characters of the anchored hash, enough to compare by eye. */
	public String hashPrefix() {
		return entryHash.substring(0, Math.min(16, entryHash.length()));
	}

	AuditCheckpoint withTimestamp(String token, Instant at) {
		return new AuditCheckpoint(chainSeq, entryId, entryHash, entries, entryAt, takenAt, signature, token, at);
	}
}
