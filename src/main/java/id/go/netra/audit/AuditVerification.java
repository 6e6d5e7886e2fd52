package id.go.netra.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.keys.Signatures;

/**
 * Checks the audit trail against itself and against its anchors. The chain's own links catch a changed or removed
 * entry, but not a chain rewritten end to end with every hash recomputed, as anyone with database access could:
 * that is caught by the published checkpoints, which the database cannot re-sign. Verification trusts only the
 * checkpoint ledger and Netra's signature, never the database's copy of the checkpoints (docs/adr/0027).
 */
@Service
public class AuditVerification {

	/** An entry by its id, its place in the chain and when it happened. */
	public record EntryRef(long entryId, long chainSeq, Instant occurredAt) {
	}

	public enum ProblemKind {
		/** A line of the ledger is not a checkpoint at all. */
		UNREADABLE,
		/** A line's signature was not made by Netra's signing key over what the line says. */
		BAD_SIGNATURE,
		/** A line's timestamp token does not hold for that checkpoint. */
		BAD_TIMESTAMP,
		/** The entry at the checkpoint's place no longer has the hash, id or count that was anchored. */
		ENTRY_CHANGED,
		/** There is no longer an entry at the checkpoint's place. */
		ENTRY_MISSING
	}

	/**
	 * One thing wrong with the anchors: the ledger's line number (from 1), the checkpoint when the line could be
	 * read, and for a changed entry the entry that now stands at the checkpoint's place.
	 */
	public record AnchorProblem(ProblemKind kind, int line, AuditCheckpoint checkpoint, EntryRef entry) {
	}

	/**
	 * @param brokenLinks ids of entries whose own hash or link to the one before does not match
	 * @param checkpoints how many validly signed checkpoints were checked
	 * @param firstMismatch the changed or missing entry with the lowest place in the chain, if any: the first entry
	 * that no longer matches what was anchored
	 * @param lastHolding the latest checkpoint before {@code firstMismatch} (or overall, when nothing mismatches)
	 * that still holds: every entry up to it is as it was anchored
	 */
	public record Result(List<Long> brokenLinks, int checkpoints, List<AnchorProblem> problems,
			AnchorProblem firstMismatch, AuditCheckpoint lastHolding, String ledger) {

		public boolean chainIntact() {
			return brokenLinks.isEmpty();
		}

		public boolean anchorsHold() {
			return problems.isEmpty();
		}
	}

	private record Published(int line, AuditCheckpoint checkpoint) {
	}

	private final JdbcClient jdbc;
	private final AuditSealer sealer;
	private final Signatures signatures;
	private final CheckpointLedger ledger;

