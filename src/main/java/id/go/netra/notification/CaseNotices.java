package id.go.netra.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseDeadlineApproaching;
import id.go.netra.casework.CaseOverdue;
import id.go.netra.casework.CaseTransitioned;
import id.go.netra.enforcement.ControlActionTaken;
import id.go.netra.identity.Recipients;
import id.go.netra.identity.Recipients.Recipient;

/**
 * Turns casework's events into stored notices for the people of the agency that must act next. Listeners run
 * after the case's transaction commits, each in its own; the event publication registry redelivers an event
 * whose listener failed, and the notices' unique key makes the redelivery add nothing already stored.
 */
@Component
class CaseNotices {

	private static final Logger log = LoggerFactory.getLogger(CaseNotices.class);

	/** Transitions that hand a case to an agency although its status stays the same. */
	private static final Set<String> HAND_OVERS = Set.of("OPENED", "FOLLOW_UP_SENT_BACK");

	private static final String NOT_IN_ACCORDANCE = "FOLLOW_UP_NOT_IN_ACCORDANCE";

	private final Recipients recipients;
	private final NoticeTexts texts;
	private final Notices notices;
	private final Clock clock;

	CaseNotices(Recipients recipients, NoticeTexts texts, Notices notices, Clock clock) {
		this.recipients = recipients;
		this.texts = texts;
		this.notices = notices;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseTransitioned moved) {
		nextStage(moved).ifPresent(stage -> store(NoticeKind.ACTION_REQUIRED, moved.transition() + "@" + moved.at(),
				new NoticeTexts.About(moved.caseId(), moved.complaintNumber(), stage,
						stage == Stage.AUDIT ? null : moved.deadlineAt(), moved.employerCode()),
				moved.regionCode()));
	}

	@ApplicationModuleListener
	void on(CaseDeadlineApproaching due) {
		Stage.of(due.status()).ifPresent(stage -> store(NoticeKind.REMINDER, due.status() + "@" + due.deadlineAt(),
				new NoticeTexts.About(due.caseId(), due.complaintNumber(), stage, due.deadlineAt(), due.employerCode()),
				due.regionCode()));
	}

	@ApplicationModuleListener
	void on(CaseOverdue overdue) {
		Stage.of(overdue.status()).ifPresent(stage -> store(NoticeKind.OVERDUE,
				overdue.status() + "@" + overdue.deadlineAt(), new NoticeTexts.About(overdue.caseId(),
						overdue.complaintNumber(), stage, overdue.deadlineAt(), overdue.employerCode()),
				overdue.regionCode()));
	}

	/** The PPK hears of each control action on its case: the letter is in Netra, under the case. */
	@ApplicationModuleListener
	void on(ControlActionTaken action) {
		store(NoticeKind.valueOf("CONTROL_" + action.level().name()), action.level() + "@" + action.caseId(),
				new NoticeTexts.About(action.caseId(), action.complaintNumber(), Stage.FOLLOW_UP, null,
						action.employerCode()),
				null);
	}

	/**
	 * Who acts after a transition: the agency of the new status when the status changed or the case was handed
	 * over again; the auditor when the PPK imposed a lighter sanction than recommended; nobody otherwise
	 * (assignments, notes, closing).
	 */
	static Optional<Stage> nextStage(CaseTransitioned moved) {
		if (NOT_IN_ACCORDANCE.equals(moved.transition())) {
			return Optional.of(Stage.AUDIT);
		}
		if (moved.statusChanged() || HAND_OVERS.contains(moved.transition())) {
			return Stage.of(moved.to());
		}
		return Optional.empty();
	}

	private void store(NoticeKind kind, String occasion, NoticeTexts.About about, String regionCode) {
		List<Recipient> people = about.stage() == Stage.FOLLOW_UP
				? recipients.of(about.employerCode(), about.stage().role())
				: recipients.covering(about.stage().role(), regionCode);
		if (people.isEmpty()) {
			log.warn("Case {} is {}, but nobody with an e-mail address acts as {} for it: no notice sent",
					about.complaintNumber(), about.stage(), about.stage().role());
			return;
		}
		Instant now = clock.instant();
		Set<String> addressed = new HashSet<>();
		for (Recipient person : people) {
			if (addressed.add(person.email().toLowerCase(java.util.Locale.ROOT))) {
				NoticeTexts.Text text = texts.compose(kind, about, person.agencyName());
				notices.add(new Notices.Draft(about.caseId(), about.complaintNumber(), kind, occasion,
						person.agencyCode(), person.email(), text.subject(), text.body()), now);
			}
		}
	}
}
