package id.go.netra.hearing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseHearings;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.Casework;
import id.go.netra.casework.Stage;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.reporting.EvidenceKind;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Reports;

/**
 * The PP 94/2021 examination the PPK holds before imposing a sanction: the summons, a second summons when the
 * employee did not come, whether they came, the examination's day and its record (berita acara pemeriksaan, PDF).
 * Recorded by the PPK of the employee's employer while the follow-up is theirs; recorded again, it replaces the
 * earlier record (audited both times).
 */
@Service
class Examinations {

	/** What the PPK sends. {@code attendance}: ATTENDED, ATTENDED_SECOND or ABSENT. */
	record Request(LocalDate firstSummonsOn, LocalDate secondSummonsOn, Attendance attendance, LocalDate examinedOn,
			String note) {
	}

	enum Attendance {
		/** came at the first summons */
		ATTENDED,
		/** came at the second summons */
		ATTENDED_SECOND,
		/** came at neither: the sanction is decided on the evidence at hand (PP 94/2021) */
		ABSENT
	}

	private final JdbcClient jdbc;
	private final Casework casework;
	private final EvidenceStore store;
	private final AuditTrail audit;
	private final Clock clock;

	Examinations(JdbcClient jdbc, Casework casework, EvidenceStore store, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.casework = casework;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	CaseHearings.Examination record(Actor actor, UUID caseId, Request request, Reports.Upload record) {
		if (!actor.has(Role.PPK)) {
			audit.recordRefusal("HEARING_EXAMINATION", String.valueOf(caseId), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "hearing.examination.ppkOnly");
		}
		CaseSnapshot c = casework.find(actor, caseId)
			.filter(found -> actor.agencyCode().equals(found.subject().employerCode()))
			.orElseThrow(() -> DomainException.notFound("hearing.case.notFound"));
		if (c.stage() != Stage.FOLLOW_UP) {
			throw DomainException.conflict("hearing.examination.notNow");
		}
		LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
		InvalidInput.Collector problems = new InvalidInput.Collector();
		Request r = request == null ? new Request(null, null, null, null, null) : request;
		if (r.firstSummonsOn() == null) {
			problems.reject("firstSummonsOn", "validation.required");
		}
		else if (r.firstSummonsOn().isAfter(today)) {
			problems.reject("firstSummonsOn", "hearing.examination.future");
		}
		if (r.attendance() == null) {
			problems.reject("attendance", "validation.required");
		}
		boolean second = r.attendance() == Attendance.ATTENDED_SECOND || r.attendance() == Attendance.ABSENT;
		if (second && r.secondSummonsOn() == null) {
			problems.reject("secondSummonsOn", "hearing.examination.secondNeeded");
		}
		if (r.secondSummonsOn() != null && r.firstSummonsOn() != null && !r.secondSummonsOn().isAfter(r.firstSummonsOn())) {
			problems.reject("secondSummonsOn", "hearing.examination.secondAfterFirst");
		}
		if (r.secondSummonsOn() != null && r.secondSummonsOn().isAfter(today)) {
			problems.reject("secondSummonsOn", "hearing.examination.future");
		}
		boolean attended = r.attendance() == Attendance.ATTENDED || r.attendance() == Attendance.ATTENDED_SECOND;
		LocalDate summoned = r.attendance() == Attendance.ATTENDED_SECOND ? r.secondSummonsOn() : r.firstSummonsOn();
		if (attended && r.examinedOn() == null) {
			problems.reject("examinedOn", "validation.required");
		}
		else if (r.examinedOn() != null && r.examinedOn().isAfter(today)) {
			problems.reject("examinedOn", "hearing.examination.future");
		}
		else if (r.examinedOn() != null && summoned != null && r.examinedOn().isBefore(summoned)) {
			problems.reject("examinedOn", "hearing.examination.beforeSummons");
		}
		if (attended && record == null) {
			problems.reject("record", "hearing.examination.recordNeeded");
		}
		String note = r.note() == null ? null : Texts.received(r.note()).strip();
		if (note != null && note.length() > 2000) {
			problems.reject("note", "hearing.examination.noteTooLong", 2000);
		}
		problems.throwIfAny();
		String recordSha = record == null ? null : problems.check("record", () -> storePdf(record));
		problems.throwIfAny();
		jdbc.sql("delete from hearing_examination where case_id = :id").param("id", caseId).update();
		jdbc.sql("""
				insert into hearing_examination (case_id, first_summons_on, second_summons_on, attendance, examined_on,
				  bap_sha256, note, recorded_at, recorded_by, recorded_by_name, recorded_by_agency)
				values (:id, :first, :second, :attendance, :examined, :bap, :note, :now, :by, :name, :agency)""")
			.param("id", caseId)
			.param("first", r.firstSummonsOn())
			.param("second", r.secondSummonsOn())
			.param("attendance", r.attendance().name())
			.param("examined", attended ? r.examinedOn() : null)
			.param("bap", recordSha)
			.param("note", note == null || note.isEmpty() ? null : note)
			.param("now", Hearings.at(clock.instant()))
			.param("by", actor.name())
			.param("name", actor.displayName())
			.param("agency", actor.agencyCode())
			.update();
		audit.record("HEARING_EXAMINATION", c.complaintNumber(), r.attendance().name()
				+ (r.examinedOn() == null ? "" : ", diperiksa " + r.examinedOn()) + (recordSha == null ? "" : ", BAP " + recordSha));
		return find(caseId).orElseThrow();
	}

	Optional<CaseHearings.Examination> find(UUID caseId) {
		return jdbc.sql("select * from hearing_examination where case_id = :id")
			.param("id", caseId)
			.query((rs, n) -> new CaseHearings.Examination(rs.getObject("first_summons_on", LocalDate.class),
					rs.getObject("second_summons_on", LocalDate.class), rs.getString("attendance"),
					rs.getObject("examined_on", LocalDate.class), rs.getString("bap_sha256"), rs.getString("note"),
					Hearings.instant(rs, "recorded_at"), rs.getString("recorded_by_name")))
			.optional();
	}

	private String storePdf(Reports.Upload upload) {
		try (InputStream in = upload.content().getInputStream()) {
			return store.store(upload.name(), in, EnumSet.of(EvidenceKind.PDF), "hearing.examination.pdfOnly").sha256();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
