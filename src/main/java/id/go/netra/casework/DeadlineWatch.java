package id.go.netra.casework;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.netra.DomainException;

/**
 * Looks for open cases whose stage deadline is near or has passed, every
 * {@code netra.deadlines.poll-interval}. Each case is marked with a conditional update, so when several
 * nodes look at once exactly one marks it and raises the event; the event is stored with the mark
 * (event publication registry) and survives a crash.
 */
@Component
class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
	private static final int BATCH = 200;

	private final CaseRows rows;
	private final Casework casework;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DeadlineWatch(CaseRows rows, Casework casework, Deadlines deadlines, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.rows = rows;
		this.casework = casework;
		this.deadlines = deadlines;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@SchedulerLock(name = "deadline-watch", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.deadlines.poll-interval:PT1M}", initialDelayString = "PT2S")
	void look() {
		try {
			Instant now = clock.instant();
			rows.overdue(now, BATCH).forEach(due -> transactions.executeWithoutResult(tx -> markOverdue(due, now)));
			rows.unreminded(now.plus(java.time.Duration.ofDays(3)), BATCH).forEach(due -> {
				Instant remindAt = deadlines.reminderAt(due.stageStart(), due.deadline());
				if (!now.isBefore(remindAt) && now.isBefore(due.deadline())) {
					transactions.executeWithoutResult(tx -> remind(due));
				}
			});
		}
		catch (RuntimeException e) {
			// the next round tries again; a failing database must not stop the watch for good
			log.warn("Deadline watch round failed: {}", e.toString());
		}
	}

	/**
	 * Marks a case overdue through the aggregate, saved with its version check: of several nodes finding the same
	 * case, exactly one saves it; the others see the changed version and leave it (as after an officer's act in
	 * between, which the next round judges again).
	 */
	private void markOverdue(CaseRows.Due due, Instant now) {
		Case c = rows.find(due.id()).orElse(null);
		if (c == null || c.overdue() || !due.deadline().equals(c.deadlineAt())
				|| !Transition.DEADLINE_PASSED.allowedFrom(c.stage())) {
			return;
		}
		c.markOverdue(now);
		try {
			casework.save(c, CaseRows.ActingAs.SYSTEM, now);
		}
		catch (DomainException changed) {
			if (!"casework.concurrentChange".equals(changed.messageCode())) {
				throw changed;
			}
		}
	}

	private void remind(CaseRows.Due due) {
		if (!rows.claimReminder(due.id(), due.deadline())) {
			return;
		}
		rows.find(due.id())
			.ifPresent(c -> events.publishEvent(new CaseDeadlineApproaching(c.id(), c.complaintNumber(), c.stage(),
					c.deadlineAt(), c.subject().employerCode(), c.regionCode())));
	}
}
