package id.go.netra.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.netra.keys.Signatures;

/**
 * Anchors the audit trail outside the database: signs the chain head with Netra's signing key (kept outside the
 * database) and publishes the signed checkpoint to the {@link CheckpointLedger}, every
 * {@code netra.audit.checkpoint-interval}, at start-up and at shut-down when the head has moved, and when an
 * administrator asks. With {@code netra.audit.timestamp-url} set, an RFC 3161 authority also timestamps it.
 * Before signing it checks that the chain still holds from the last published checkpoint to the head: a chain
 * rewritten in the database is refused, never anchored as if it were the real one (docs/adr/0027).
 */
@Service
public class AuditAnchors {

	/** What became of a request for a checkpoint. */
	public enum Outcome {
		/** Signed and published. */
		TAKEN,
		/** The head has not moved since the last checkpoint. */
		UNCHANGED,
		/** Nothing is sealed yet. */
		EMPTY,
		/** Another node anchored the same head at the same moment. */
		TAKEN_ELSEWHERE,
		/** The chain no longer holds against the last published checkpoint; nothing was signed. */
		REFUSED
	}

	/** The outcome, the checkpoint that now anchors the head (if any), and for a refusal the reason. */
	public record Taken(Outcome outcome, AuditCheckpoint checkpoint, String reason) {
	}

	private record Head(long seq, long id, String hash, Instant at) {
	}

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final AuditSealer sealer;
	private final AuditTrail trail;
	private final AuditVerification verification;
	private final Signatures signatures;
	private final CheckpointLedger ledger;
	private final TimestampAuthority timestamps;
	private final Clock clock;

	AuditAnchors(JdbcClient jdbc, PlatformTransactionManager transactions, AuditSealer sealer, AuditTrail trail,
			AuditVerification verification, Signatures signatures, CheckpointLedger ledger, AnchorSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.sealer = sealer;
		this.trail = trail;
		this.verification = verification;
		this.signatures = signatures;
		this.ledger = ledger;
		this.timestamps = settings.timestamps()
				? new TimestampAuthority(settings.timestampUrl(), settings.timestampTimeout()) : null;
		this.clock = clock;
	}

	/** The public half of the signing key, as Tink JSON: what anyone needs to check a checkpoint's signature. */
	public String publicKey() {
		return signatures.publicKeyset();
	}

	/** Where the checkpoints are published, for the administrator. */
	public String ledgerLocation() {
		return ledger.location();
	}

	/** The latest checkpoints, newest first, from the database's copy (verification reads the ledger itself). */
	public List<AuditCheckpoint> latest(int count) {
		return published(count).stream().flatMap(AuditAnchors::readable).toList();
	}

	/**
	 * The latest checkpoints exactly as they were published, newest first, one line each: with the public key,
	 * anyone can check them against the ledger or a copy of it.
	 */
	public String latestPublished(int count) {
		return published(count).stream().map(line -> line + "\n").collect(Collectors.joining());
	}

	private List<String> published(int count) {
		return jdbc.sql("select published from audit_checkpoint order by chain_seq desc limit :count")
			.param("count", Math.max(1, Math.min(count, 500)))
			.query(String.class)
			.list();
	}

	/** An administrator's checkpoint, taken now and recorded in the trail under their name. */
	public Taken checkpointNow() {
		Taken taken = checkpoint();
		trail.record("AUDIT_CHECKPOINT_REQUESTED", taken.checkpoint() == null ? null
				: "chain " + taken.checkpoint().chainSeq(), taken.outcome().name());
		return taken;
	}

