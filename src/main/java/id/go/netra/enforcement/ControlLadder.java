package id.go.netra.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.Case;
import id.go.netra.casework.CaseOverdue;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.CaseTransitioned;
import id.go.netra.casework.Casework;
import id.go.netra.casework.ControlLevel;
import id.go.netra.casework.FollowUpRecorded;
import id.go.netra.catalog.BusinessCalendar;

/**
 * Follows each case from BKN's recommendation to the PPK's follow-up, on casework's events: the ladder starts
 * when the recommendation is forwarded (with the recommendation letter), arms its first rung when the follow-up
 * deadline passes, stops when the PPK acts, and lifts the case's block once the sanction is imposed or the case
 * closes. The rungs themselves are climbed by {@link LadderWatch}.
 */
@Component
class ControlLadder {

	private static final Set<String> CLOSING = Set.of("CANCELLED", "SEPARATED");

	/**
	 * The transitions {@link #on(CaseTransitioned)} acts on. Others (a report received, verified, assigned) are not
	 * even registered for this listener: each registration costs the database a row written, updated and deleted.
	 */
	static final String ACTS_ON = "{'RECOMMENDATION_ISSUED', 'FOLLOW_UP_SENT_BACK', 'REVIEWED_PROVEN', 'REVIEWED_NOT_PROVEN', "
			+ "'CANCELLED', 'SEPARATED'}.contains(#moved.transition())";

	private final LadderRows ladders;
	private final Casework casework;
	private final Blocks blocks;
	private final ControlLetters letters;
	private final DisciplineRegister register;
	private final PpkSanctionProposals proposals;
	private final CriminalReferrals referrals;
	private final EnforcementSettings settings;
	private final BusinessCalendar calendar;
	private final Clock clock;

	ControlLadder(LadderRows ladders, Casework casework, Blocks blocks, ControlLetters letters,
			DisciplineRegister register, PpkSanctionProposals proposals, CriminalReferrals referrals,
			EnforcementSettings settings, BusinessCalendar calendar, Clock clock) {
		this.ladders = ladders;
		this.casework = casework;
		this.blocks = blocks;
		this.letters = letters;
		this.register = register;
		this.proposals = proposals;
		this.referrals = referrals;
		this.settings = settings;
		this.calendar = calendar;
		this.clock = clock;
	}

	@ApplicationModuleListener(condition = ACTS_ON)
	void on(CaseTransitioned moved) {
		switch (moved.transition()) {
			case "RECOMMENDATION_ISSUED" -> casework.load(moved.caseId()).ifPresent(c -> {
				start(c);
				letters.recommendation(c);
			});
			case "FOLLOW_UP_SENT_BACK" -> ladders.sentBack(moved.caseId());
			case "REVIEWED_PROVEN", "REVIEWED_NOT_PROVEN" -> casework.load(moved.caseId())
				.filter(c -> c.review() != null && c.review().criminal())
				.ifPresent(referrals::open);
			default -> {
				if (CLOSING.contains(moved.transition()) && ladders.close(moved.caseId(), moved.at())) {
					blocks.liftForCase(moved.caseId(), "Kasus ditutup (" + moved.transition() + ")");
					proposals.closeFor(moved.caseId(), moved.at());
				}
			}
		}
	}

	@ApplicationModuleListener
	void on(CaseOverdue overdue) {
		if (overdue.status() != CaseStatus.AWAITING_FOLLOW_UP) {
			return;
		}
		// a case forwarded before enforcement kept its ladders has none yet: start it now
		casework.load(overdue.caseId()).ifPresent(this::start);
		ladders.find(overdue.caseId()).ifPresent(ladder -> {
			ControlLevel rung = ladder.level().next();
			Instant due = rung == null ? null : ladder.intervalBefore(rung).after(overdue.at(), calendar);
			ladders.overdue(overdue.caseId(), overdue.at(), rung, due);
		});
	}

	@ApplicationModuleListener
	void on(FollowUpRecorded followUp) {
		Instant now = clock.instant();
		// listeners run in no fixed order: a follow-up recorded at once may arrive before the ladder started
		casework.load(followUp.caseId()).ifPresent(this::start);
		ladders.followedUp(followUp.caseId(), now, followUp.settled());
		if (followUp.settled()) {
			blocks.liftForCase(followUp.caseId(),
					"PPK telah menjatuhkan hukuman disiplin (" + followUp.sanctionCode() + ", " + followUp.decreeNumber() + ")");
			proposals.closeFor(followUp.caseId(), now);
			casework.load(followUp.caseId()).ifPresent(c -> register.enter(c, followUp));
		}
	}

	/** Starts the case's ladder from when the recommendation was forwarded; nothing if it has one. */
	private void start(Case c) {
		if (c.recommendation() == null || c.subject().employerCode() == null) {
			return;
		}
		Instant forwardedAt = c.recommendation().issuedAt();
		Case.Subject s = c.subject();
		EnforcementSettings.Ladder rungs = settings.ladder();
		ladders.start(new LadderRows.Ladder(c.id(), c.complaintNumber(), s.nip(), s.name(), s.employerCode(),
				c.regionCode(), forwardedAt, LadderRows.State.AWAITING, false, null, null, null, null, ControlLevel.NONE,
				null, null, rungs.warning(), rungs.reprimand(), rungs.block(), 0));
	}
}
