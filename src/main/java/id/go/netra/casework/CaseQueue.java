package id.go.netra.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.ChangeCursor;
import id.go.netra.ChangeFeeds;
import id.go.netra.Page;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.EmployeeCases;
import id.go.netra.reporting.Reports;

/**
 * Lists of cases: work queues and searches, always within the actor's scope. Overdue cases come first, then
 * the nearest deadline, then the oldest.
 */
@Service
public class CaseQueue implements EmployeeCases {

	/** Filters as the API and the queue page take them; all optional. {@code waitingForActor}: only the cases
	 * whose next step is for one of the actor's roles (the task force's new reports, Bawaslu's reviews...). */
	public record Filter(CaseStatus status, String complaintNumber, String nip, String employer, Boolean overdue,
			Boolean open, String assignee, Boolean waitingForActor, int page, int size) {

		public Filter {
			page = Math.max(0, page);
			size = size <= 0 ? 20 : Math.min(size, 200);
		}
	}

	/** One line of a queue. */
	public record Line(UUID id, String complaintNumber, CaseStatus status, Instant deadlineAt, boolean overdue,
			String nip, String name, String employerCode, String regionCode, LocalDate incidentDate, String summary,
			String source, boolean identityResolved, String assignee, String assigneeName, Instant filedAt,
			boolean unreadReply) {

		Line withUnreadReply() {
			return new Line(id, complaintNumber, status, deadlineAt, overdue, nip, name, employerCode, regionCode,
					incidentDate, summary, source, identityResolved, assignee, assigneeName, filedAt, true);
		}
	}

	/** The size of an actor's queue: its open cases, how many of them are overdue, and how many they took. */
	public record Counts(long open, long overdue, long mine) {
	}

	/** A case that may report the same thing. */
	public record PossibleDuplicate(UUID id, String complaintNumber, CaseStatus status, LocalDate incidentDate) {
	}

	/** The change feed's table and name (ADR 0043): a cursor of the case list is refused by any other list. */
	static final String FEED = "case_file";

	private static final String SELECT_LINE = """
			select c.id, c.report_id, c.change_seq, c.complaint_number, c.status, c.deadline_at, c.overdue, c.nip,
			  coalesce(c.employee_name, c.reported_name) as name, c.employer_code, c.region_code, c.incident_date,
			  c.summary, c.source, c.identity_resolved, c.assignee, c.assignee_name, c.filed_at
			from case_file c""";

	private static final String OPEN = " and c.status in ('RECEIVED', 'IN_REVIEW', 'PROVEN', 'AWAITING_FOLLOW_UP')";

	private final JdbcClient jdbc;
	private final Reports reports;
	private final ChangeFeeds feeds;