	// held for one interval, so the nodes together take one periodic checkpoint an interval, not one each
	@SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "${netra.audit.checkpoint-interval:PT10M}",
			lockAtLeastFor = "${netra.audit.checkpoint-interval:PT10M}")
	@Scheduled(fixedDelayString = "${netra.audit.checkpoint-interval:PT10M}",
			initialDelayString = "${netra.audit.checkpoint-interval:PT10M}")
	void periodically() {
		checkpointQuietly("periodic");
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		checkpointQuietly("start-up");
	}

	@EventListener(ContextClosedEvent.class)
	void atShutDown() {
		checkpointQuietly("shut-down");
	}

	private void checkpointQuietly(String when) {
		try {
			Taken taken = checkpoint();
			log.debug("audit checkpoint at {}: {}", when, taken.outcome());
		}
		catch (RuntimeException e) {
			log.error("the audit checkpoint at {} failed; the trail is anchored only up to the last one", when, e);
		}
	}

	/** Signs and publishes the chain head unless it has not moved, was anchored elsewhere, or no longer holds. */
	public synchronized Taken checkpoint() {
		while (sealer.seal() == AuditSealer.BATCH) {
			// anchor everything committed so far
		}
		Optional<Head> found = head();
		if (found.isEmpty()) {
			return new Taken(Outcome.EMPTY, null, null);
		}
		Head head = found.get();
		Optional<AuditCheckpoint> anchored = latestCopy();
		if (anchored.isPresent() && anchored.get().chainSeq() >= head.seq()) {
			return new Taken(Outcome.UNCHANGED, anchored.get(), null);
		}
		Optional<AuditCheckpoint> published = verification.latestPublished();
		if (published.isPresent()) {
			Optional<String> fault = verification.holdsSince(published.get(), head.seq());
			if (fault.isPresent()) {
				log.error("audit checkpoint refused: {} (last anchored chain place {})", fault.get(),
						published.get().chainSeq());
				trail.record(AuditRecord.system("AUDIT_CHECKPOINT_REFUSED", "chain " + head.seq(), fault.get()));
				return new Taken(Outcome.REFUSED, published.get(), fault.get());
			}
		}
		AuditCheckpoint checkpoint = sign(head);
		String line = CheckpointLines.write(checkpoint);
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("""
						insert into audit_checkpoint (chain_seq, entry_id, entry_hash, entries, taken_at, timestamped_at,
						  published)
						values (:seq, :id, :hash, :entries, :taken, :stamped, :published)
						""")
					.param("seq", checkpoint.chainSeq())
					.param("id", checkpoint.entryId())
					.param("hash", checkpoint.entryHash())
					.param("entries", checkpoint.entries())
					.param("taken", utc(checkpoint.takenAt()))
					.param("stamped", checkpoint.timestampedAt() == null ? null : utc(checkpoint.timestampedAt()))
					.param("published", line)
					.update();
				// published while the claim is held: a failed append rolls the claim back
				ledger.append(line);
			});
		}
		catch (DuplicateKeyException e) {
			return new Taken(Outcome.TAKEN_ELSEWHERE, latestCopy().orElse(null), null);
		}
		return new Taken(Outcome.TAKEN, checkpoint, null);
	}

	private AuditCheckpoint sign(Head head) {
		long entries = jdbc.sql("select count(*) from audit_entry where chain_seq <= :seq")
			.param("seq", head.seq())
			.query(Long.class)
			.single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		byte[] payload = AuditCheckpoint.payload(head.seq(), head.id(), head.hash(), entries, head.at(), now);
		AuditCheckpoint checkpoint = new AuditCheckpoint(head.seq(), head.id(), head.hash(), entries, head.at(), now,
				Base64.getEncoder().encodeToString(signatures.sign(payload)), null, null);
		if (timestamps == null) {
			return checkpoint;
		}
		try {
			TimestampAuthority.Stamp stamp = timestamps.stamp(AuditVerification.sha256(payload));
			return checkpoint.withTimestamp(Base64.getEncoder().encodeToString(stamp.token()), stamp.at());
		}
		catch (TimestampAuthority.Unavailable e) {
			log.warn("audit checkpoint at chain place {} published signed only: {}", head.seq(), e.getMessage());
			return checkpoint;
		}
	}

	private Optional<Head> head() {
		return jdbc.sql("""
				select e.id, e.chain_seq, e.entry_hash, e.occurred_at from audit_entry e
				where e.chain_seq = (select last_seq from audit_chain_head where id = 1)
				""")
			.query((rs, row) -> new Head(rs.getLong("chain_seq"), rs.getLong("id"), rs.getString("entry_hash"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private Optional<AuditCheckpoint> latestCopy() {
		return latest(1).stream().findFirst();
	}

	/** A copy the database altered into something unreadable is left out; verification reads the ledger. */
	private static Stream<AuditCheckpoint> readable(String line) {
		try {
			return Stream.of(CheckpointLines.read(line));
		}
		catch (IllegalArgumentException e) {
			return Stream.empty();
		}
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
