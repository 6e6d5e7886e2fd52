package id.go.netra.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.PilkadaRegions;

/**
 * The pre-election rotation ban (UU 10/2016 art. 71(2)): a regional head may not replace officials from six months
 * before candidate determination until the end of the term without the Minister of Home Affairs' written approval.
 * A run writes each Pilkada region's window, then finds in one statement every change of an official's post at an
 * employer of such a region inside it; each is a lead for the region's Bawaslu and Kemendagri. A change already
 * found is never added again.
 */
@Service
class RotationBans {

	/** Structural posts (jabatan pimpinan tinggi, administrator, pengawas): the officials art. 71(2) protects. */
	static final List<String> OFFICIALS = List.of("JPT", "ADMINISTRATOR", "SUPERVISOR");

	record Window(String electionCode, String regionCode, LocalDate startsOn, LocalDate endsOn) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final PilkadaRegions pilkadaRegions;
	private final ScreeningSettings settings;
	private final AuditTrail audit;
	private final Clock clock;

	RotationBans(JdbcClient jdbc, JdbcTemplate batch, PilkadaRegions pilkadaRegions, ScreeningSettings settings,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.pilkadaRegions = pilkadaRegions;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Runs the check; answers how many new leads it found. */
	@Transactional
	public long run() {
		List<Window> windows = windows();
		jdbc.sql("delete from rotation_ban_window").update();
		List<Object[]> rows = new ArrayList<>(windows.size());
		for (Window w : windows) {
			rows.add(new Object[] { w.electionCode(), w.regionCode(), w.startsOn(), w.endsOn(),
					w.startsOn().atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime(),
					w.endsOn().plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toOffsetDateTime() });
		}
		batch.batchUpdate("insert into rotation_ban_window (election_code, region_code, starts_on, ends_on, starts_at,"
				+ " ends_before) values (?, ?, ?, ?, ?, ?)", rows);
		long added = jdbc.sql("""
				insert into screening_lead (source, subject, employee_id, match_kind, status, created_at, region_code,
				  election_code, changed_at, window_from, window_to, employer_before, unit_before, class_before,
				  title_before, grade_before, employer_after, unit_after, class_after, title_after, grade_after,
				  status_after)
				select 'ROTATION_BAN', w.election_code || ' ' || w.region_code || ' '
				    || cast(cast(extract(epoch from c.changed_at) as bigint) as varchar(20)),
				  c.employee_id, 'POSITION_CHANGE', 'OPEN', :now, w.region_code, w.election_code, c.changed_at,
				  w.starts_on, w.ends_on, c.employer_before, c.unit_before, c.class_before, c.title_before,
				  c.grade_before, c.employer_after, c.unit_after, c.class_after, c.title_after, c.grade_after,
				  c.status_after
				from registry_position_change c
				join rotation_ban_window w on w.region_code = c.region_before or w.region_code = c.region_after
				where c.changed_at >= w.starts_at and c.changed_at < w.ends_before
				  and c.changed_at >= :earliest and c.changed_at < :latest
				  and (c.class_before in ('JPT', 'ADMINISTRATOR', 'SUPERVISOR')
				    or c.class_after in ('JPT', 'ADMINISTRATOR', 'SUPERVISOR'))
				  and c.status_before = 'ACTIVE' and c.status_after = 'ACTIVE'
				  and (c.employer_before <> c.employer_after
				    or coalesce(c.unit_before, '') <> coalesce(c.unit_after, '')
				    or coalesce(c.title_before, '') <> coalesce(c.title_after, '')
				    or coalesce(c.class_before, '') <> coalesce(c.class_after, ''))
				  and not exists (select 1 from screening_lead l where l.source = 'ROTATION_BAN'
				    and l.employee_id = c.employee_id and l.election_code = w.election_code
				    and l.region_code = w.region_code and l.changed_at = c.changed_at)
				""")
			.param("now", OffsetDateTime.now(clock))
			// the span of all windows, as constants the planner pushes into the view: a range scan over the
			// periods' ends instead of every change in the registry
			.param("earliest", rows.stream().map(r -> (OffsetDateTime) r[4]).min(OffsetDateTime::compareTo)
				.orElse(OffsetDateTime.now(clock)))
			.param("latest", rows.stream().map(r -> (OffsetDateTime) r[5]).max(OffsetDateTime::compareTo)
				.orElse(OffsetDateTime.now(clock)))
			.update();
		audit.record("screening.rotationBan.run", "rotation ban", windows.size() + " Pilkada region window(s), "
				+ added + " new lead(s)");
		return added;
	}

	/**
	 * Per Pilkada region: from {@code banMonths} before its candidate determination to the regional head's term
	 * end, or, where that is not known, the election's last phase day (ADR 0048).
	 */
	List<Window> windows() {
		List<Window> windows = new ArrayList<>();
		for (PilkadaRegions.PilkadaRegion region : pilkadaRegions.all()) {
			LocalDate determination = region.candidateDeterminationDate();
			LocalDate end = region.termEndsOn() != null ? region.termEndsOn() : region.electionEndsOn();
			if (determination == null || end == null) {
				continue;
			}
			windows.add(new Window(region.electionCode(), region.regionCode(),
					determination.minusMonths(settings.banMonths()), end));
		}
		return windows;
	}
}