	CaseQueue(JdbcClient jdbc, Reports reports, ChangeFeeds feeds) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.feeds = feeds;
	}

	@Transactional(readOnly = true)
	public Page<Line> search(Actor actor, Filter filter) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		CaseScope.of(actor).restrict(where, params);
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", filter.status().name());
		}
		if (Boolean.TRUE.equals(filter.open())) {
			where.append(OPEN);
		}
		if (filter.complaintNumber() != null && !filter.complaintNumber().isBlank()) {
			where.append(" and c.complaint_number = :number");
			params.put("number", filter.complaintNumber().trim().toUpperCase(java.util.Locale.ROOT));
		}
		if (filter.nip() != null && !filter.nip().isBlank()) {
			where.append(" and c.nip = :nip");
			params.put("nip", filter.nip().replace(" ", ""));
		}
		if (filter.employer() != null && !filter.employer().isBlank()) {
			where.append(" and c.employer_code = :employer");
			params.put("employer", filter.employer().trim());
		}
		if (filter.overdue() != null) {
			where.append(" and c.overdue = :overdue");
			params.put("overdue", filter.overdue());
		}
		if (Boolean.TRUE.equals(filter.waitingForActor())) {
			// an actor whose roles never act next (oversight, administrators) waits for nothing
			where.append(" and ").append(CaseAction.waitingFor(actor.roles().keySet()).orElse("1 = 0"));
		}
		if (filter.assignee() != null && !filter.assignee().isBlank()) {
			where.append(" and c.assignee = :assignee");
			params.put("assignee", filter.assignee());
		}
		long total = jdbc.sql("select count(*) from case_file c" + where).params(params).query(Long.class).single();
		params.put("limit", filter.size());
		params.put("offset", (long) filter.page() * filter.size());
		List<Map.Entry<Long, Line>> items = jdbc.sql(SELECT_LINE + where
				+ " order by c.overdue desc, case when c.deadline_at is null then 1 else 0 end, c.deadline_at, c.filed_at"
				+ " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> Map.entry(rs.getLong("report_id"), line(rs)))
			.list();
		return new Page<>(markUnreadReplies(actor, items), filter.page(), filter.size(), total, null);
	}

	/**
	 * The cases in the actor's scope changed after {@code from}, in the order their changes became visible, at
	 * most {@code size}: each change once, a case changed again while a client pages comes once more, later, as it
	 * stands then (ADR 0043). The feed is numbered first, in a transaction of its own.
	 */
	public Page<Line> changes(Actor actor, ChangeCursor from, int size) {
		Page<Map.Entry<Long, Line>> changes = feeds.changes(FEED, from, size, (after, since) -> {
			Map<String, Object> params = new LinkedHashMap<>();
			return jdbc.sql("select count(*) from case_file c" + changed(actor, after, since, params))
				.params(params)
				.query(Long.class)
				.single();
		}, (after, since, limit) -> {
			Map<String, Object> params = new LinkedHashMap<>();
			String where = changed(actor, after, since, params);
			params.put("limit", limit);
			return jdbc.sql(SELECT_LINE + where + " order by c.change_seq limit :limit")
				.params(params)
				.query((rs, n) -> new ChangeFeeds.Numbered<>(rs.getLong("change_seq"),
						Map.entry(rs.getLong("report_id"), line(rs))))
				.list();
		});
		return new Page<>(markUnreadReplies(actor, changes.items()), 0, changes.size(), changes.total(), null,
				changes.next());
	}

	private static String changed(Actor actor, long after, Instant since, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where c.change_seq > :after and c.changed_at >= :since");
		params.put("after", after);
		params.put("since", CaseRows.at(since));
		CaseScope.of(actor).restrict(where, params);
		return where.toString();
	}

	private static Line line(ResultSet rs) throws SQLException {
		return new Line(rs.getObject("id", UUID.class), rs.getString("complaint_number"),
				CaseStatus.valueOf(rs.getString("status")), CaseRows.instant(rs, "deadline_at"),
				rs.getBoolean("overdue"), rs.getString("nip"), rs.getString("name"), rs.getString("employer_code"),
				rs.getString("region_code"), rs.getObject("incident_date", LocalDate.class), rs.getString("summary"),
				rs.getString("source"), rs.getBoolean("identity_resolved"), rs.getString("assignee"),
				rs.getString("assignee_name"), CaseRows.instant(rs, "filed_at"), false);
	}

	/**
	 * Marks the lines whose reporter answered and no task-force officer has opened the case since: for the task
	 * force, which asked and acts on the answer. Others never see the mark (a PPK never sees the conversation).
	 */
	private List<Line> markUnreadReplies(Actor actor, List<Map.Entry<Long, Line>> rows) {
		if (!actor.has(Role.TASK_FORCE)) {
			return rows.stream().map(Map.Entry::getValue).toList();
		}
		Set<Long> unread = reports.withUnreadReplies(rows.stream().map(Map.Entry::getKey).toList());
		return rows.stream().map(row -> unread.contains(row.getKey()) ? row.getValue().withUnreadReply()
				: row.getValue()).toList();
	}

	/** At most one page of the largest size: an employee with more cases than that is found in the queue. */
	@Override
	@Transactional(readOnly = true)
	public List<CaseSummary> casesAbout(Actor actor, String nip) {
		return search(actor, new Filter(null, null, nip, null, null, null, null, null, 0, 200)).items()
			.stream()
			.sorted(java.util.Comparator.comparing(Line::filedAt, java.util.Comparator.nullsLast(
					java.util.Comparator.reverseOrder())))
			.map(line -> new CaseSummary(line.id(), line.complaintNumber(), line.status().name(),
					line.filedAt() == null ? null : line.filedAt().atZone(id.go.netra.Dates.ZONE).toLocalDate()))
			.toList();
	}

	/** What a home page tells about the queue, in one query. */
	@Transactional(readOnly = true)
	public Counts counts(Actor actor) {
		StringBuilder where = new StringBuilder(" where 1 = 1" + OPEN);
		Map<String, Object> params = new LinkedHashMap<>();
		CaseScope.of(actor).restrict(where, params);
		params.put("me", actor.name());
		return jdbc.sql("""
				select count(*) as open_cases, coalesce(sum(case when c.overdue then 1 else 0 end), 0) as overdue_cases,
				  coalesce(sum(case when c.assignee = :me then 1 else 0 end), 0) as my_cases
				from case_file c""" + where)
			.params(params)
			.query((rs, n) -> new Counts(rs.getLong("open_cases"), rs.getLong("overdue_cases"), rs.getLong("my_cases")))
			.single();
	}

	/**
	 * Other cases about the same person (NIP or NIK) whose acts fall within {@code days} of this one: likely the
	 * same event reported twice. Only cases the actor may see.
	 */
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(Actor actor, CaseSnapshot c, int days) {
		if (c.subject().nip() == null && c.subject().nik() == null) {
			return List.of();
		}
		StringBuilder where = new StringBuilder("""
				 where c.id <> :id and (c.nip = :nip or c.nik = :nik)
				   and c.status <> 'REJECTED'
				""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", c.id());
		params.put("nip", c.subject().nip() == null ? "-" : c.subject().nip());
		params.put("nik", c.subject().nik() == null ? "-" : c.subject().nik());
		if (c.incidentDate() != null) {
			where.append(" and c.incident_date between :from and :to");
			params.put("from", c.incidentDate().minusDays(days));
			params.put("to", c.incidentDate().plusDays(days));
		}
		CaseScope.of(actor).restrict(where, params);
		return jdbc.sql("select c.id, c.complaint_number, c.status, c.incident_date from case_file c" + where
				+ " order by c.filed_at limit 20")
			.params(params)
			.query((rs, n) -> new PossibleDuplicate(rs.getObject("id", UUID.class), rs.getString("complaint_number"),
					CaseStatus.valueOf(rs.getString("status")), rs.getObject("incident_date", LocalDate.class)))
			.list();
	}

	/** The case's history, oldest first; callers have checked the case is in scope. */
	@Transactional(readOnly = true)
	List<CaseRows.HistoryRow> history(UUID caseId) {
		return new CaseRows(jdbc).history(caseId);
	}
}
