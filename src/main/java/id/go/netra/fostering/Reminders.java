package id.go.netra.fostering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.personnel.Employers;
import id.go.netra.personnel.EmploymentType;
import id.go.netra.personnel.PositionClass;

/**
 * Neutrality reminders: who may send to whom ({@link ReminderScope}), the audience's size before sending, and a
 * reminder accepted for a day (today, or a phase's start plus an offset). Accepted means stored: one due today is
 * queued in the same transaction, a later one by {@link ReminderQueue} on its day; the sender mails the queue.
 */
@Service
class Reminders {

	/** How many employees an audience reaches, and how many of them the registry has an address for. */
	record AudienceCount(long employees, long withAddress) {

		public long withoutAddress() {
			return employees - withAddress;
		}
	}

	/**
	 * A reminder as its sender asks for it. {@code offsetDays}: the day relative to the phase's first day (-7 is a
	 * week before); null sends today. Subject and body come from the template unless given.
	 */
	record ReminderDraft(String electionCode, String phaseCode, UUID templateId, String subject, String body,
			String subjectEn, String bodyEn, String employerCode, List<String> positionClasses,
			List<String> employmentTypes, Integer offsetDays) {
	}

	/** A reminder with its delivery counts, for a page or the API. */
	record Shown(Reminder reminder, Reminder.Counts counts) {
	}

	private final JdbcClient jdbc;
	private final ReminderRows rows;
	private final ReminderTemplates templates;
	private final ReminderQueue queue;
	private final ElectionCalendar calendar;
	private final Employers employers;
	private final AuditTrail audit;
	private final Clock clock;

	Reminders(JdbcClient jdbc, ReminderRows rows, ReminderTemplates templates, ReminderQueue queue,
			ElectionCalendar calendar, Employers employers, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.templates = templates;
		this.queue = queue;
		this.calendar = calendar;
		this.employers = employers;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	AudienceCount preview(Actor actor, String employerCode, List<String> classes, List<String> types) {
		Audience audience = audience(actor, employerCode, classes, types);
		return audience.bind(jdbc.sql("select count(*), count(nullif(r.email, '')) from registry_recipient r where "
				+ audience.where()))
			.query((rs, n) -> new AudienceCount(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	@Transactional
	Shown send(Actor actor, ReminderDraft draft) {
		Audience audience = audience(actor, draft.employerCode(), draft.positionClasses(), draft.employmentTypes());
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String electionCode = ReminderTemplates.blankToNull(draft.electionCode());
		Election election = electionCode == null ? null : calendar.election(electionCode).orElse(null);
		if (election == null) {
			problems.reject("electionCode", electionCode == null ? "validation.required" : "reminders.election.unknown");
		}
		String phaseCode = ReminderTemplates.blankToNull(draft.phaseCode());
		Election.Phase phase = election == null ? null
				: election.phases().stream().filter(p -> p.code().equals(phaseCode)).findFirst().orElse(null);
		if (election != null && phase == null) {
			problems.reject("phaseCode", phaseCode == null ? "validation.required" : "reminders.phase.notInElection");
		}
		ReminderTemplate template = draft.templateId() == null ? null
				: templates.find(actor, draft.templateId()).orElse(null);
		if (draft.templateId() != null && template == null) {
			problems.reject("templateId", "reminders.template.notFound");
		}
		String subject = text(draft.subject(), template == null ? null : template.subject());
		String body = text(draft.body(), template == null ? null : template.body());
		String subjectEn = text(draft.subjectEn(), template == null ? null : template.subjectEn());
		String bodyEn = text(draft.bodyEn(), template == null ? null : template.bodyEn());
		ReminderTemplates.required(subject, ReminderTemplates.MAX_SUBJECT, "subject", problems);
		ReminderTemplates.required(body, ReminderTemplates.MAX_BODY, "body", problems);
		LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
		LocalDate sendOn = phase == null || draft.offsetDays() == null ? today
				: phase.start().plusDays(draft.offsetDays());
		if (sendOn.isBefore(today)) {
			problems.reject("offsetDays", "reminders.offset.past");
		}
		problems.throwIfAny();
		Reminder reminder = new Reminder(UUID.randomUUID(), actor.agencyCode(), election.code(), phase.code(),
				draft.templateId(), subject, body, subjectEn == null || bodyEn == null ? null : subjectEn,
				subjectEn == null || bodyEn == null ? null : bodyEn, audience, draft.offsetDays(), sendOn,
				Reminder.Status.SCHEDULED, null, actor.name(), clock.instant());
		rows.insert(reminder);
		audit.record("REMINDER_ACCEPTED", reminder.id().toString(), election.code() + " " + phase.code() + ", "
				+ (audience.employerCode() == null ? "nasional" : audience.employerCode()) + ", kirim " + sendOn);
		if (!sendOn.isAfter(today)) {
			queue.queue(reminder.id());
		}
		return show(rows.find(reminder.id()).orElseThrow());
	}

	@Transactional(readOnly = true)
	List<Shown> list(Actor actor) {
		ReminderScope.requireSender(actor);
		return rows.list(ReminderScope.national(actor) ? null : actor.agencyCode(), 100).stream().map(this::show).toList();
	}

	@Transactional(readOnly = true)
	Shown find(Actor actor, UUID id) {
		return rows.find(id)
			.filter(r -> ReminderScope.sees(actor, r.senderAgency(), r.audience().employerCode()))
			.map(this::show)
			.orElseThrow(() -> DomainException.notFound("reminders.notFound"));
	}

	private Shown show(Reminder reminder) {
		return new Shown(reminder, rows.counts(reminder.id()));
	}

	private Audience audience(Actor actor, String employerCode, List<String> classes, List<String> types) {
		String employer = ReminderScope.employer(actor, employerCode);
		if (employer != null && employers.find(employer).isEmpty()) {
			throw new InvalidInput.Collector().reject("employerCode", "reminders.employer.unknown", employer).refusal();
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		Audience audience = new Audience(employer, Audience.parse(PositionClass.class, classes, "positionClasses", problems),
				Audience.parse(EmploymentType.class, types, "employmentTypes", problems));
		problems.throwIfAny();
		return audience;
	}

	private static String text(String given, String fromTemplate) {
		String value = ReminderTemplates.blankToNull(given);
		return value != null ? value : fromTemplate;
	}
}
