package id.go.netra.hearing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseChanged;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.Transition;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.personnel.Roster;
import id.go.netra.reporting.ReportKind;

/**
 * Opens a case's hearing when the task force forwards it to review (or when the accused is identified during the
 * review), and notes what the review found of it. Runs inside the transaction that saved the case, so a forwarded
 * case always has its hearing and its notice waiting to go out: nothing is lost if the process dies before mailing.
 * Not for a report of pressure (ADR 0049): told of it, the person who pressed would know who reported; they are heard
 * by the review and their PPK's own procedure instead (ADR 0052).
 */
@Component
class HearingOpening {

	private static final Set<Transition> OPENING = Set.of(Transition.VERIFIED, Transition.IDENTITY_RESOLVED);
	private static final Set<Transition> REVIEWED = Set.of(Transition.REVIEWED_PROVEN, Transition.REVIEWED_NOT_PROVEN);

	private final Hearings hearings;
	private final Roster roster;
	private final HearingSettings settings;
	private final BusinessCalendar calendar;
	private final AuditTrail audit;
	private final HearingMail mail;
	private final Clock clock;

	HearingOpening(Hearings hearings, Roster roster, HearingSettings settings, BusinessCalendar calendar,
			AuditTrail audit, HearingMail mail, Clock clock) {
		this.mail = mail;
		this.hearings = hearings;
		this.roster = roster;
		this.settings = settings;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void on(CaseChanged changed) {
		CaseSnapshot c = changed.snapshot();
		if (changed.includesAny(OPENING) && c.status() == CaseStatus.IN_REVIEW && c.subject().resolved()
				&& c.subject().nip() != null && !ReportKind.PRESSURE_REPORT.name().equals(c.source())) {
			open(c);
		}
		if (changed.includesAny(REVIEWED)) {
			hearings.find(c.id()).ifPresent(h -> {
				Hearing.ReviewFound found = h.clarified() ? Hearing.ReviewFound.CLARIFIED
						: changed.at().isBefore(h.clarificationDueAt()) ? Hearing.ReviewFound.BEFORE_DEADLINE
								: Hearing.ReviewFound.DEADLINE_PASSED;
				hearings.reviewed(c.id(), found, changed.at());
				audit.record("HEARING_REVIEWED", c.complaintNumber(), found.name());
			});
		}
		if (changed.statusChanged() && !c.status().isOpen()) {
			hearings.withdrawNotice(c.id());
		}
	}

	private void open(CaseSnapshot c) {
		Optional<Roster.Member> member = roster.byNip(c.subject().nip());
		// without mail (no spring.mail.host) a mailed notice would wait for ever: the PPK delivers it instead
		String email = mail.configured() ? member.map(Roster.Member::email).filter(e -> !e.isBlank()).orElse(null) : null;
		Instant now = clock.instant();
		Hearing hearing = new Hearing(c.id(), c.complaintNumber(), c.subject().nip(), c.subject().employerCode(),
				c.incidentDate(), c.regionCode(), now, dueFrom(now),
				email == null ? Hearing.Channel.PPK_DELIVERY : Hearing.Channel.EMAIL, email,
				email == null ? Hearing.NoticeStatus.AWAITING_DELIVERY : Hearing.NoticeStatus.PENDING, null, 0, null,
				null, null, null, null, null, null);
		// a mailed notice waits a little for the task force's words on the allegation (writing them sends it at once)
		if (hearings.open(hearing, now.plus(settings.noticeHold()))) {
			audit.record("HEARING_OPENED", c.complaintNumber(),
					email == null ? "pemberitahuan diserahkan melalui PPK" : "pemberitahuan melalui surel");
		}
	}

	/** The clarification deadline for a notice that goes out at {@code sent}. */
	Instant dueFrom(Instant sent) {
		return settings.clarification().deadlineFrom(sent, calendar);
	}
}
