package id.go.netra.hearing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.OneTimeSecrets;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Roster;

/**
 * Notices the PPK delivers by hand, to employees the registry has no address for (or whose mail kept failing). The
 * PPK sees only that an employee of theirs is to be told, never the case before BKN's recommendation. Printing makes a
 * new personal link and a one-time code valid until the deadline, shown once on the printed notice; printing again
 * makes new ones and the old sheet stops working.
 */
@Service
class NoticeDeliveries {

	/** A notice waiting to be delivered, as the PPK's list shows it. */
	record Waiting(UUID caseId, String nip, String name, Instant since) {
	}

	/** A printed notice: its words and its secrets, which exist only on this sheet. */
	record Printed(UUID caseId, String complaintNumber, String nip, String name, String link, String code,
			Instant clarificationDueAt, String text) {
	}

	private final Hearings hearings;
	private final Roster roster;
	private final HearingOpening opening;
	private final HearingNotices notices;
	private final HearingMail mail;
	private final AuditTrail audit;
	private final Clock clock;

	NoticeDeliveries(Hearings hearings, Roster roster, HearingOpening opening, HearingNotices notices, HearingMail mail,
			AuditTrail audit, Clock clock) {
		this.hearings = hearings;
		this.roster = roster;
		this.opening = opening;
		this.notices = notices;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	List<Waiting> waiting(Actor actor) {
		return hearings.awaitingDelivery(requirePpk(actor))
			.stream()
			.map(h -> new Waiting(h.caseId(), h.nip(), name(h), h.openedAt()))
			.toList();
	}

	long count(Actor actor) {
		return actor.has(Role.PPK) ? hearings.countAwaitingDelivery(actor.agencyCode()) : 0;
	}

	@Transactional
	Printed print(Actor actor, UUID caseId, Locale locale) {
		String employer = requirePpk(actor);
		Hearing h = hearings.find(caseId)
			.filter(found -> employer.equals(found.employerCode()))
			.filter(found -> found.channel() == Hearing.Channel.PPK_DELIVERY)
			.filter(found -> found.noticeStatus() == Hearing.NoticeStatus.AWAITING_DELIVERY
					|| found.noticeStatus() == Hearing.NoticeStatus.DELIVERED)
			.orElseThrow(() -> DomainException.notFound("hearing.delivery.notFound"));
		if (h.reviewFound() != null) {
			throw DomainException.conflict("hearing.clarification.reviewed");
		}
		Instant now = clock.instant();
		Instant due = h.noticeSentAt() == null ? opening.dueFrom(now) : h.clarificationDueAt();
		String token = OneTimeSecrets.newToken();
		String code = OneTimeSecrets.newCode();
		hearings.noticeSent(caseId, Hearing.NoticeStatus.DELIVERED, OneTimeSecrets.sha256(token),
				AccusedAccess.codeHash(h, code), due, now, due);
		audit.record("HEARING_NOTICE_PRINTED", h.complaintNumber(), "dicetak untuk diserahkan oleh PPK");
		String link = notices.link(token);
		return new Printed(caseId, h.complaintNumber(), h.nip(), name(h), link, code, due,
				mail.noticeBody(h, name(h), due, link, locale));
	}

	private String name(Hearing h) {
		return roster.byNip(h.nip()).map(Roster.Member::name).orElse(h.nip());
	}

	private static String requirePpk(Actor actor) {
		if (!actor.has(Role.PPK)) {
			throw new DomainException("forbidden", 403, "hearing.delivery.ppkOnly");
		}
		return actor.agencyCode();
	}
}