	AuditVerification(JdbcClient jdbc, AuditSealer sealer, Signatures signatures, CheckpointLedger ledger) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.signatures = signatures;
		this.ledger = ledger;
	}

	/** Seals what is pending, then walks the whole chain once, checking its links and every published checkpoint. */
	@Transactional(readOnly = true)
	public Result verify() {
		while (sealer.seal() == AuditSealer.BATCH) {
			// what is verified is everything committed so far
		}
		List<AnchorProblem> problems = new ArrayList<>();
		TreeMap<Long, List<Published>> anchors = new TreeMap<>();
		List<String> lines = ledger.lines();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				read(i + 1, lines.get(i), problems).ifPresent(p -> anchors
					.computeIfAbsent(p.checkpoint().chainSeq(), seq -> new ArrayList<>())
					.add(p));
			}
		}
		int checkpoints = anchors.values().stream().mapToInt(List::size).sum();
		List<Long> broken = new ArrayList<>();
		Map<Long, EntryRef> reached = new HashMap<>();
		long[] count = { 0 };
		walk(0, Long.MAX_VALUE, (seq, entry, linked, intact) -> {
			count[0]++;
			if (!linked || !intact) {
				broken.add(entry.id());
			}
			for (Published anchor : anchors.getOrDefault(seq, List.of())) {
				reached.put(seq, new EntryRef(entry.id(), seq, entry.occurredAt()));
				AuditCheckpoint c = anchor.checkpoint();
				if (!c.entryHash().equals(entry.entryHash()) || c.entryId() != entry.id() || c.entries() != count[0]) {
					problems.add(new AnchorProblem(ProblemKind.ENTRY_CHANGED, anchor.line(), c,
							new EntryRef(entry.id(), seq, entry.occurredAt())));
				}
			}
		});
		anchors.forEach((seq, published) -> {
			if (!reached.containsKey(seq)) {
				published.forEach(p -> problems.add(new AnchorProblem(ProblemKind.ENTRY_MISSING, p.line(),
						p.checkpoint(), null)));
			}
		});
		AnchorProblem first = problems.stream()
			.filter(p -> p.kind() == ProblemKind.ENTRY_CHANGED || p.kind() == ProblemKind.ENTRY_MISSING)
			.min(Comparator.comparingLong(p -> p.checkpoint().chainSeq()))
			.orElse(null);
		long limit = first == null ? Long.MAX_VALUE : first.checkpoint().chainSeq();
		AuditCheckpoint lastHolding = anchors.headMap(limit, false)
			.descendingMap()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(Published::checkpoint)
			.findFirst()
			.orElse(null);
		problems.sort(Comparator.comparingInt(AnchorProblem::line));
		return new Result(List.copyOf(broken), checkpoints, List.copyOf(problems), first, lastHolding,
				ledger.location());
	}

	/** The validly signed checkpoint with the highest place in the chain, as published. */
	Optional<AuditCheckpoint> latestPublished() {
		List<AnchorProblem> ignored = new ArrayList<>();
		List<String> lines = ledger.lines();
		AuditCheckpoint latest = null;
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				Optional<Published> read = read(i + 1, lines.get(i), ignored);
				if (read.isPresent() && (latest == null || read.get().checkpoint().chainSeq() > latest.chainSeq())) {
					latest = read.get().checkpoint();
				}
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * Why the chain from an anchored entry up to the head does not hold any more, or empty when it does: checked
	 * before a new checkpoint is signed, so that a rewritten chain is never anchored as if it were the real one.
	 */
	@Transactional(readOnly = true)
	public Optional<String> holdsSince(AuditCheckpoint anchor, long headSeq) {
		List<String> faults = new ArrayList<>();
		boolean[] first = { true };
		walk(anchor.chainSeq(), headSeq, (seq, entry, linked, intact) -> {
			if (first[0]) {
				first[0] = false;
				if (seq != anchor.chainSeq() || !anchor.entryHash().equals(entry.entryHash()) || !intact) {
					faults.add("the entry at chain place " + anchor.chainSeq() + " no longer has its anchored hash");
				}
			}
			else if (!linked || !intact) {
				faults.add("entry " + entry.id() + " at chain place " + seq + " is changed or out of line");
			}
		});
		if (first[0]) {
			faults.add("the entry at chain place " + anchor.chainSeq() + " is gone");
		}
		return faults.stream().findFirst();
	}

	private interface Visitor {

		void visit(long seq, AuditEntry entry, boolean linked, boolean intact);
	}

	/**
	 * Streams the sealed entries from one place in the chain to another, in chain order, telling for each whether it
	 * links to the one before (from genesis when starting at the beginning) and whether its own hash recomputes.
	 */
	private void walk(long fromSeq, long toSeq, Visitor visitor) {
		String[] expectedPrevious = { fromSeq <= 1 ? AuditTrail.GENESIS : null };
		jdbc.sql("select * from audit_entry where chain_seq >= :from and chain_seq <= :to order by chain_seq")
			.param("from", fromSeq)
			.param("to", toSeq)
			.query(rs -> {
				AuditEntry entry = AuditTrail.entry(rs, 0);
				boolean linked = expectedPrevious[0] == null || expectedPrevious[0].equals(entry.previousHash());
				boolean intact = AuditTrail.hash(entry.previousHash(), entry.occurredAt(), AuditTrail.record(entry))
					.equals(entry.entryHash());
				visitor.visit(rs.getLong("chain_seq"), entry, linked, intact);
				expectedPrevious[0] = entry.entryHash();
			});
	}

	private Optional<Published> read(int line, String text, List<AnchorProblem> problems) {
		AuditCheckpoint checkpoint;
		try {
			checkpoint = CheckpointLines.read(text);
		}
		catch (IllegalArgumentException e) {
			problems.add(new AnchorProblem(ProblemKind.UNREADABLE, line, null, null));
			return Optional.empty();
		}
		if (!signedByNetra(checkpoint)) {
			problems.add(new AnchorProblem(ProblemKind.BAD_SIGNATURE, line, checkpoint, null));
			return Optional.empty();
		}
		if (checkpoint.timestamped() && !timestampHolds(checkpoint)) {
			problems.add(new AnchorProblem(ProblemKind.BAD_TIMESTAMP, line, checkpoint, null));
		}
		return Optional.of(new Published(line, checkpoint));
	}

	private boolean signedByNetra(AuditCheckpoint checkpoint) {
		try {
			return signatures.verify(Base64.getDecoder().decode(checkpoint.signature()), checkpoint.signedPayload());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static boolean timestampHolds(AuditCheckpoint checkpoint) {
		try {
			Instant stated = TimestampAuthority.check(Base64.getDecoder().decode(checkpoint.timestampToken()),
					sha256(checkpoint.signedPayload()));
			return stated.equals(checkpoint.timestampedAt());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
