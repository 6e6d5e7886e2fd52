package id.go.netra.hearing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.OneTimeSecrets;
import id.go.netra.PublicUrl;
import id.go.netra.audit.AuditTrail;
import id.go.netra.personnel.Roster;

/**
 * Mails the notices due. Each attempt makes a new personal link (only its hash is kept, so the link exists only in
 * the mail); the clarification deadline counts from the first notice that went out. A notice that cannot be mailed
 * after {@link #ATTEMPTS} attempts goes to the PPK to deliver by hand.
 */
@Component
class HearingNotices {

	private static final Logger log = LoggerFactory.getLogger(HearingNotices.class);
	static final int ATTEMPTS = 5;
	private static final Duration LEASE = Duration.ofMinutes(5);

	private final Hearings hearings;
	private final HearingMail mail;
	private final HearingOpening opening;
	private final Roster roster;
	private final PublicUrl publicUrl;
	private final AuditTrail audit;
	private final Clock clock;

	HearingNotices(Hearings hearings, HearingMail mail, HearingOpening opening, Roster roster, PublicUrl publicUrl,
			AuditTrail audit, Clock clock) {
		this.hearings = hearings;
		this.mail = mail;
		this.opening = opening;
		this.roster = roster;
		this.publicUrl = publicUrl;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${netra.hearing.notice-interval:PT10S}", initialDelayString = "PT1S")
	void sendDue() {
		if (!mail.configured()) {
			return;
		}
		try {
			for (UUID caseId : hearings.dueNotices(clock.instant(), 50)) {
				Instant now = clock.instant();
				if (hearings.claimNotice(caseId, now, now.plus(LEASE))) {
					send(hearings.find(caseId).orElseThrow(), now);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Hearing notice round failed: {}", e.toString());
		}
	}

	private void send(Hearing h, Instant now) {
		String token = OneTimeSecrets.newToken();
		String name = roster.byNip(h.nip()).map(Roster.Member::name).orElse(h.nip());
		Instant due = h.noticeSentAt() == null ? opening.dueFrom(now) : h.clarificationDueAt();
		try {
			mail.notice(h, name, due, link(token));
		}
		catch (RuntimeException e) {
			int attempts = hearings.noticeAttempts(h.caseId());
			boolean toPpk = attempts >= ATTEMPTS;
			hearings.noticeFailed(h.caseId(), "mail-failed", now.plus(Duration.ofMinutes(attempts * 2L)), toPpk);
			log.warn("Hearing notice for {} not mailed (attempt {}): {}", h.complaintNumber(), attempts, e.toString());
			if (toPpk) {
				audit.record("HEARING_NOTICE_TO_PPK", h.complaintNumber(), "surel gagal " + attempts + " kali");
			}
			return;
		}
		hearings.noticeSent(h.caseId(), Hearing.NoticeStatus.SENT, OneTimeSecrets.sha256(token), null, null, now, due);
		audit.record("HEARING_NOTICE_SENT", h.complaintNumber(), "surel ke alamat dalam data kepegawaian");
	}

	String link(String token) {
		return publicUrl.link("/klarifikasi/" + token);
	}
}
