package id.go.netra.pacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.Dates;
import id.go.netra.audit.AuditTrail;

/**
 * Mails the personal links of the campaigns whose PPK asked for it, and the reminders before the deadline, every
 * {@code netra.pacts.mail-interval}. Each mail is claimed first with a conditional update (invited_at still empty;
 * reminder_round still below this round), so two nodes never send the same one, and an employee gets one mail per
 * reminder round. A mail that fails is not retried in the same round (the link can still be handed out on the list).
 */
@Component
class PactMailer {

	private static final Logger log = LoggerFactory.getLogger(PactMailer.class);
	private static final int BATCH = 200;

	private final JdbcClient jdbc;
	private final SigningLinks links;
	private final PactMail mail;
	private final PactSettings settings;
	private final AuditTrail audit;
	private final Clock clock;

	PactMailer(JdbcClient jdbc, SigningLinks links, PactMail mail, PactSettings settings, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.mail = mail;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${netra.pacts.mail-interval:PT30S}", initialDelayString = "PT2S")
	void round() {
		if (!mail.configured()) {
			return;
		}
		try {
			invitations();
			reminders();
		}
		catch (RuntimeException e) {
			log.warn("Integrity pact mail round failed: {}", e.toString());
		}
	}

	/** Sends every link asked for and not yet sent; returns how many. */
	int invitations() {
		List<Due> due = jdbc.sql("""
				select s.id, c.title, c.deadline from pact_signer s join pact_campaign c on c.id = s.campaign_id
				where c.invitations_requested_at is not null and s.invited_at is null and s.signed_at is null
				  and s.email is not null
				fetch first %d rows only""".formatted(BATCH))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
		int sent = 0;
		for (Due one : due) {
			if (claim("update pact_signer set invited_at = :now where id = :id and invited_at is null", one, 0)) {
				sent += send(one, false);
			}
		}
		return sent;
	}

	/** Mails the unsigned of every campaign in a reminder round today, once per round. */
	int reminders() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.ZONE);
		int sent = 0;
		List<Integer> days = settings.reminderDaysBefore();
		// the latest round first: a campaign opened close to its deadline gets one reminder, not every round at once
		for (int round = days.size(); round >= 1; round--) {
			LocalDate from = today.plusDays(days.get(round - 1));
			List<Due> due = jdbc.sql("""
					select s.id, c.title, c.deadline from pact_signer s join pact_campaign c on c.id = s.campaign_id
					where c.deadline >= :today and c.deadline <= :from and s.signed_at is null and s.email is not null
					  and s.reminder_round < :round
					fetch first %d rows only""".formatted(BATCH))
				.param("today", today)
				.param("from", from)
				.param("round", round)
				.query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
				.list();
			for (Due one : due) {
				if (claim("update pact_signer set reminder_round = :round where id = :id and reminder_round < :round"
						+ " and signed_at is null", one, round)) {
					sent += send(one, true);
				}
			}
		}
		return sent;
	}

	private record Due(long signerId, String title, LocalDate deadline) {
	}

	private boolean claim(String update, Due one, int round) {
		var spec = jdbc.sql(update).param("id", one.signerId());
		spec = update.contains(":now") ? spec.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				: spec.param("round", round);
		return spec.update() == 1;
	}

	private int send(Due one, boolean reminder) {
		Signer signer = jdbc.sql("select * from pact_signer where id = :id")
			.param("id", one.signerId())
			.query(CampaignRoster::map)
			.single();
		String link = links.issue(signer.id(), "EMAIL");
		try {
			if (reminder) {
				mail.reminder(signer, one.title(), one.deadline(), link);
			}
			else {
				mail.invitation(signer, one.title(), one.deadline(), link);
			}
			audit.record(reminder ? "PACT_REMINDER_SENT" : "PACT_LINK_SENT", String.valueOf(signer.id()),
					"ke " + signer.maskedEmail());
			return 1;
		}
		catch (MailException e) {
			log.warn("Integrity pact mail to signer {} not sent: {}", signer.id(), e.getClass().getSimpleName());
			return 0;
		}
	}

	/** Remembers that the PPK asked for the links to be mailed; the next rounds send them. */
	void requestInvitations(Campaign campaign) {
		Instant now = clock.instant();
		jdbc.sql("update pact_campaign set invitations_requested_at = :now where (id = :id or parent_id = :id)"
				+ " and invitations_requested_at is null")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", campaign.id())
			.update();
		audit.record("PACT_LINKS_REQUESTED", campaign.id().toString(), "tautan pribadi dikirim lewat e-mail");
	}
}
