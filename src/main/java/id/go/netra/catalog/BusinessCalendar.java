package id.go.netra.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;

/**
 * Working days for legal deadlines: Monday to Friday, except national holidays and collective leave
 * (cuti bersama), which change every year by joint decree and are maintained here as data, year by year.
 * Past the last maintained year only weekends are known, so a deadline there may fall on a holiday: that is
 * logged once per year and process (not per deadline, which would flood the log), and the administrators'
 * calendar page says so.
 */
@Service
public class BusinessCalendar {

	/** Legal deadlines run on Jakarta time (WIB). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
	private volatile NavigableMap<LocalDate, CalendarDay> days;

	BusinessCalendar(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public boolean isWorkingDay(LocalDate date) {
		warnIfNotMaintained(date);
		return workingDay(date);
	}

	private boolean workingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !nonWorkingDays().containsKey(date);
	}

	/** The date {@code workingDays} working days after {@code start} (start itself not counted). */
	public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("working days must not be negative");
		}
		LocalDate date = start;
		int counted = 0;
		while (counted < workingDays) {
			date = date.plusDays(1);
			if (workingDay(date)) {
				counted++;
			}
		}
		warnIfNotMaintained(date);
		return date;
	}

	/** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (workingDay(date)) {
				count++;
			}
		}
		if (to.isAfter(from)) {
			warnIfNotMaintained(to);
		}
		return count;
	}

	public List<CalendarDay> daysOf(int year) {
		return nonWorkingDays().values().stream().filter(day -> day.date().getYear() == year).toList();
	}

	/** The maintained years: those with any holiday or collective leave day recorded. */
	public List<Integer> years() {
		return nonWorkingDays().keySet().stream().map(LocalDate::getYear).distinct().sorted().toList();
	}

	/** False past the last maintained year, and for every year while none is maintained. */
	public boolean isMaintained(int year) {
		NavigableMap<LocalDate, CalendarDay> known = nonWorkingDays();
		return !known.isEmpty() && year <= known.lastKey().getYear();
	}

	private void warnIfNotMaintained(LocalDate date) {
		int year = date.getYear();
		if (!isMaintained(year) && warnedYears.add(year)) {
			log.warn("A working-day computation reached {} ({}), past the last year whose holidays are maintained ({}): "
					+ "deadlines there skip weekends only. Add that year's holidays and collective leave at /admin/kalender.",
					year, date, years().isEmpty() ? "none" : years().get(years().size() - 1));
		}
	}

	@Transactional
	public void add(CalendarDay day) {
		DomainException.checkLength(day.name(), 300, "calendar.name");
		DomainException.checkLength(day.nameEn(), 300, "calendar.name");
		DomainException.checkLength(day.source(), 500, "calendar.source");
		if (nonWorkingDays().containsKey(day.date())) {
			throw DomainException.conflict("calendar.day.exists", day.date());
		}
		jdbc.sql("""
				insert into calendar_day (calendar_date, day_kind, name, name_en, source, provisional)
				values (:date, :kind, :name, :nameEn, :source, :provisional)
				""")
			.param("date", day.date())
			.param("kind", day.kind().name())
			.param("name", day.name())
			.param("nameEn", day.nameEn())
			.param("source", day.source())
			.param("provisional", day.provisional())
			.update();
		audit.record("CALENDAR_DAY_ADDED", day.date().toString(), day.kind() + " " + day.name() + " (" + day.source() + ")");
		days = null;
	}

	@Transactional
	public void remove(LocalDate date) {
		CalendarDay existing = nonWorkingDays().get(date);
		if (existing == null) {
			throw DomainException.notFound("calendar.day.notFound", date);
		}
		jdbc.sql("delete from calendar_day where calendar_date = :date").param("date", date).update();
		audit.record("CALENDAR_DAY_REMOVED", date.toString(), existing.kind() + " " + existing.name());
		days = null;
	}

	private NavigableMap<LocalDate, CalendarDay> nonWorkingDays() {
		NavigableMap<LocalDate, CalendarDay> current = days;
		if (current == null) {
			current = jdbc.sql("select * from calendar_day")
				.query((rs, row) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
						CalendarDay.Kind.valueOf(rs.getString("day_kind")), rs.getString("name"),
						rs.getString("name_en"), rs.getString("source"), rs.getBoolean("provisional")))
				.list()
				.stream()
				.collect(Collectors.toMap(CalendarDay::date, day -> day, (a, b) -> a, TreeMap::new));
			days = current;
		}
		return current;
	}

	void reload() {
		days = null;
	}
}
