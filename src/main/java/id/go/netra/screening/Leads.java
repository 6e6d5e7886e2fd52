package id.go.netra.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

	public record Lead(long id, String source, String subject, String status, String statusText, String matchKind,
			String matchKindText, Person employee, Evidence evidence, String decidedBy, String reason,
			String complaintNumber) {
	}

	public record Person(String nip, String nik, String name, LocalDate birthDate, String employerCode) {
	}

	/** For party membership: the list's row that matched (its file and line) as the party wrote it. */
	public record Evidence(Long listId, String fileName, Long line, String name, String nik, LocalDate birthDate,
			String party, String position) {
	}

	public record LeadPage(String source, int page, int size, long total, List<Lead> leads) {
	}

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final AuditTrail audit;

	Leads(JdbcClient jdbc, MessageSource messages, AuditTrail audit) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public LeadPage list(Actor actor, String source, String status, int page, int size, Locale locale) {
		requireReviewer(actor);
		LeadSource parsed = source(source);
		require(actor, parsed);
		String statusFilter = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
		if (statusFilter != null && !List.of("OPEN", "CASE_OPENED", "DISMISSED").contains(statusFilter)) {
			throw DomainException.invalid("screening.status.unknown", status);
		}
		int cleanSize = Math.max(1, Math.min(size, MAX_PAGE));
		int cleanPage = Math.max(0, page);
		String where = " where l.source = :source" + (statusFilter == null ? "" : " and l.status = :status");
		long total = jdbc.sql("select count(*) from screening_lead l" + where)
			.param("source", parsed.name())
			.param("status", statusFilter)
			.query(Long.class)
			.single();
		boolean fullNik = actor.has(Role.CIVIL_SERVICE_AGENCY) || actor.has(Role.ADMIN);
		List<Lead> leads = jdbc.sql("""
				select l.id, l.source, l.subject, l.status, l.match_kind, l.decided_by, l.reason, l.complaint_number,
				  e.nip, e.nik, e.name, e.birth_date, e.employer_code,
				  m.list_id, p.file_name, m.line_number, m.name as member_name, m.nik as member_nik,
				  m.birth_date as member_birth_date, m.party, m.position
				from screening_lead l
				join registry_person e on e.id = l.employee_id
				left join party_member m on m.id = l.member_id
				left join party_list p on p.id = m.list_id
				""" + where + " order by l.id limit :limit offset :offset")
			.param("source", parsed.name())
			.param("status", statusFilter)
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
					rs.getString("decided_by"), rs.getString("reason"), rs.getString("complaint_number")))
			.list();
		return new LeadPage(parsed.name(), cleanPage, cleanSize, total, leads);
	}

	/** How many leads await review, per source the actor reviews (sources without any are 0). */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> openCounts(Actor actor) {
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (LeadSource source : LeadSource.values()) {
			if (source.reviewedBy(actor)) {
				counts.put(source.name(), 0L);
			}
		}
		jdbc.sql("select source, count(*) as n from screening_lead where status = 'OPEN' group by source")
			.query(rs -> {
				long open = rs.getLong("n");
				counts.computeIfPresent(rs.getString("source"), (source, zero) -> open);
			});
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
