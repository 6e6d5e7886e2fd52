package id.go.netra.screening;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/** The leads of one source as their reviewers see them: the employee, the kind of match and its evidence. */
@Service
public class Leads {

	static final int MAX_PAGE = 200;

	/**
	 * A lead: for party membership {@code evidence} is the list's row; for the rotation ban and retaliation
	 * {@code change} is the change of post, {@code approval} the minister's letter that cleared it (rotation ban) and
	 * {@code protections} the measures the task force opened (retaliation).
	 */
	public record Lead(long id, String source, String subject, String status, String statusText, String matchKind,
			String matchKindText, Person employee, Evidence evidence, LeadChanges change,
			RotationApprovals.Approval approval, List<ReporterProtections.Protection> protections, String decidedBy,
			String reason, String complaintNumber) {
	}

	public record Person(String nip, String nik, String name, LocalDate birthDate, String employerCode) {
	}

	/** For party membership: the list's row that matched (its file and line) as the party wrote it. */
	public record Evidence(Long listId, String fileName, Long line, String name, String nik, LocalDate birthDate,
			String party, String position) {
	}

	public record LeadPage(String source, int page, int size, long total, List<Lead> leads) {
	}

	/** The statuses a lead may have: awaiting review, then one decision. */
	public static final List<String> STATUSES = List.of("OPEN", "CASE_OPENED", "DISMISSED", "CLEARED");

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final RotationApprovals approvals;
	private final ReporterProtections protections;

	Leads(JdbcClient jdbc, MessageSource messages, AuditTrail audit, RotationApprovals approvals,
			ReporterProtections protections) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
		this.approvals = approvals;
		this.protections = protections;
	}

	@Transactional(readOnly = true)
	public LeadPage list(Actor actor, String source, String status, int page, int size, Locale locale) {
		requireReviewer(actor);
		LeadSource parsed = source(source);
		require(actor, parsed);
		String statusFilter = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
		if (statusFilter != null && !STATUSES.contains(statusFilter)) {
			throw DomainException.invalid("screening.status.unknown", status);
		}
		int cleanSize = Math.max(1, Math.min(size, MAX_PAGE));
		int cleanPage = Math.max(0, page);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("source", parsed.name());
		params.put("status", statusFilter);
		String where = " where l.source = :source" + (statusFilter == null ? "" : " and l.status = :status")
				+ LeadScope.of(actor, parsed).restriction(params);
		long total = jdbc.sql("select count(*) from screening_lead l join registry_person e on e.id = l.employee_id"
				+ where)
			.params(params)
			.query(Long.class)
			.single();
		boolean fullNik = actor.has(Role.CIVIL_SERVICE_AGENCY) || actor.has(Role.ADMIN);
		List<Lead> leads = jdbc.sql("""
				select l.*, coalesce(l.region_code, e.work_region_code) as lead_region,
				  e.nip, e.nik, e.name, e.birth_date, e.employer_code,
				  m.list_id, p.file_name, m.line_number, m.name as member_name, m.nik as member_nik,
				  m.birth_date as member_birth_date, m.party, m.position
				from screening_lead l
				join registry_person e on e.id = l.employee_id
				left join party_member m on m.id = l.member_id
				left join party_list p on p.id = m.list_id
				""" + where + " order by l.id limit :limit offset :offset")
			.params(params)
			.param("limit", cleanSize)
			.param("offset", (long) cleanPage * cleanSize)
			.query((rs, n) -> new Lead(rs.getLong("id"), rs.getString("source"), rs.getString("subject"),
					rs.getString("status"), text("screening.lead.status." + rs.getString("status"), locale),
					rs.getString("match_kind"), text("screening.match." + rs.getString("match_kind"), locale),
					new Person(rs.getString("nip"), nik(rs.getString("nik"), fullNik), rs.getString("name"),
							rs.getObject("birth_date", LocalDate.class), rs.getString("employer_code")),
					rs.getObject("list_id") == null ? null
							: new Evidence(rs.getLong("list_id"), rs.getString("file_name"), rs.getLong("line_number"),
									rs.getString("member_name"), nik(rs.getString("member_nik"), fullNik),
									rs.getObject("member_birth_date", LocalDate.class), rs.getString("party"),
									rs.getString("position")),
					LeadChanges.of(rs, messages, locale), null, List.of(), rs.getString("decided_by"),
					rs.getString("reason"), rs.getString("complaint_number")))
			.list();
		return new LeadPage(parsed.name(), cleanPage, cleanSize, total, withDecisions(parsed, leads, locale));
	}

	private List<Lead> withDecisions(LeadSource source, List<Lead> leads, Locale locale) {
		if (leads.isEmpty() || source == LeadSource.PARTY_MEMBERSHIP) {
			return leads;
		}
		List<Long> ids = leads.stream().map(Lead::id).toList();
		Map<Long, RotationApprovals.Approval> approved = source == LeadSource.ROTATION_BAN ? approvals.of(ids) : Map.of();
		Map<Long, List<ReporterProtections.Protection>> measures = source == LeadSource.RETALIATION
				? protections.of(ids, locale) : Map.of();
		return leads.stream()
			.map(l -> new Lead(l.id(), l.source(), l.subject(), l.status(), l.statusText(), l.matchKind(),
					l.matchKindText(), l.employee(), l.evidence(), l.change(), approved.get(l.id()),
					measures.getOrDefault(l.id(), List.of()), l.decidedBy(), l.reason(), l.complaintNumber()))
			.toList();
	}

	/** How many leads await review, per source the actor reviews, in the actor's scope (sources without any are 0). */
	@Transactional(readOnly = true)
	public Map<String, Long> openCounts(Actor actor) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts(actor).forEach((source, byStatus) -> counts.put(source, byStatus.get("OPEN")));
		return counts;
	}

	/** Per source the actor reviews, how many leads of each status lie in the actor's scope. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, Long>> counts(Actor actor) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (LeadSource source : LeadSource.values()) {
			if (!source.reviewedBy(actor)) {
				continue;
			}
			Map<String, Long> byStatus = new LinkedHashMap<>();
			STATUSES.forEach(status -> byStatus.put(status, 0L));
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("source", source.name());
			jdbc.sql("select l.status, count(*) as n from screening_lead l join registry_person e on e.id = l.employee_id"
					+ " where l.source = :source" + LeadScope.of(actor, source).restriction(params) + " group by l.status")
				.params(params)
				.query(rs -> {
					byStatus.put(rs.getString("status"), rs.getLong("n"));
				});
			counts.put(source.name(), byStatus);
		}
		return counts;
	}

	/** Refuses (403, audited) an actor who reviews leads of no source, before anything is looked up. */
	void requireReviewer(Actor actor) {
		if (!LeadSource.anyReviewedBy(actor)) {
			audit.recordRefusal("screening.leads", "screening", "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "screening.forbidden");
		}
	}

	/** Refuses (403, audited) an actor who does not review leads of this source. */
	void require(Actor actor, LeadSource source) {
		if (!source.reviewedBy(actor)) {
			audit.recordRefusal("screening.leads", "source " + source, "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "screening.forbidden");
		}
	}

	static LeadSource source(String text) {
		if (text == null || text.isBlank()) {
			throw DomainException.invalid("screening.source.required");
		}
		try {
			return LeadSource.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("screening.source.unknown", text.strip());
		}
	}

	/** A NIK in full for BKN and administrators, else only its region (as the registry shows it). */
	private static String nik(String nik, boolean full) {
		if (nik == null || full || nik.length() != 16) {
			return nik;
		}
		return nik.substring(0, 6) + "**********";
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
