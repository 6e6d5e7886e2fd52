package id.go.netra.fostering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.Dates;
import id.go.netra.audit.AuditTrail;

/**
 * Queues the reminders whose day has come, every {@code netra.fostering.interval}. Each is claimed with a
 * conditional update (still SCHEDULED) and its audience copied into deliveries by one insert ... select from the
 * registry's {@code registry_recipient} view, in the claim's transaction: two nodes never queue one twice, and a node
 * that dies mid-way leaves it SCHEDULED for the next round. A hundred thousand employees are one statement.
 */
@Component
class ReminderQueue {

	private static final Logger log = LoggerFactory.getLogger(ReminderQueue.class);

	private final JdbcClient jdbc;
	private final ReminderRows rows;
	private final TransactionTemplate transaction;
	private final AuditTrail audit;
	private final Clock clock;

	ReminderQueue(JdbcClient jdbc, ReminderRows rows, TransactionTemplate transaction, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${netra.fostering.interval:PT30S}", initialDelayString = "PT3S")
	void round() {
		try {
			queueDue();
		}
		catch (RuntimeException e) {
			log.warn("Reminder queueing round failed: {}", e.toString());
		}
	}

	/** Queues every reminder due today or earlier; returns how many this node queued. */
	int queueDue() {
		LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
		int queued = 0;
		for (UUID id : rows.due(today)) {
			Boolean mine = transaction.execute(status -> queue(id));
			queued += Boolean.TRUE.equals(mine) ? 1 : 0;
		}
		return queued;
	}

	/** Claims the reminder and copies its audience, in the caller's transaction; false if another node did. */
	boolean queue(UUID id) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		boolean claimed = jdbc.sql("update reminder set status = 'QUEUED', queued_at = :now"
				+ " where id = :id and status = 'SCHEDULED'")
			.param("now", now)
			.param("id", id)
			.update() == 1;
		if (!claimed) {
			return false;
		}
		Audience audience = rows.find(id).orElseThrow().audience();
		int copied = audience.bind(jdbc.sql("""
				insert into reminder_delivery (reminder_id, employee_id, name, employer_name, employer_name_en, email,
				  status, attempts, next_attempt_at)
				select :reminder, r.id, r.name, r.employer_name, r.employer_name_en, r.email,
				  case when r.email is null or r.email = '' then 'NO_ADDRESS' else 'QUEUED' end, 0, :now
				from registry_recipient r where\s""" + audience.where()))
			.param("reminder", id)
			.param("now", now)
			.update();
		audit.record("REMINDER_QUEUED", id.toString(), copied + " pegawai");
		return true;
	}
}
