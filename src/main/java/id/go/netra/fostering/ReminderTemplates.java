package id.go.netra.fostering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;

/**
 * The reminder templates: BKN writes shared ones, a PPK its own; each edits only its own agency's. A sender sees its
 * own and the shared ones; anything else is not found.
 */
@Service
class ReminderTemplates {

	static final int MAX_SUBJECT = 300;
	static final int MAX_BODY = 8000;

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ReminderTemplates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ReminderTemplate> visible(Actor actor) {
		ReminderScope.requireSender(actor);
		return jdbc.sql("select * from reminder_template where shared = true or owner_agency = :agency"
				+ " order by phase_code, title")
			.param("agency", actor.agencyCode())
			.query(ReminderTemplates::map)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<ReminderTemplate> find(Actor actor, UUID id) {
		return visible(actor).stream().filter(t -> t.id().equals(id)).findFirst();
	}

	@Transactional
	ReminderTemplate add(Actor actor, ReminderTemplate.TemplateDraft draft) {
		ReminderScope.requireSender(actor);
		ReminderTemplate.TemplateDraft checked = check(draft);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into reminder_template (id, owner_agency, shared, phase_code, title, subject, body, subject_en,
				  body_en, updated_by, updated_at)
				values (:id, :owner, :shared, :phase, :title, :subject, :body, :subjectEn, :bodyEn, :by, :at)""")
			.param("id", id)
			.param("owner", actor.agencyCode())
			.param("shared", ReminderScope.national(actor))
			.params(params(checked, actor))
			.update();
		audit.record("REMINDER_TEMPLATE_ADDED", id.toString(), checked.phaseCode() + ": " + checked.title());
		return find(actor, id).orElseThrow();
	}

	@Transactional
	ReminderTemplate update(Actor actor, UUID id, ReminderTemplate.TemplateDraft draft) {
		ReminderTemplate before = find(actor, id)
			.filter(t -> t.ownerAgency().equals(actor.agencyCode()))
			.orElseThrow(() -> DomainException.notFound("reminders.template.notFound"));
		ReminderTemplate.TemplateDraft checked = check(draft);
		jdbc.sql("""
				update reminder_template set phase_code = :phase, title = :title, subject = :subject, body = :body,
				  subject_en = :subjectEn, body_en = :bodyEn, updated_by = :by, updated_at = :at where id = :id""")
			.param("id", before.id())
			.params(params(checked, actor))
			.update();
		audit.record("REMINDER_TEMPLATE_CHANGED", id.toString(), checked.phaseCode() + ": " + checked.title());
		return find(actor, id).orElseThrow();
	}

	private java.util.Map<String, Object> params(ReminderTemplate.TemplateDraft d, Actor actor) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("phase", d.phaseCode());
		p.put("title", d.title());
		p.put("subject", d.subject());
		p.put("body", d.body());
		p.put("subjectEn", d.subjectEn());
		p.put("bodyEn", d.bodyEn());
		p.put("by", actor.name());
		p.put("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		return p;
	}

	/** Checks the draft field by field; the English variant is optional but then needs both subject and body. */
	static ReminderTemplate.TemplateDraft check(ReminderTemplate.TemplateDraft draft) {
		ReminderTemplate.TemplateDraft d = draft == null ? new ReminderTemplate.TemplateDraft(null, null, null, null, null, null)
				: draft;
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String phase = blankToNull(d.phaseCode());
		if (phase == null) {
			problems.reject("phaseCode", "validation.required");
		}
		else if (!ElectionCalendar.PHASES.contains(phase)) {
			problems.reject("phaseCode", "reminders.phase.unknown");
		}
		String title = required(d.title(), 200, "title", problems);
		String subject = required(d.subject(), MAX_SUBJECT, "subject", problems);
		String body = required(d.body(), MAX_BODY, "body", problems);
		String subjectEn = optional(d.subjectEn(), MAX_SUBJECT, "subjectEn", problems);
		String bodyEn = optional(d.bodyEn(), MAX_BODY, "bodyEn", problems);
		if ((subjectEn == null) != (bodyEn == null)) {
			problems.reject(subjectEn == null ? "subjectEn" : "bodyEn", "reminders.english.both");
		}
		problems.throwIfAny();
		return new ReminderTemplate.TemplateDraft(phase, title, subject, body, subjectEn, bodyEn);
	}

	static String required(String text, int max, String field, InvalidInput.Collector problems) {
		String value = optional(text, max, field, problems);
		if (value == null) {
			problems.reject(field, "validation.required");
		}
		return value;
	}

	static String optional(String text, int max, String field, InvalidInput.Collector problems) {
		String value = blankToNull(text);
		if (value != null && value.length() > max) {
			problems.reject(field, "validation.tooLongMax", max);
		}
		return value;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ReminderTemplate map(ResultSet rs, int row) throws SQLException {
		return new ReminderTemplate(rs.getObject("id", UUID.class), rs.getString("owner_agency"),
				rs.getBoolean("shared"), rs.getString("phase_code"), rs.getString("title"), rs.getString("subject"),
				rs.getString("body"), rs.getString("subject_en"), rs.getString("body_en"), rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
