package id.go.netra.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseChanged;
import id.go.netra.casework.CaseDeadlineApproaching;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.Stage;
import id.go.netra.casework.Transition;
import id.go.netra.enforcement.ControlActionTaken;
import id.go.netra.hearing.ClarificationGiven;
import id.go.netra.identity.Recipients;
import id.go.netra.identity.Recipients.Recipient;

/**
 * Turns casework's events into stored notices for the people of the agency that must act next. A case's change
 * is turned into notice rows inside the transaction that saved the case (the rows are the outbox that
 * {@link NoticeSender} mails from), so a report costs no extra commit and a notice exists exactly when its change
 * does. Reminders and control actions arrive later, each in its own transaction; the notices' unique key makes
 * a redelivered event add nothing already stored.
 */
@Component
class CaseNotices {

	private static final Logger log = LoggerFactory.getLogger(CaseNotices.class);

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

	/** Runs inside the transaction that saved the case. */
	@EventListener
	void on(CaseChanged changed) {
		CaseSnapshot c = changed.snapshot();
		String occasion = changed.transitions().get(changed.transitions().size() - 1) + "@" + changed.at();
		nextStage(changed).ifPresent(stage -> store(NoticeKind.ACTION_REQUIRED, occasion,
				new NoticeTexts.About(c.id(), c.complaintNumber(), stage, stage.hasDeadline() ? c.deadlineAt() : null,
						c.subject().employerCode()),
				c.regionCode()));
		if (changed.includes(Transition.DEADLINE_PASSED) && c.stage().actingRole().isPresent()) {
			store(NoticeKind.OVERDUE, c.status() + "@" + c.deadlineAt(), new NoticeTexts.About(c.id(),
					c.complaintNumber(), c.stage(), c.deadlineAt(), c.subject().employerCode()), c.regionCode());
		}
	}

	@ApplicationModuleListener
	void on(CaseDeadlineApproaching due) {
		if (due.stage().actingRole().isPresent()) {
			store(NoticeKind.REMINDER, due.stage() + "@" + due.deadlineAt(), new NoticeTexts.About(due.caseId(),
					due.complaintNumber(), due.stage(), due.deadlineAt(), due.employerCode()), due.regionCode());
		}
	}

	/** The PPK hears of each control action on its case: the letter is in Netra, under the case. */
	@ApplicationModuleListener
	void on(ControlActionTaken action) {
		store(NoticeKind.valueOf("CONTROL_" + action.level().name()), action.level() + "@" + action.caseId(),
				new NoticeTexts.About(action.caseId(), action.complaintNumber(), Stage.FOLLOW_UP, null,
						action.employerCode()),
				null);
	}

	/** Bawaslu's reviewers of the case's region hear that the accused answered: it is on the case. */
	@ApplicationModuleListener
	void on(ClarificationGiven given) {
		store(NoticeKind.CLARIFICATION, "clarification@" + given.caseId(),
				new NoticeTexts.About(given.caseId(), given.complaintNumber(), Stage.REVIEW, null, null),
				given.regionCode());
	}

	/**
	 * Who acts after a change: the agency of the case's stage when the case was handed over (its status changed,
	 * or a transition gives it to someone, such as a lighter sanction to the auditor); nobody when it is closed
	 * or nothing changed hands (an identity resolved, a deadline passed).
	 */
	static Optional<Stage> nextStage(CaseChanged changed) {
		Stage stage = changed.snapshot().stage();
		return changed.handedOver() && stage.actingRole().isPresent() ? Optional.of(stage) : Optional.empty();
	}

	private void store(NoticeKind kind, String occasion, NoticeTexts.About about, String regionCode) {
		List<Recipient> people = about.stage() == Stage.FOLLOW_UP
				? recipients.of(about.employerCode(), about.stage().actingRole().orElseThrow())
				: recipients.covering(about.stage().actingRole().orElseThrow(), regionCode);
		if (people.isEmpty()) {
			log.warn("Case {} is {}, but nobody with an e-mail address acts as {} for it: no notice sent",
					about.complaintNumber(), about.stage(), about.stage().actingRole().orElseThrow());
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
