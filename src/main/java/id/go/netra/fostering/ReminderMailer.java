package id.go.netra.fostering;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;

/**
 * Mails the queued reminders in batches of {@code netra.fostering.batch}, every {@code netra.fostering.interval}.
 * A batch is claimed with one conditional update that sets a lease token (rows still QUEUED, no live lease): two
 * nodes never take the same row, and a node that dies mid-batch leaves its rows to another once the lease runs out.
 * A failed mail is tried again after a growing wait, up to {@code max-attempts}, then counted FAILED; when the SMTP
 * server does not answer the round stops and gives the rest of its batch back.
 */
@Component
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");
	/** Longer than a batch of SMTP time-outs. */
	private static final Duration LEASE = Duration.ofMinutes(10);

	private record Due(long id, UUID reminderId, String name, String employer, String employerEn, String email,
			int attempts) {
	}

	private final JdbcClient jdbc;
	private final ReminderRows rows;
	private final ElectionCalendar calendar;
	private final JavaMailSender mail;
	private final FosteringSettings settings;
	private final Clock clock;

	ReminderMailer(JdbcClient jdbc, ReminderRows rows, ElectionCalendar calendar,
			ObjectProvider<JavaMailSender> mail, FosteringSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.calendar = calendar;
		this.mail = mail.getIfAvailable();
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${netra.fostering.interval:PT30S}", initialDelayString = "PT4S")
	void round() {
		if (mail == null) {
			return;
		}
		try {
			while (sendBatch() == settings.batch()) {
				// a full batch: there may be more waiting
			}
		}
		catch (RuntimeException e) {
			log.warn("Reminder mail round failed: {}", e.toString());
		}
	}

	/** Claims and mails one batch; returns how many it claimed. */
	int sendBatch() {
		String token = UUID.randomUUID().toString();
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		int claimed = jdbc.sql("""
				update reminder_delivery set lease_token = :token, lease_until = :until
				where id in (select id from reminder_delivery where status = 'QUEUED' and next_attempt_at <= :now
				               and (lease_until is null or lease_until < :now) order by id fetch first %d rows only)
				  and status = 'QUEUED' and (lease_until is null or lease_until < :now)""".formatted(settings.batch()))
			.param("token", token)
			.param("until", now.plus(LEASE))
			.param("now", now)
			.update();
		if (claimed == 0) {
			return 0;
		}
		List<Due> due = jdbc.sql("select id, reminder_id, name, employer_name, employer_name_en, email, attempts"
				+ " from reminder_delivery where lease_token = :token and status = 'QUEUED' order by id")
			.param("token", token)
			.query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7)))
			.list();
		Map<UUID, Letter> letters = new HashMap<>();
		for (Due one : due) {
			Letter letter = letters.computeIfAbsent(one.reminderId(), this::letter);
			if (!send(one, letter)) {
				release(token);
				break;
			}
		}
		return claimed;
	}

	/** A reminder's texts with the election and phase its placeholders name. */
	private record Letter(Reminder reminder, Election election, Election.Phase phase) {
	}

	private Letter letter(UUID reminderId) {
		Reminder reminder = rows.find(reminderId).orElseThrow();
		Election election = calendar.election(reminder.electionCode()).orElseThrow();
		Election.Phase phase = election.phases().stream()
			.filter(p -> p.code().equals(reminder.phaseCode()))
			.findFirst()
			.orElseThrow();
		return new Letter(reminder, election, phase);
	}

	private boolean send(Due one, Letter letter) {
		Reminder r = letter.reminder();
		String subject = ReminderText.fill(r.subject(), one.name(), one.employer(), letter.election(), letter.phase(),
				INDONESIAN);
		String body = ReminderText.fill(r.body(), one.name(), one.employer(), letter.election(), letter.phase(),
				INDONESIAN);
		if (r.subjectEn() != null && r.bodyEn() != null) {
			String employerEn = one.employerEn() != null ? one.employerEn() : one.employer();
			subject += " / " + ReminderText.fill(r.subjectEn(), one.name(), employerEn, letter.election(),
					letter.phase(), Locale.ENGLISH);
			body += "\n\n---\n\n" + ReminderText.fill(r.bodyEn(), one.name(), employerEn, letter.election(),
					letter.phase(), Locale.ENGLISH);
		}
		String finalSubject = subject;
		String finalBody = body;
		try {
			mail.send(message -> {
				MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(settings.from());
				helper.setTo(one.email());
				helper.setSubject(finalSubject);
				helper.setText(finalBody);
				message.setHeader("Auto-Submitted", "auto-generated");
			});
			mark(one.id(), "SENT", one.attempts() + 1, null, clock.instant());
			return true;
		}
		catch (MailException e) {
			int attempt = one.attempts() + 1;
			String error = e.getClass().getSimpleName();
			if (attempt >= settings.maxAttempts()) {
				mark(one.id(), "FAILED", attempt, error, null);
			}
			else {
				jdbc.sql("update reminder_delivery set attempts = :a, next_attempt_at = :next, error = :e,"
						+ " lease_token = null, lease_until = null where id = :id")
					.param("a", attempt)
					.param("next", OffsetDateTime.ofInstant(clock.instant().plus(settings.backoffAfter(attempt)),
							ZoneOffset.UTC))
					.param("e", error)
					.param("id", one.id())
					.update();
			}
			log.info("Reminder mail {} not sent (attempt {} of {}): {}", one.id(), attempt, settings.maxAttempts(),
					error);
			return false;
		}
	}

	private void mark(long id, String status, int attempts, String error, Instant sentAt) {
		jdbc.sql("update reminder_delivery set status = :s, attempts = :a, error = :e,"
				+ " sent_at = :at, lease_token = null, lease_until = null where id = :id")
			.param("s", status)
			.param("a", attempts)
			.param("e", error)
			.param("at", sentAt == null ? null : OffsetDateTime.ofInstant(sentAt, ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	/** Gives the rest of a batch back at once, after the SMTP server failed. */
	private void release(String token) {
		jdbc.sql("update reminder_delivery set lease_token = null, lease_until = null where lease_token = :token"
				+ " and status = 'QUEUED'")
			.param("token", token)
			.update();
	}
}
