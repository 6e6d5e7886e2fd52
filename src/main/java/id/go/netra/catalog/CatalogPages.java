package id.go.netra.catalog;

import java.time.LocalDate;
import java.time.Year;
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

	private String calendarPage(Integer year, Model model, boolean editable) {
		int shown = year == null ? Year.now(BusinessCalendar.ZONE).getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("years", calendar.years());
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
