package id.go.netra.audit;

import java.time.Instant;

import id.go.netra.audit.AuditRecord.ActorKind;
import id.go.netra.audit.AuditRecord.Outcome;

/** One stored line of the audit trail, with its place in the hash chain. */
public record AuditEntry(long id, Instant occurredAt, String actor, ActorKind actorKind, String agencyCode,
		String roles, String action, String target, String detail, String sourceAddress, Outcome outcome,
		String previousHash, String entryHash) {
}
