package id.go.netra.screening;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;

/**
 * Protection the task force opens for a reporter a retaliation lead is about: a measure and what was done. It does
 * not decide the lead (the change may still be opened as a case or found no violation) and it reveals nothing more
 * of the report: the reporter's identity stays sealed in reporting (ADR 0048).
 */
@Service
class ReporterProtections {

	/** What protection means here: a letter to the PPK to hold or undo the change, a referral to LPSK, watching. */
	static final List<String> MEASURES = List.of("HOLD_REQUEST_TO_PPK", "LPSK_REFERRAL", "MONITORING");

	static final int MIN_NOTE = 5;
	static final int MAX_NOTE = 1000;

	public record Protection(long id, String measure, String measureText, String note, String openedBy,
			OffsetDateTime openedAt) {
	}

	private final JdbcClient jdbc;
	private final LeadDecisions decisions;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;

	ReporterProtections(JdbcClient jdbc, @Lazy LeadDecisions decisions, MessageSource messages, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long open(Actor actor, long leadId, String measure, String note) {
		String cleanMeasure = measure == null ? "" : measure.strip().toUpperCase(Locale.ROOT);
		String cleanNote = note == null ? "" : note.strip();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (!MEASURES.contains(cleanMeasure)) {
			problems.reject("measure", "screening.protection.measureUnknown", String.join(", ", MEASURES));
		}
		if (cleanNote.length() < MIN_NOTE) {
			problems.reject("note", "screening.protection.noteRequired", MIN_NOTE);
		}
		else if (cleanNote.length() > MAX_NOTE) {
			problems.reject("note", "validation.tooLongMax", MAX_NOTE);
		}
		LeadDecisions.Locked lead = decisions.lock(actor, leadId);
		if (lead.source() != LeadSource.RETALIATION) {
			throw DomainException.conflict("screening.protection.notRetaliation");
		}
		problems.throwIfAny();
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into reporter_protection (lead_id, measure, note, opened_by, opened_at)"
				+ " values (:lead, :measure, :note, :by, :now)")
			.param("lead", leadId)
			.param("measure", cleanMeasure)
			.param("note", cleanNote)
			.param("by", actor.name())
			.param("now", OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record("screening.retaliation.protection", "lead " + leadId, cleanMeasure + ", protection " + id);
		return id;
	}

	Map<Long, List<Protection>> of(List<Long> leadIds, Locale locale) {
		Map<Long, List<Protection>> protections = new HashMap<>();
		jdbc.sql("select * from reporter_protection where lead_id in (:ids) order by id")
			.param("ids", leadIds)
			.query(rs -> {
				String measure = rs.getString("measure");
				protections.computeIfAbsent(rs.getLong("lead_id"), id -> new ArrayList<>())
					.add(new Protection(rs.getLong("id"), measure,
							messages.getMessage("screening.protection.measure." + measure, null, measure, locale),
							rs.getString("note"), rs.getString("opened_by"),
							rs.getObject("opened_at", OffsetDateTime.class)));
			});
		return protections;
	}
}
