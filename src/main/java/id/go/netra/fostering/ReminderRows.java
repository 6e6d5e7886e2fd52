package id.go.netra.fostering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.personnel.EmploymentType;
import id.go.netra.personnel.PositionClass;

/** The stored reminders and their delivery counts. */
@Repository
class ReminderRows {

	private final JdbcClient jdbc;

	ReminderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Reminder r) {
		jdbc.sql("""
				insert into reminder (id, sender_agency, election_code, phase_code, template_id, subject, body,
				  subject_en, body_en, employer_code, position_classes, employment_types, offset_days, send_on, status,
				  created_by, created_at)
				values (:id, :sender, :election, :phase, :template, :subject, :body, :subjectEn, :bodyEn, :employer,
				  :classes, :types, :offset, :sendOn, :status, :by, :at)""")
			.param("id", r.id())
			.param("sender", r.senderAgency())
			.param("election", r.electionCode())
			.param("phase", r.phaseCode())
			.param("template", r.templateId())
			.param("subject", r.subject())
			.param("body", r.body())
			.param("subjectEn", r.subjectEn())
			.param("bodyEn", r.bodyEn())
			.param("employer", r.audience().employerCode())
			.param("classes", Audience.store(r.audience().positionClasses()))
			.param("types", Audience.store(r.audience().employmentTypes()))
			.param("offset", r.offsetDays())
			.param("sendOn", r.sendOn())
			.param("status", r.status().name())
			.param("by", r.createdBy())
			.param("at", OffsetDateTime.ofInstant(r.createdAt(), java.time.ZoneOffset.UTC))
			.update();
	}

	Optional<Reminder> find(UUID id) {
		return jdbc.sql("select * from reminder where id = :id").param("id", id).query(ReminderRows::map).optional();
	}

	/** The newest first; a PPK's own and those that reached its staff, or all for BKN ({@code agency} null). */
	List<Reminder> list(String agency, int limit) {
		String where = agency == null ? "" : " where sender_agency = :agency or employer_code = :agency";
		var spec = jdbc.sql("select * from reminder" + where + " order by created_at desc fetch first " + limit
				+ " rows only");
		return (agency == null ? spec : spec.param("agency", agency)).query(ReminderRows::map).list();
	}

	List<UUID> due(LocalDate today) {
		return jdbc.sql("select id from reminder where status = 'SCHEDULED' and send_on <= :today order by send_on")
			.param("today", today)
			.query(UUID.class)
			.list();
	}

	Reminder.Counts counts(UUID id) {
		long[] c = new long[4];
		jdbc.sql("select status, count(*) from reminder_delivery where reminder_id = :id group by status")
			.param("id", id)
			.query((rs, n) -> {
				int slot = switch (rs.getString(1)) {
					case "QUEUED" -> 0;
					case "SENT" -> 1;
					case "FAILED" -> 2;
					default -> 3;
				};
				c[slot] = rs.getLong(2);
				return slot;
			})
			.list();
		return new Reminder.Counts(c[0], c[1], c[2], c[3]);
	}

	private static Reminder map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime queued = rs.getObject("queued_at", OffsetDateTime.class);
		Integer offset = (Integer) rs.getObject("offset_days");
		return new Reminder(rs.getObject("id", UUID.class), rs.getString("sender_agency"),
				rs.getString("election_code"), rs.getString("phase_code"), rs.getObject("template_id", UUID.class),
				rs.getString("subject"), rs.getString("body"), rs.getString("subject_en"), rs.getString("body_en"),
				new Audience(rs.getString("employer_code"),
						Audience.load(rs.getString("position_classes"), PositionClass.class),
						Audience.load(rs.getString("employment_types"), EmploymentType.class)),
				offset, rs.getObject("send_on", LocalDate.class), Reminder.Status.valueOf(rs.getString("status")),
				queued == null ? null : queued.toInstant(), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
