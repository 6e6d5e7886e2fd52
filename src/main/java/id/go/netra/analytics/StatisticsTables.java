package id.go.netra.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.TableFiles;
import id.go.netra.DomainException;
import id.go.netra.identity.Actor;

/**
 * Every table the dashboard and the election timelines show, by name, in the asker's scope and language: what
 * the exports write. The names are the file names' stems, the same in both languages.
 */
@Component
class StatisticsTables {

	static final List<String> DASHBOARD = List.of("totals", "status", "stage", "violations", "positions",
			"employers", "provinces", "weekly");
	static final List<String> TIMELINE = List.of("phases", "days", "weeks");

	private final Dashboards dashboards;
	private final ElectionTimelines timelines;
	private final MessageSource messages;

	StatisticsTables(Dashboards dashboards, ElectionTimelines timelines, MessageSource messages) {
		this.dashboards = dashboards;
		this.timelines = timelines;
		this.messages = messages;
	}

	TableFiles.Table dashboard(Actor actor, String name, Locale locale) {
		if (!DASHBOARD.contains(name)) {
			throw DomainException.notFound("analytics.export.unknownTable", name);
		}
		Dashboards.Dashboard d = dashboards.of(actor, locale);
		Headers h = new Headers(locale);
		return switch (name) {
			case "totals" -> new TableFiles.Table(name, h.of("metric", "value"), totals(d.totals(), h));
			case "status" -> labelled(name, h, "status", d.byStatus());
			case "stage" -> labelled(name, h, "stage", d.byStage());
			case "violations" -> labelled(name, h, "violation", d.byViolation());
			case "positions" -> labelled(name, h, "position", d.byPositionClass());
			case "employers" -> labelled(name, h, "employer", d.topEmployers());
			case "provinces" -> new TableFiles.Table(name, h.of("code", "province", "cases", "civilServants", "per10000"),
					d.byProvince().stream().map(p -> List.<Object>of(p.code(), p.name(), p.cases(),
							orBlank(p.civilServants()), orBlank(p.per10000()))).toList());
			default -> new TableFiles.Table(name, h.of("weekOf", "cases"),
					d.weekly().stream().map(w -> List.<Object>of(w.weekOf(), w.count())).toList());
		};
	}

	TableFiles.Table timeline(Actor actor, String code, String name, Locale locale) {
		if (!TIMELINE.contains(name)) {
			throw DomainException.notFound("analytics.export.unknownTable", name);
		}
		ElectionTimelines.Granularity granularity = "weeks".equals(name) ? ElectionTimelines.Granularity.WEEK
				: ElectionTimelines.Granularity.DAY;
		ElectionTimelines.Timeline t = timelines.of(actor, code, granularity, locale);
		Headers h = new Headers(locale);
		String file = t.election().toLowerCase(Locale.ROOT) + "-" + name;
		if ("phases".equals(name)) {
			return new TableFiles.Table(file, h.of("code", "phase", "start", "end", "days", "cases", "perDay", "share"),
					t.phases().stream().map(p -> List.<Object>of(p.code(), p.name(), p.start(), p.end(), p.days(),
							p.cases(), p.perDay(), orBlank(p.share()))).toList());
		}
		return new TableFiles.Table(file, h.of("start", "end", "phase", "cases"), t.points().stream()
			.map(p -> List.<Object>of(p.start(), p.end(), p.phase() == null ? "" : p.phase(), p.cases())).toList());
	}

	private static List<List<Object>> totals(Statistics.Totals t, Headers h) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(h.name("total.cases"), t.cases()));
		rows.add(List.of(h.name("total.open"), t.open()));
		rows.add(List.of(h.name("total.overdue"), t.overdue()));
		rows.add(List.of(h.name("total.forwarded"), t.forwarded()));
		rows.add(List.of(h.name("total.followedUp"), t.followedUp()));
		rows.add(List.of(h.name("total.followUpRate"), orBlank(t.followUpRate())));
		rows.add(List.of(h.name("total.medianDaysToFollowUp"), orBlank(t.medianDaysToFollowUp())));
		rows.add(List.of(h.name("total.medianDaysToSanction"), orBlank(t.medianDaysToSanction())));
		return rows;
	}

	private static TableFiles.Table labelled(String name, Headers h, String what, List<Dashboards.Labelled> rows) {
		return new TableFiles.Table(name, h.of("code", what, "cases"),
				rows.stream().map(r -> List.<Object>of(r.key() == null ? "" : r.key(), r.label(), r.count())).toList());
	}

	private static Object orBlank(Object value) {
		return value == null ? "" : value;
	}

	/** Column headers in the asker's language, from {@code analytics.column.*}. */
	private final class Headers {

		private final Locale locale;

		Headers(Locale locale) {
			this.locale = locale;
		}

		List<String> of(String... keys) {
			List<String> names = new ArrayList<>();
			for (String key : keys) {
				names.add(name(key));
			}
			return names;
		}

		String name(String key) {
			return messages.getMessage("analytics.column." + key, null, key, locale);
		}
	}
}
