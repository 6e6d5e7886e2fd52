package id.go.netra.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.reporting.NamedReporters;

/**
 * Retaliation against reporters: a civil servant who reported under their own NIP and is then transferred (another
 * employer or unit), demoted (a lower class of post, or a lower PNS grade) or dismissed within the configured window
 * ({@code netra.screening.retaliation-window}, 12 months) raises a lead for the task force. One lead per change,
 * tied to the latest report before it; a change already found is never added again.
 */
@Service
class Retaliations {

	/**
	 * How long after its window a named report is still kept for the check: a change the registry learns of late
	 * (an import months after the decree) is still found. Older ones are forgotten (ADR 0048).
	 */
	static final java.time.Period LATE_CHANGES = java.time.Period.ofMonths(12);

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final NamedReporters reporters;
	private final ScreeningSettings settings;
	private final AuditTrail audit;
	private final Clock clock;

	Retaliations(JdbcClient jdbc, JdbcTemplate batch, NamedReporters reporters, ScreeningSettings settings,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.reporters = reporters;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Runs the check; answers how many new leads it found. */
	@Transactional
	public long run() {
		Set<NamedReporters.NamedReport> reports = new LinkedHashSet<>(reporters.since(LocalDate.of(1900, 1, 1)));
		jdbc.sql("delete from retaliation_watch").update();
		List<Object[]> rows = new ArrayList<>(reports.size());
		for (NamedReporters.NamedReport report : reports) {
			LocalDate lastDay = report.reportedOn().plus(settings.retaliationWindow());
			rows.add(new Object[] { report.nip(), report.reportedOn(),
					report.reportedOn().atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime(),
					lastDay.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime(), lastDay });
		}
		batch.batchUpdate("insert into retaliation_watch (nip, reported_on, watch_from, watch_until, watch_to)"
				+ " values (?, ?, ?, ?, ?)", rows);
		long added = jdbc.sql("""
				insert into screening_lead (source, subject, employee_id, match_kind, status, created_at, changed_at,
				  reported_on, window_from, window_to, employer_before, unit_before, class_before, title_before,
				  grade_before, employer_after, unit_after, class_after, title_after, grade_after, status_after)
				select 'RETALIATION', 'CHANGE ' || cast(cast(extract(epoch from x.changed_at) as bigint) as varchar(20)),
				  x.employee_id, x.kind, 'OPEN', :now, x.changed_at, x.reported_on, x.reported_on, x.watch_to,
				  x.employer_before, x.unit_before, x.class_before, x.title_before, x.grade_before, x.employer_after,
				  x.unit_after, x.class_after, x.title_after, x.grade_after, x.status_after
				from (
				  select c.*, r.reported_on, r.watch_to,
				    case
				      when c.status_after = 'DISMISSED' then 'DISMISSAL'
				      when c.status_after <> 'ACTIVE' then null
				      when (case c.class_after when 'JPT' then 4 when 'ADMINISTRATOR' then 3 when 'SUPERVISOR' then 2
				              when 'FUNCTIONAL' then 1 when 'STAFF' then 1 else 0 end)
				         < (case c.class_before when 'JPT' then 4 when 'ADMINISTRATOR' then 3 when 'SUPERVISOR' then 2
				              when 'FUNCTIONAL' then 1 when 'STAFF' then 1 else 0 end)
				        or (c.grade_before like '%/%' and c.grade_after like '%/%' and c.grade_after < c.grade_before)
				        then 'DEMOTION'
				      when c.employer_before <> c.employer_after
				        or coalesce(c.unit_before, '') <> coalesce(c.unit_after, '') then 'TRANSFER'
				      else null
				    end as kind
				  from registry_position_change c
				  join registry_person e on e.id = c.employee_id
				  join retaliation_watch r on r.nip = e.nip and c.changed_at >= r.watch_from
				    and c.changed_at < r.watch_until
				  where c.status_before = 'ACTIVE' and c.changed_at >= :earliest and c.changed_at < :latest
				    and not exists (select 1 from retaliation_watch later where later.nip = r.nip
				      and later.reported_on > r.reported_on and c.changed_at >= later.watch_from
				      and c.changed_at < later.watch_until)
				) x
				where x.kind is not null
				  and not exists (select 1 from screening_lead l where l.source = 'RETALIATION'
				    and l.employee_id = x.employee_id and l.changed_at = x.changed_at)
				""")
			.param("now", OffsetDateTime.now(clock))
			// the span of all watches, as constants the planner pushes into the view (a range scan, see RotationBans)
			.param("earliest", rows.stream().map(r -> (OffsetDateTime) r[2]).min(OffsetDateTime::compareTo)
				.orElse(OffsetDateTime.now(clock)))
			.param("latest", rows.stream().map(r -> (OffsetDateTime) r[3]).max(OffsetDateTime::compareTo)
				.orElse(OffsetDateTime.now(clock)))
			.update();
		int forgotten = reporters.forgetBefore(LocalDate.now(clock.withZone(BusinessCalendar.ZONE))
			.minus(settings.retaliationWindow())
			.minus(LATE_CHANGES));
		audit.record("screening.retaliation.run", "retaliation", reports.size() + " named report(s) watched, "
				+ added + " new lead(s), " + forgotten + " older report day(s) forgotten");
		return added;
	}
}
