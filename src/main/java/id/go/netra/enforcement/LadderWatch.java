package id.go.netra.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.Casework;
import id.go.netra.casework.ControlLevel;
import id.go.netra.casework.Transition;
import id.go.netra.catalog.BusinessCalendar;

/**
 * Climbs the control ladder of late cases every {@code netra.enforcement.poll-interval}: a warning letter, a
 * reprimand with copies to the overseeing ministry, then a block on the employee's personnel data with a
 * proposal to sanction the PPK. Each rung is claimed with a conditional update and fired in the same
 * transaction as its letter and block, so with several nodes every rung fires exactly once, and a crash leaves
 * either all of it or none.
 */
@Component
class LadderWatch {

	private static final Logger log = LoggerFactory.getLogger(LadderWatch.class);
	private static final int BATCH = 100;

	private final LadderRows ladders;
	private final Blocks blocks;
	private final ControlLetters letters;
	private final PpkSanctionProposals proposals;
	private final Casework casework;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final BusinessCalendar calendar;
	private final TransactionTemplate transactions;
	private final Clock clock;

	LadderWatch(LadderRows ladders, Blocks blocks, ControlLetters letters, PpkSanctionProposals proposals,
			Casework casework, AuditTrail audit, ApplicationEventPublisher events, BusinessCalendar calendar,
			TransactionTemplate transactions, Clock clock) {
		this.ladders = ladders;
		this.blocks = blocks;
		this.letters = letters;
		this.proposals = proposals;
		this.casework = casework;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
		this.transactions = transactions;
		this.clock = clock;
	}

	@SchedulerLock(name = "control-ladder", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.enforcement.poll-interval:PT1M}", initialDelayString = "PT3S")
	void look() {
		try {
			ladders.due(clock.instant(), BATCH).forEach(due -> transactions.executeWithoutResult(tx -> climb(due)));
		}
		catch (RuntimeException e) {
			// the next round tries again; a failing database must not stop the ladder for good
			log.warn("Control ladder round failed: {}", e.toString());
		}
	}

	void climb(LadderRows.Ladder seen) {
		Instant now = clock.instant();
		ControlLevel rung = seen.nextRung();
		ControlLevel after = rung.next();
		Instant afterAt = after == null ? null : seen.intervalBefore(after).after(now, calendar);
		if (!ladders.claim(seen, after, afterAt)) {
			return;
		}
		UUID letter;
		UUID block = null;
		switch (rung) {
			case WARNING -> letter = letters.warning(seen);
			case REPRIMAND -> letter = letters.reprimand(seen);
			case BLOCKED -> {
				Block placed = blocks.placeForCase(seen, now);
				block = placed.id();
				letter = placed.letterId();
				proposals.propose(seen, now);
			}
			default -> throw new IllegalStateException("not a rung: " + rung);
		}
		ladders.recordAction(new LadderRows.Action(seen.caseId(), rung, now, letter, block));
		casework.annotate(seen.caseId(), Transition.controlAction(rung), letters.numberOf(letter));
		audit.record("enforcement.ladder." + rung.name().toLowerCase(java.util.Locale.ROOT), seen.complaintNumber(),
				"employer " + seen.employerCode() + ", letter " + letters.numberOf(letter));
		events.publishEvent(new ControlActionTaken(seen.caseId(), seen.complaintNumber(), rung, seen.employerCode(),
				letter, now));
	}
}
