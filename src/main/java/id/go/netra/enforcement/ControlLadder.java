package id.go.netra.enforcement;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseChanged;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.ControlLevel;
import id.go.netra.casework.Transition;
import id.go.netra.catalog.BusinessCalendar;

/**
 * Follows each case from BKN's recommendation to the PPK's follow-up, on casework's {@link CaseChanged}: the
 * ladder starts when the recommendation is forwarded (with the recommendation letter), follows its case's
 * snapshot (armed while the follow-up is overdue, waiting while the auditor decides), and lifts the case's block
 * once the sanction is imposed or the case closes. A criminal finding in the review opens the referral to
 * Gakkumdu. The rungs themselves are climbed by {@link LadderWatch}.
 */
@Component
class ControlLadder {

	/**
	 * The transitions this listener acts on; other changes (a report received, verified) are not even registered
	 * for it: each registration costs the database a row written, updated and deleted. Public (and unmodifiable)
	 * because the listener's condition reads it through SpEL.
	 */
	public static final Set<Transition> ACTS_ON = java.util.Collections.unmodifiableSet(EnumSet.of(
			Transition.REVIEWED_PROVEN, Transition.REVIEWED_NOT_PROVEN, Transition.RECOMMENDATION_ISSUED,
			Transition.DEADLINE_PASSED, Transition.FOLLOW_UP_RECORDED, Transition.FOLLOW_UP_NOT_IN_ACCORDANCE,
			Transition.FOLLOW_UP_ACCEPTED, Transition.FOLLOW_UP_SENT_BACK, Transition.CANCELLED, Transition.SEPARATED));

	private static final Set<Transition> REVIEWS = EnumSet.of(Transition.REVIEWED_PROVEN,
			Transition.REVIEWED_NOT_PROVEN);

	private final LadderRows ladders;
	private final Blocks blocks;
	private final ControlLetters letters;
	private final DisciplineRegister register;
	private final PpkSanctionProposals proposals;
	private final CriminalReferrals referrals;
	private final EnforcementSettings settings;
	private final BusinessCalendar calendar;

	ControlLadder(LadderRows ladders, Blocks blocks, ControlLetters letters, DisciplineRegister register,
			PpkSanctionProposals proposals, CriminalReferrals referrals, EnforcementSettings settings,
			BusinessCalendar calendar) {
		this.ladders = ladders;
		this.blocks = blocks;
		this.letters = letters;
		this.register = register;
		this.proposals = proposals;
		this.referrals = referrals;
		this.settings = settings;
		this.calendar = calendar;
	}

	@ApplicationModuleListener(condition = "#changed.includesAny(T(id.go.netra.enforcement.ControlLadder).ACTS_ON)")
	void on(CaseChanged changed) {
		CaseSnapshot c = changed.snapshot();
		if (changed.includesAny(REVIEWS) && c.review() != null && c.review().criminal() && referrals.open(c)) {
			letters.referral(c);
		}
		if (c.recommendation() == null || c.subject().employerCode() == null) {
			return;
		}
		// a case forwarded before enforcement kept its ladders has none yet: it starts at the first change heard
		start(c);
		if (changed.includes(Transition.RECOMMENDATION_ISSUED)) {
			letters.recommendation(c);
		}
		LadderRows.Following following = LadderRows.Following.of(c);
		ladders.follow(c.id(), following, calendar).ifPresent(before -> {
			boolean wasWaiting = before.state() == LadderRows.State.AWAITING || before.state() == LadderRows.State.AUDIT;
			if (wasWaiting && following.state() == LadderRows.State.SETTLED) {
				CaseSnapshot.FollowUp f = c.followUp();
				blocks.liftForCase(c.id(), "PPK telah menjatuhkan hukuman disiplin (" + f.sanctionCode() + ", "
						+ f.decreeNumber() + ")");
				proposals.closeFor(c.id(), changed.at());
			}
			else if (wasWaiting && following.state() == LadderRows.State.CLOSED) {
				blocks.liftForCase(c.id(), "Kasus ditutup (" + changed.transitions().get(changed.transitions().size() - 1) + ")");
				proposals.closeFor(c.id(), changed.at());
			}
		});
		if (c.sanctioned()) {
			register.enter(c);
		}
	}

	/** Starts the case's ladder from when the recommendation was forwarded; nothing if it has one. */
	private void start(CaseSnapshot c) {
		CaseSnapshot.Subject s = c.subject();
		EnforcementSettings.Ladder rungs = settings.ladder();
		ladders.start(new LadderRows.Ladder(c.id(), c.complaintNumber(), s.nip(), s.name(), s.employerCode(),
				c.regionCode(), c.recommendation().issuedAt(), LadderRows.State.AWAITING, false, null, null, null, null,
				ControlLevel.NONE, null, null, rungs.warning(), rungs.reprimand(), rungs.block(), 0, -1));
	}
}
