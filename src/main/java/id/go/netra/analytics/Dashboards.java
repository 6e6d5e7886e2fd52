package id.go.netra.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.go.netra.DomainException;
import id.go.netra.casework.CaseScope;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Violation;
import id.go.netra.catalog.Violations;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * The agencies' dashboard: every figure of {@link Statistics} for the asker's scope, with names in the asker's
 * language beside the codes, as one answer for the page, the API and the exports.
 */
@Service
class Dashboards {

	static final int TREND_WEEKS = 26;
	static final int TOP_EMPLOYERS = 15;

	/** A bar or a row: the code, its name in the asker's language, and how many. */
	record Labelled(String key, String label, long count) {
	}

	record Dashboard(LocalDate asOf, CaseScope scope, Statistics.Totals totals, List<Labelled> byStatus,
			List<Labelled> byStage, List<Labelled> byViolation, List<Labelled> byPositionClass,
			List<Labelled> topEmployers, List<Statistics.RegionCount> byProvince, List<Statistics.Week> weekly) {
	}

	private final Statistics statistics;
	private final Violations violations;
	private final Employers employers;
	private final MessageSource messages;

	Dashboards(Statistics statistics, Violations violations, Employers employers, MessageSource messages) {
		this.statistics = statistics;
		this.violations = violations;
		this.employers = employers;
		this.messages = messages;
	}

	Dashboard of(Actor actor, Locale locale) {
		requireCaseRole(actor);
		boolean english = "en".equals(locale.getLanguage());
		LocalDate today = today();
		Map<String, Violation> catalogue = violations.all()
			.stream()
			.collect(Collectors.toMap(Violation::code, Function.identity()));
		List<Labelled> topEmployers = Statistics.top(statistics.by(actor, Statistics.Dimension.EMPLOYER).stream()
			.filter(c -> c.key() != null)
			.toList(), TOP_EMPLOYERS)
			.stream()
			.map(c -> new Labelled(c.key(), employers.find(c.key())
				.map(e -> employerName(e, english))
				.orElse(c.key()), c.count()))
			.toList();
		return new Dashboard(today, CaseScope.of(actor), statistics.totals(actor),
				labelled(statistics.by(actor, Statistics.Dimension.STATUS), "case.status.", locale),
				labelled(statistics.byStage(actor), "analytics.stage.", locale),
				statistics.byViolation(actor).stream()
					.map(c -> new Labelled(c.key(), name(catalogue.get(c.key()), c.key(), english), c.count()))
					.toList(),
				labelled(statistics.by(actor, Statistics.Dimension.POSITION_CLASS), "analytics.position.", locale),
				topEmployers, statistics.provinces(actor),
				statistics.weekly(actor, today.minusWeeks(TREND_WEEKS - 1L), today));
	}

	static LocalDate today() {
		return LocalDate.now(BusinessCalendar.ZONE);
	}

	/**
	 * The dashboard counts cases, so it is for the agencies in the case flow; an administrator's account alone
	 * sees none (as on the case queue), and is told so rather than shown zeros.
	 */
	static void requireCaseRole(Actor actor) {
		if (actor.roleSet().stream().allMatch(role -> role == Role.ADMIN)) {
			throw new DomainException("forbidden", 403, "analytics.forbidden");
		}
	}

	private List<Labelled> labelled(List<Statistics.Count> counts, String prefix, Locale locale) {
		return counts.stream()
			.map(c -> new Labelled(c.key(), c.key() == null ? messages.getMessage("analytics.unknown", null, locale)
					: messages.getMessage(prefix + c.key(), null, c.key(), locale), c.count()))
			.toList();
	}

	private static String name(Violation violation, String code, boolean english) {
		if (violation == null) {
			return code;
		}
		return english && violation.nameEn() != null ? violation.nameEn() : violation.name();
	}

	private static String employerName(Employer employer, boolean english) {
		return english && employer.nameEn() != null ? employer.nameEn() : employer.name();
	}
}
