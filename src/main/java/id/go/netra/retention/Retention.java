package id.go.netra.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.Dates;
import id.go.netra.Page;
import id.go.netra.audit.AuditActor;
import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.ClosedCases;
import id.go.netra.notification.ReporterNoticeErasure;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.ReportErasure;

/**
 * Applies the retention period (ADR 0029): for every case closed longer ago than {@code netra.retention.after-closing},
 * erases the reporter's identity, deletes the evidence files no case still kept needs (a file is stored once
 * however many reports sent it) and the notices addressed to the reporter, records the run and audits it as
 * {@code RETENTION_APPLIED}. The case, its history, its letters, the discipline register and the audit trail are
 * not touched: they are the legal record.
 */
@Service
class Retention {

	static final String APPLIED = "RETENTION_APPLIED";
	static final String SYSTEM = "system";

	private final ClosedCases closedCases;
	private final ReportErasure reports;
	private final ReporterNoticeErasure notices;
	private final EvidenceStore store;
	private final RetentionRuns runs;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final RetentionSettings settings;
	private final Clock clock;

	Retention(ClosedCases closedCases, ReportErasure reports, ReporterNoticeErasure notices, EvidenceStore store,
			RetentionRuns runs, AuditTrail audit, TransactionTemplate transactions, RetentionSettings settings,
			Clock clock) {
		this.closedCases = closedCases;
		this.reports = reports;
		this.notices = notices;
		this.store = store;
		this.runs = runs;
		this.audit = audit;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/** The scheduled run, if it is due and no other node claimed it; empty otherwise. */
	Optional<RetentionRun> runIfDue() {
		Instant now = clock.instant();
		return Optional.ofNullable(transactions.execute(tx -> runs.claimDue(now, now.plus(settings.interval()))
				? record(erase(now, SYSTEM, true), AuditActor.SYSTEM)
				: null));
	}

	/** A run an administrator asked for; it waits for a run in progress elsewhere to end. */
	RetentionRun runNow(String administrator) {
		Instant now = clock.instant();
		return transactions.execute(tx -> {
			runs.lock();
			return record(erase(now, administrator, true), audit.currentActor());
		});
	}

	/** What a run now would erase; nothing is changed (the work is done and rolled back). */
	RetentionRun preview() {
		Instant now = clock.instant();
		return transactions.execute(tx -> {
			tx.setRollbackOnly();
			return erase(now, SYSTEM, false);
		});
	}

	Page<RetentionRun> runs(int page, int size) {
		return runs.page(page, size);
	}

	Instant nextRunAt() {
		return runs.nextRunAt();
	}

	Instant cutoff(Instant now) {
		return now.atZone(Dates.ZONE).minus(settings.afterClosing()).toInstant();
	}

	RetentionSettings settings() {
		return settings;
	}

	private RetentionRun erase(Instant now, String by, boolean apply) {
		Instant cutoff = cutoff(now);
		List<ClosedCases.ClosedCase> due = closedCases.closedBefore(cutoff);
		ReportErasure.Erased erased = reports.erase(due.stream().map(ClosedCases.ClosedCase::reportId).toList(), now);
		Set<String> newlyErased = Set.copyOf(erased.complaintNumbers());
		List<UUID> cases = due.stream().filter(c -> newlyErased.contains(c.complaintNumber()))
			.map(ClosedCases.ClosedCase::id).toList();
		int noticesDeleted = notices.forget(cases);
		Set<String> ofTheRecord = closedCases
			.ofTheRecord(erased.orphans().stream().map(ReportErasure.Orphan::sha256).toList());
		int files = 0;
		long bytes = 0;
		// inside the transaction: should it roll back, the next run marks the rows again and finds the files gone,
		// whereas deleting after the commit could leave a file no run would ever look at again
		for (ReportErasure.Orphan orphan : erased.orphans()) {
			if (!ofTheRecord.contains(orphan.sha256()) && (!apply || store.forget(orphan.sha256()))) {
				files++;
				bytes += orphan.size();
			}
		}
		return new RetentionRun(null, now, null, by, cutoff, cases.size(), erased.identities(), files, bytes,
				noticesDeleted, erased.complaintNumbers().stream().sorted().toList());
	}

	private RetentionRun record(RetentionRun run, AuditActor actor) {
		RetentionRun saved = runs.save(new RetentionRun(null, run.startedAt(), clock.instant(), run.triggeredBy(),
				run.cutoff(), run.cases(), run.identitiesErased(), run.filesDeleted(), run.bytesDeleted(),
				run.noticesDeleted(), run.complaintNumbers()));
		audit.record(AuditRecord.of(actor, APPLIED, "retention-run/" + saved.id(),
				"cutoff %s; %d case(s), %d identity(ies) erased, %d file(s) deleted (%d bytes), %d notice(s) to reporters deleted"
					.formatted(saved.cutoff(), saved.cases(), saved.identitiesErased(), saved.filesDeleted(),
							saved.bytesDeleted(), saved.noticesDeleted()),
				AuditRecord.Outcome.SUCCESS));
		return saved;
	}
}
