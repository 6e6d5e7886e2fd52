package id.go.netra.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

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
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The catalogue and the working-day calendar: readable by everyone, edited by administrators, every edit
 * audited with what it changed.
 */
@Controller
class CatalogPages {

	/** The violation edit form as typed; filled from the catalogue entry when the page opens. */
	record ViolationForm(SanctionLevel level, String name, String nameEn, String description, String legalBasis,
			boolean confirmed, boolean active, int version) {

		static ViolationForm of(Violation violation) {
			return new ViolationForm(violation.level(), violation.name(), violation.nameEn(), violation.description(),
					violation.legalBasis(), violation.confirmed(), violation.active(), violation.version());
		}
	}

	/** The sanction edit form as typed: the duration stays text, so "enam" comes back as typed with its message. */
	record SanctionForm(String name, String nameEn, String legalBasis, String durationMonths, boolean active,
			int version) {

		static SanctionForm of(Sanction sanction) {
			return new SanctionForm(sanction.name(), sanction.nameEn(), sanction.legalBasis(),
					sanction.durationMonths() == null ? null : sanction.durationMonths().toString(), sanction.active(),
					sanction.version());
		}
	}

	/** A new holiday as typed: the date stays text, so a malformed date comes back with its message. */
	record DayForm(String date, CalendarDay.Kind kind, String name, String nameEn, String source,
			boolean provisional) implements Serializable {

		static final DayForm EMPTY = new DayForm(null, CalendarDay.Kind.HOLIDAY, null, null, null, false);
	}

	private final Violations violations;
	private final Sanctions sanctions;
	private final BusinessCalendar calendar;
	private final MessageSource messages;

	CatalogPages(Violations violations, Sanctions sanctions, BusinessCalendar calendar, MessageSource messages) {
		this.violations = violations;
		this.sanctions = sanctions;
		this.calendar = calendar;
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
		Violation violation = violations.find(code)
			.orElseThrow(() -> DomainException.notFound("catalog.violation.notFound", code));
		return violationPage(violation, ViolationForm.of(violation), FormProblems.none(), model);
	}

	@PostMapping("/admin/katalog/pelanggaran/{code}")
	String updateViolation(@PathVariable String code, ViolationForm form, RedirectAttributes redirect, Model model,
			HttpServletResponse response, Locale locale) {
		Violation violation = violations.find(code)
			.orElseThrow(() -> DomainException.notFound("catalog.violation.notFound", code));
		InvalidInput.Collector problems = new InvalidInput.Collector();
		required(problems, "name", form.name());
		required(problems, "legalBasis", form.legalBasis());
		try {
			problems.throwIfAny();
			violations.update(code, new Violations.Change(form.level(), form.name(), form.nameEn(), form.description(),
					form.legalBasis(), form.confirmed(), form.active(), form.version()));
		}
		catch (DomainException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return violationPage(violation, form, refusal(refused, locale), model);
		}
		return saved(redirect, locale, "/admin/katalog/pelanggaran/" + code);
	}

	@GetMapping("/admin/katalog/sanksi/{code}")
	String sanction(@PathVariable String code, Model model) {
		Sanction sanction = sanctions.find(code)
			.orElseThrow(() -> DomainException.notFound("catalog.sanction.notFound", code));
		return sanctionPage(sanction, SanctionForm.of(sanction), FormProblems.none(), model);
	}

	@PostMapping("/admin/katalog/sanksi/{code}")
	String updateSanction(@PathVariable String code, SanctionForm form, RedirectAttributes redirect, Model model,
			HttpServletResponse response, Locale locale) {
		Sanction sanction = sanctions.find(code)
			.orElseThrow(() -> DomainException.notFound("catalog.sanction.notFound", code));
		InvalidInput.Collector problems = new InvalidInput.Collector();
		required(problems, "name", form.name());
		required(problems, "legalBasis", form.legalBasis());
		Integer months = months(problems, form.durationMonths());
		try {
			problems.throwIfAny();
			sanctions.update(code, new Sanctions.Change(form.name(), form.nameEn(), form.legalBasis(), months,
					form.active(), form.version()));
		}
		catch (DomainException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return sanctionPage(sanction, form, refusal(refused, locale), model);
		}
		return saved(redirect, locale, "/admin/katalog/sanksi/" + code);
	}

	@GetMapping("/admin/kalender")
	String calendarAdmin(@RequestParam(required = false) Integer year, Model model) {
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", DayForm.EMPTY);
			model.addAttribute("problems", FormProblems.none());
		}
		return calendarPage(year, model, true);
	}

	@PostMapping("/admin/kalender")
	String addDay(DayForm form, RedirectAttributes redirect, Locale locale) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		LocalDate date = date(problems, form.date());
		required(problems, "name", form.name());
		required(problems, "source", form.source());
		String back = "/admin/kalender" + (date == null ? "" : "?year=" + date.getYear());
		try {
			problems.throwIfAny();
			calendar.add(new CalendarDay(date, form.kind() == null ? CalendarDay.Kind.HOLIDAY : form.kind(),
					form.name().trim(), Violations.blankToNull(form.nameEn()), form.source().trim(), form.provisional()));
		}
		catch (DomainException refused) {
			// post/redirect/get keeps the year list and the table; the form travels back as typed
			redirect.addFlashAttribute("dayForm", form);
			redirect.addFlashAttribute("problems", refusal(refused, locale));
			redirect.addFlashAttribute("flashError", refused.localized(messages, locale));
			return "redirect:" + back;
		}
		return saved(redirect, locale, back);
	}

	@PostMapping("/admin/kalender/hapus")
	String removeDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect, Locale locale) {
		return edit(redirect, locale, "/admin/kalender?year=" + date.getYear(), () -> calendar.remove(date));
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

	private String violationPage(Violation violation, ViolationForm form, FormProblems problems, Model model) {
		model.addAttribute("violation", violation);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("levels", SanctionLevel.values());
		return "catalog/violation";
	}

	private String sanctionPage(Sanction sanction, SanctionForm form, FormProblems problems, Model model) {
		model.addAttribute("sanction", sanction);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "catalog/sanction";
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

	private String saved(RedirectAttributes redirect, Locale locale, String back) {
		redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
		return "redirect:" + back;
	}

	/** A refusal as field messages: a field-by-field one as it is, any other (a stale version) at the top. */
	private FormProblems refusal(DomainException refused, Locale locale) {
		return refused instanceof InvalidInput invalid ? FormProblems.of(invalid, messages, locale)
				: FormProblems.of("form", refused.localized(messages, locale));
	}

	private static void required(InvalidInput.Collector problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.reject(field, "validation.required");
		}
	}

	private static LocalDate date(InvalidInput.Collector problems, String text) {
		if (text == null || text.isBlank()) {
			problems.reject("date", "validation.required");
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException notADate) {
			problems.reject("date", "validation.date");
			return null;
		}
	}

	/** Empty means "no fixed duration"; anything else must be a whole number of months. */
	private static Integer months(InvalidInput.Collector problems, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException notANumber) {
			problems.reject("durationMonths", "catalog.sanction.duration");
			return null;
		}
	}
}
