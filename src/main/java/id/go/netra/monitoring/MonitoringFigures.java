package id.go.netra.monitoring;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * The monitoring dashboard's numbers: posts in, leads, dismissals, open posts, and the model's precision (among the
 * decided posts it labelled PARTISAN, the share that became leads) by ISO week, platform and election phase. A post
 * counts in the week and phase of its posting time in Jakarta, or of the time it came in when its posting time is
 * unknown. Decided posts are grouped here rather than in SQL, as ISO weeks and election phases are not portable SQL;
 * they are what reviewers decided, thousands, not the millions of posts that came in.
 */
@Component
class MonitoringFigures {

	/** Posts in, by where they stand. */
	record Totals(long in, long leads, long dismissed, long open) {
	}

	/** One group's decided posts: all of them, those labelled PARTISAN, and of these the leads. */
	record Precision(String key, String name, long decided, long partisan, long leads, String shown) {

		/** Leads among the PARTISAN-labelled decided posts; null when none of those was decided. */
		public Double precision() {
			return partisan == 0 ? null : (double) leads / partisan;
		}
	}

	record Figures(Totals totals, Precision overall, List<Precision> weeks, List<Precision> platforms,
			List<Precision> phases) {
	}

	private record Decided(String platform, boolean partisan, boolean lead, LocalDate day) {
	}

	private final JdbcClient jdbc;
	private final ElectionCalendar elections;
	private final MessageSource messages;
	private final AuditTrail audit;

	MonitoringFigures(JdbcClient jdbc, ElectionCalendar elections, MessageSource messages, AuditTrail audit) {
		this.jdbc = jdbc;
		this.elections = elections;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Figures of(Actor actor, Locale locale) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("monitoring.dashboard", "posts", "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "monitoring.forbidden");
		}
		Totals totals = jdbc.sql("""
				select count(*) as posts,
				  coalesce(sum(case when decision = 'LEAD' then 1 else 0 end), 0) as leads,
				  coalesce(sum(case when decision = 'DISMISS' then 1 else 0 end), 0) as dismissed,
				  coalesce(sum(case when decision is null then 1 else 0 end), 0) as still_open
				from monitored_post
				""")
			.query((rs, n) -> new Totals(rs.getLong("posts"), rs.getLong("leads"), rs.getLong("dismissed"),
					rs.getLong("still_open")))
			.single();
		List<Decided> decided = jdbc.sql("""
				select platform, label, decision, coalesce(posted_at, received_at) as counted_at
				from monitored_post where decision is not null
				""")
			.query((rs, n) -> new Decided(rs.getString("platform"), Label.PARTISAN.name().equals(rs.getString("label")),
					Decision.LEAD.name().equals(rs.getString("decision")),
					LocalDate.ofInstant(rs.getObject("counted_at", OffsetDateTime.class).toInstant(), Dates.ZONE)))
			.list();
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(1);
		String none = messages.getMessage("monitoring.dashboard.noDecision", null, locale);
		return new Figures(totals, tally("all", messages.getMessage("monitoring.dashboard.overall", null, locale),
				decided, percent, none), weeks(decided, percent, none, locale), platforms(decided, percent, none),
				phases(decided, percent, none, locale));
	}

	private List<Precision> weeks(List<Decided> decided, NumberFormat percent, String none, Locale locale) {
		Map<String, List<Decided>> byWeek = new TreeMap<>();
		Map<String, LocalDate> mondays = new LinkedHashMap<>();
		for (Decided d : decided) {
			String week = String.format(Locale.ROOT, "%d-W%02d", d.day().get(IsoFields.WEEK_BASED_YEAR),
					d.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			byWeek.computeIfAbsent(week, w -> new ArrayList<>()).add(d);
			mondays.putIfAbsent(week, d.day().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
		}
		List<Precision> weeks = new ArrayList<>();
		byWeek.forEach((week, posts) -> weeks.add(tally(week, messages.getMessage("monitoring.dashboard.week",
				new Object[] { week, Dates.day(mondays.get(week), locale) }, locale), posts, percent, none)));
		return weeks;
	}

	private List<Precision> platforms(List<Decided> decided, NumberFormat percent, String none) {
		Map<String, List<Decided>> byPlatform = new TreeMap<>();
		jdbc.sql("select distinct platform from monitored_post")
			.query(String.class)
			.list()
			.forEach(platform -> byPlatform.put(platform, new ArrayList<>()));
		decided.forEach(d -> byPlatform.computeIfAbsent(d.platform(), p -> new ArrayList<>()).add(d));
		List<Precision> platforms = new ArrayList<>();
		byPlatform.forEach((platform, posts) -> platforms.add(tally(platform, platform, posts, percent, none)));
		return platforms;
	}

	/** Every phase of every election in the calendar, those without a decided post included. */
	private List<Precision> phases(List<Decided> decided, NumberFormat percent, String none, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<Precision> phases = new ArrayList<>();
		for (Election election : elections.elections()) {
			for (Election.Phase phase : election.phases()) {
				List<Decided> posts = decided.stream().filter(d -> phase.contains(d.day())).toList();
				String name = (english && election.nameEn() != null ? election.nameEn() : election.name()) + ": "
						+ (english && phase.nameEn() != null ? phase.nameEn() : phase.name());
				phases.add(tally(election.code() + ":" + phase.code(), name, posts, percent, none));
			}
		}
		return phases;
	}

	private static Precision tally(String key, String name, List<Decided> posts, NumberFormat percent, String none) {
		long partisan = posts.stream().filter(Decided::partisan).count();
		long leads = posts.stream().filter(d -> d.partisan() && d.lead()).count();
		return new Precision(key, name, posts.size(), partisan, leads,
				partisan == 0 ? none : percent.format((double) leads / partisan));
	}
}
