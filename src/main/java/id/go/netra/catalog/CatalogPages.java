package id.go.netra.catalog;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The catalogue and the working-day calendar: readable by everyone, edited by administrators, every edit
 * audited with what it changed.
 */
@Controller
class CatalogPages {

	record ViolationForm(SanctionLevel level, String name, String nameEn, String description, String legalBasis,
			boolean confirmed, boolean active, int version) {
	}

	record SanctionForm(String name, String nameEn, String legalBasis, Integer durationMonths, boolean active,
			int version) {
	}

	record DayForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, CalendarDay.Kind kind, String name,
			String nameEn, String source, boolean provisional) {
	}

	/**
	 * The election form as typed, so a refused form comes back as it was sent; a phase's dates are the fields
	 * {@code phases.<CODE>.start} and {@code .end}, named like the problems that mark them.
	 */
	record ElectionForm(Map<String, String> values) {

		static ElectionForm empty() {
			return new ElectionForm(Map.of());
		}

		static ElectionForm of(Election election) {
			Map<String, String> values = new HashMap<>();
			values.put("name", election.name());
			values.put("nameEn", election.nameEn());
			values.put("kind", election.kind().name());
			values.put("votingDate", String.valueOf(election.votingDate()));
			values.put("candidateDeterminationDate", election.candidateDeterminationDate() == null ? null
					: election.candidateDeterminationDate().toString());
			values.put("legalBasis", election.legalBasis());
			for (Election.Phase phase : election.phases()) {
				values.put("phases." + phase.code() + ".start", phase.start().toString());
				values.put("phases." + phase.code() + ".end", phase.end().toString());
			}
			return new ElectionForm(values);
		}

		public String get(String field) {
			return values.get(field);
		}

		/** The draft, with a phase left blank on both dates taken as one the election does not have. */
		ElectionCalendar.Draft toDraft() {
			InvalidInput.Collector problems = new InvalidInput.Collector();
			List<ElectionCalendar.PhaseDates> phases = new ArrayList<>();
			for (String code : ElectionCalendar.PHASES) {
				String start = "phases." + code + ".start";
				String end = "phases." + code + ".end";
				if (!isBlank(get(start)) || !isBlank(get(end))) {
					phases.add(new ElectionCalendar.PhaseDates(code, date(start, problems), date(end, problems)));
				}
			}
			Election.Kind kind = isBlank(get("kind")) ? null : problems.check("kind", () -> kind(get("kind")));
			ElectionCalendar.Draft draft = new ElectionCalendar.Draft(get("name"), get("nameEn"), kind,
					date("votingDate", problems), date("candidateDeterminationDate", problems), get("legalBasis"),
					phases);
			problems.throwIfAny();
			return draft;
		}

		private LocalDate date(String field, InvalidInput.Collector problems) {
			return isBlank(get(field)) ? null : problems.check(field, () -> {
				try {
					return LocalDate.parse(get(field).trim());
				}
				catch (DateTimeParseException e) {
					throw DomainException.invalid("validation.date");
				}
			});
		}

		private static Election.Kind kind(String value) {
			try {
				return Election.Kind.valueOf(value);
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("validation.required");
			}
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}
	}

	private final Violations violations;
	private final Sanctions sanctions;
	private final BusinessCalendar calendar;
	private final ElectionCalendar elections;
	private final MessageSource messages;

	CatalogPages(Violations violations, Sanctions sanctions, BusinessCalendar calendar, ElectionCalendar elections,
			MessageSource messages) {
		this.violations = violations;
		this.sanctions = sanctions;
		this.calendar = calendar;
		this.elections = elections;
		this.messages = messages;
	}

	@GetMapping("/katalog")
	String catalog(Model model) {
		model.addAttribute("violations", violations.all());
		model.addAttribute("sanctions", sanctions.all());
		model.addAttribute("editable", false);
		return "catalog/index";
	}

	@GetMapping("/kalender")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		return calendarPage(year, model, false);
	}

	@GetMapping("/admin/katalog")
	String catalogAdmin(Model model) {
		model.addAttribute("violations", violations.all());
		model.addAttribute("sanctions", sanctions.all());
		model.addAttribute("editable", true);
		return "catalog/index";
	}

	@GetMapping("/admin/katalog/pelanggaran/{code}")
	String violation(@PathVariable String code, Model model) {
		model.addAttribute("violation",
				violations.find(code).orElseThrow(() -> DomainException.notFound("catalog.violation.notFound", code)));
		model.addAttribute("levels", SanctionLevel.values());
		return "catalog/violation";
	}

	@PostMapping("/admin/katalog/pelanggaran/{code}")
	String updateViolation(@PathVariable String code, ViolationForm form, RedirectAttributes redirect, Locale locale) {
		return edit(redirect, locale, "/admin/katalog/pelanggaran/" + code, () -> {
			requireText(form.name(), form.legalBasis());
			violations.update(code, new Violations.Change(form.level(), form.name(), form.nameEn(), form.description(),
					form.legalBasis(), form.confirmed(), form.active(), form.version()));
		});
	}

	@GetMapping("/admin/katalog/sanksi/{code}")
	String sanction(@PathVariable String code, Model model) {
		model.addAttribute("sanction",
				sanctions.find(code).orElseThrow(() -> DomainException.notFound("catalog.sanction.notFound", code)));
		return "catalog/sanction";
	}

	@PostMapping("/admin/katalog/sanksi/{code}")
	String updateSanction(@PathVariable String code, SanctionForm form, RedirectAttributes redirect, Locale locale) {
		return edit(redirect, locale, "/admin/katalog/sanksi/" + code, () -> {
			requireText(form.name(), form.legalBasis());
			sanctions.update(code, new Sanctions.Change(form.name(), form.nameEn(), form.legalBasis(),
					form.durationMonths(), form.active(), form.version()));
		});
	}

	@GetMapping("/admin/kalender")
	String calendarAdmin(@RequestParam(required = false) Integer year, Model model) {
		return calendarPage(year, model, true);
	}

	@PostMapping("/admin/kalender")
	String addDay(DayForm form, RedirectAttributes redirect, Locale locale) {
		String back = "/admin/kalender" + (form.date() == null ? "" : "?year=" + form.date().getYear());
		return edit(redirect, locale, back, () -> {
			if (form.date() == null) {
				throw DomainException.invalid("validation.date");
			}
			requireText(form.name(), form.source());
			calendar.add(new CalendarDay(form.date(), form.kind() == null ? CalendarDay.Kind.HOLIDAY : form.kind(),
					form.name().trim(), Violations.blankToNull(form.nameEn()), form.source().trim(), form.provisional()));
		});
	}

	@PostMapping("/admin/kalender/hapus")
	String removeDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect, Locale locale) {
		return edit(redirect, locale, "/admin/kalender?year=" + date.getYear(), () -> calendar.remove(date));
	}

	@GetMapping("/admin/pemilihan")
	String electionsAdmin(Model model) {
		return electionsPage(null, ElectionForm.empty(), Map.of(), model);
	}

	@PostMapping("/admin/pemilihan")
	String addElection(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		ElectionForm form = new ElectionForm(values);
		try {
			Election added = elections.add(form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
			return "redirect:/admin/pemilihan/" + added.code();
		}
		catch (InvalidInput refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return electionsPage(null, form, problems(refused, locale), model);
		}
	}

	@GetMapping("/admin/pemilihan/{code}")
	String election(@PathVariable String code, Model model) {
		Election election = elections.election(code)
			.orElseThrow(() -> DomainException.notFound("catalog.election.notFound", code));
		return electionsPage(code, ElectionForm.of(election), Map.of(), model);
	}

	@PostMapping("/admin/pemilihan/{code}")
	String updateElection(@PathVariable String code, @RequestParam Map<String, String> values, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		ElectionForm form = new ElectionForm(values);
		try {
			elections.update(code, form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
			return "redirect:/admin/pemilihan/" + code;
		}
		catch (InvalidInput refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return electionsPage(code, form, problems(refused, locale), model);
		}
	}

	/** The list with a form to add one, or, given a code, the form that edits that election. */
	private String electionsPage(String code, ElectionForm form, Map<String, List<String>> problems, Model model) {
		model.addAttribute("elections", elections.elections());
		model.addAttribute("code", code);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", Election.Kind.values());
		model.addAttribute("phases", ElectionCalendar.PHASES);
		return "catalog/elections";
	}

	private Map<String, List<String>> problems(InvalidInput refused, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		refused.problems()
			.forEach(problem -> byField.computeIfAbsent(problem.field(), field -> new ArrayList<>())
				.add(problem.localized(messages, locale)));
		return byField;
	}

	private String calendarPage(Integer year, Model model, boolean editable) {
		int shown = year == null ? Year.now(BusinessCalendar.ZONE).getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("years", calendar.years());
		int thisYear = Year.now(BusinessCalendar.ZONE).getValue();
		model.addAttribute("notMaintained",
				List.of(thisYear, thisYear + 1).stream().filter(y -> !calendar.isMaintained(y)).toList());
		model.addAttribute("days", calendar.daysOf(shown));
		model.addAttribute("kinds", CalendarDay.Kind.values());
		model.addAttribute("editable", editable);
		return "catalog/calendar";
	}

	private String edit(RedirectAttributes redirect, Locale locale, String back, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return "redirect:" + back;
	}

	private static void requireText(String... values) {
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw DomainException.invalid("validation.required");
			}
		}
	}
}
