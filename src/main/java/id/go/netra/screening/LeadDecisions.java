package id.go.netra.screening;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.Nip;
import id.go.netra.personnel.RegistryScope;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.ReportKind;
import id.go.netra.reporting.ReportSubmission;
import id.go.netra.reporting.Reports;

/**
 * A reviewer's decision on a lead: opened as a case through the normal intake (the task force's screening finding,
 * with the list's row attached as evidence, in the same transaction) or "not a violation" with a reason. A lead is
 * decided once.
 */
@Service
public class LeadDecisions {

	static final int MIN_REASON = 5;
	static final int MAX_TEXT = 1000;

	record Locked(long id, LeadSource source, String subject, String status, String matchKind, LocalDate created,
			String nip, String nik, String name, String employerCode, String regionCode, String fileName, Long line,
			String memberNik, String memberName, LocalDate memberBirthDate, String party, String position,
			LeadChanges change) {
	}

	private final JdbcClient jdbc;
	private final Leads leads;
	private final Reports reports;
	private final Employees employees;
	private final AuditTrail audit;
	private final Clock clock;
	private final MessageSource messages;

	/** Case descriptions are written in Indonesian, the language of the case file. */
	private static final java.util.Locale INDONESIAN = java.util.Locale.forLanguageTag("id");

	LeadDecisions(JdbcClient jdbc, Leads leads, Reports reports, Employees employees, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.leads = leads;
		this.reports = reports;
		this.employees = employees;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens the lead as a case; returns the complaint number of the report filed for it. */
	@Transactional
	public String openAsCase(Actor actor, long leadId, String note) {
		Locked lead = lock(actor, leadId);
		String cleanNote = Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
		if (cleanNote != null && cleanNote.length() > MAX_TEXT) {
			throw new InvalidInput.Collector().reject("note", "validation.tooLongMax", MAX_TEXT).refusal();
		}
		String position = null;
		if (lead.nip() != null) {
			position = employees.byNip(Nip.of(lead.nip()), RegistryScope.of(actor))
				.map(Employee::positionTitle)
				.orElse(null);
		}
		String description = LeadFindings.describe(lead) + (cleanNote == null ? "" : "\n\nCatatan peninjau: " + cleanNote);
		// retaliation: the one to answer is whoever moved the reporter, not the reporter; the task force resolves
		// the staffing authority's identity as for any report without a NIP
		ReportSubmission.Reported reported = lead.source() == LeadSource.RETALIATION
				? new ReportSubmission.Reported(null, null, "Pejabat Pembina Kepegawaian " + lead.change().before()
					.employerCode(), lead.change().before().employerCode(), "Pejabat Pembina Kepegawaian")
				: new ReportSubmission.Reported(lead.nip(), lead.nip() == null ? lead.nik() : null, lead.name(),
						lead.employerCode(), position);
		ReportSubmission submission = new ReportSubmission(reported,
				new ReportSubmission.Incident(lead.created(), lead.regionCode(), description, List.of()), null, true);
		ComplaintNumber number = reports.fileForAgency(actor, ReportKind.SCREENING_FINDING, submission, List.of(),
				List.of(new Reports.Capture(LeadFindings.evidenceName(lead), "text/csv",
						LeadFindings.evidence(lead).getBytes(StandardCharsets.UTF_8))));
		decide(lead, "CASE_OPENED", actor, cleanNote, number.value());
		return number.value();
	}

	/** "Not a violation", with the reason. */
	@Transactional
	public void dismiss(Actor actor, long leadId, String reason) {
		String clean = reason == null ? "" : reason.strip();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (clean.length() < MIN_REASON) {
			problems.reject("reason", "screening.decision.reasonRequired", MIN_REASON);
		}
		else if (clean.length() > MAX_TEXT) {
			problems.reject("reason", "validation.tooLongMax", MAX_TEXT);
		}
		Locked lead = lock(actor, leadId);
		problems.throwIfAny();
		decide(lead, "DISMISSED", actor, clean, null);
	}

	void decide(Locked lead, String status, Actor actor, String reason, String complaintNumber) {
		jdbc.sql("update screening_lead set status = :status, decided_by = :by, decided_at = :now, reason = :reason,"
				+ " complaint_number = :number where id = :id")
			.param("status", status)
			.param("by", actor.name())
			.param("now", OffsetDateTime.now(clock))
			.param("reason", reason)
			.param("number", complaintNumber)
			.param("id", lead.id())
			.update();
		audit.record("screening.lead." + status.toLowerCase(java.util.Locale.ROOT), "lead " + lead.id(),
				lead.source() + " " + lead.subject() + (complaintNumber == null ? "" : ", filed as " + complaintNumber));
	}

	/** The open lead, locked for the decision; refused (403) to a non-reviewer of its source, 404 outside scope. */
	Locked lock(Actor actor, long leadId) {
		leads.requireReviewer(actor);
		Optional<String> source = jdbc.sql("select source from screening_lead where id = :id for update")
			.param("id", leadId)
			.query(String.class)
			.optional();
		if (source.isEmpty()) {
			throw DomainException.notFound("screening.lead.notFound");
		}
		LeadSource leadSource = LeadSource.valueOf(source.get());
		leads.require(actor, leadSource);
		Locked lead = jdbc.sql("""
				select l.*, coalesce(l.region_code, e.work_region_code) as lead_region,
				  e.nip, e.nik, e.name, e.employer_code, e.work_region_code,
				  p.file_name, m.line_number, m.nik as member_nik, m.name as member_name,
				  m.birth_date as member_birth_date, m.party, m.position
				from screening_lead l
				join registry_person e on e.id = l.employee_id
				left join party_member m on m.id = l.member_id
				left join party_list p on p.id = m.list_id
				where l.id = :id
				""")
			.param("id", leadId)
			.query((rs, n) -> new Locked(rs.getLong("id"), LeadSource.valueOf(rs.getString("source")),
					rs.getString("subject"), rs.getString("status"), rs.getString("match_kind"),
					rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(BusinessCalendar.ZONE).toLocalDate(),
					rs.getString("nip"), rs.getString("nik"), rs.getString("name"), rs.getString("employer_code"),
					rs.getString("lead_region"), rs.getString("file_name"),
					rs.getObject("line_number") == null ? null : rs.getLong("line_number"), rs.getString("member_nik"),
					rs.getString("member_name"), rs.getObject("member_birth_date", LocalDate.class),
					rs.getString("party"), rs.getString("position"), LeadChanges.of(rs, messages, INDONESIAN)))
			.single();
		if (!LeadScope.of(actor, leadSource).covers(lead.regionCode())) {
			audit.recordRefusal("screening.lead", "lead " + leadId, "outside scope " + actor.describeRoles());
			throw DomainException.notFound("screening.lead.notFound");
		}
		if (!"OPEN".equals(lead.status())) {
			throw DomainException.conflict("screening.decision.alreadyDecided");
		}
		return lead;
	}
}
