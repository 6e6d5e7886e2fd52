package id.go.netra.fostering;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.personnel.EmploymentType;
import id.go.netra.personnel.PositionClass;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reminders page ({@code /pembinaan}), linked from the BKN and PPK home cards: the reminders sent with their
 * delivery counts, the form to count an audience and send or schedule a reminder, and the templates per phase.
 */
@Controller
@RequestMapping("/pembinaan")
@PreAuthorize("hasAnyRole('PPK', 'CIVIL_SERVICE_AGENCY')")
class ReminderPages {

	private static final String PAGE = "fostering/reminders";

	private final Reminders reminders;
	private final ReminderTemplates templates;
	private final ElectionCalendar calendar;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	ReminderPages(Reminders reminders, ReminderTemplates templates, ElectionCalendar calendar,
			CurrentActor currentActor, MessageSource messages) {
		this.reminders = reminders;
		this.templates = templates;
		this.calendar = calendar;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(name = "templat", required = false) UUID templateId, Model model) {
		Actor actor = currentActor.require();
		ReminderTemplate.TemplateDraft draft = templateId == null ? null : templates.find(actor, templateId)
			.filter(t -> t.ownerAgency().equals(actor.agencyCode()))
			.map(t -> new ReminderTemplate.TemplateDraft(t.phaseCode(), t.title(), t.subject(), t.body(), t.subjectEn(),
					t.bodyEn()))
			.orElse(null);
		model.addAttribute("templateForm", draft);
		model.addAttribute("editing", draft == null ? null : templateId);
		return page(ReminderForm.empty(), FormProblems.none(), null, model);
	}

	@PostMapping("/penerima")
	String preview(ReminderForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			Reminders.AudienceCount count = reminders.preview(currentActor.require(), form.employerCode(),
					form.classes(), form.types());
			return page(form, FormProblems.none(), count, model);
		}
		catch (DomainException refused) {
			response.setStatus(refused.status());
			return page(form, FormProblems.of("employerCode", refused.localized(messages, locale)), null, model);
		}
	}

	@PostMapping
	String send(ReminderForm form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Reminders.Shown sent = reminders.send(currentActor.require(), form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage(
					sent.reminder().status() == Reminder.Status.QUEUED ? "reminders.page.flashQueued" : "reminders.page.flashScheduled",
					new Object[] { sent.counts().total(), id.go.netra.Dates.day(sent.reminder().sendOn(), locale) },
					locale));
			return "redirect:/pembinaan";
		}
		catch (InvalidInput refused) {
			response.setStatus(400);
			return page(form, FormProblems.of(refused, messages, locale), null, model);
		}
		catch (DomainException refused) {
			response.setStatus(refused.status());
			return page(form, FormProblems.of("employerCode", refused.localized(messages, locale)), null, model);
		}
	}

	@PostMapping("/templat")
	String saveTemplate(@RequestParam(required = false) UUID id, ReminderTemplate.TemplateDraft draft, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = currentActor.require();
		try {
			if (id == null) {
				templates.add(actor, draft);
			}
			else {
				templates.update(actor, id, draft);
			}
			redirect.addFlashAttribute("flash", messages.getMessage("reminders.page.templateSaved", null, locale));
			return "redirect:/pembinaan";
		}
		catch (InvalidInput refused) {
			response.setStatus(400);
			model.addAttribute("templateForm", draft);
			model.addAttribute("editing", id);
			model.addAttribute("templateProblems", FormProblems.of(refused, messages, locale));
			return page(ReminderForm.empty(), FormProblems.none(), null, model);
		}
	}

	private String page(ReminderForm form, FormProblems problems, Reminders.AudienceCount count, Model model) {
		Actor actor = currentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("count", count);
		model.addAttribute("national", ReminderScope.national(actor));
		model.addAttribute("ownAgency", actor.agencyCode());
		model.addAttribute("reminders", reminders.list(actor));
		model.addAttribute("templates", templates.visible(actor));
		model.addAttribute("elections", calendar.elections());
		model.addAttribute("phases", ElectionCalendar.PHASES);
		model.addAttribute("classes", List.of(PositionClass.values()));
		model.addAttribute("types", List.of(EmploymentType.values()));
		model.addAttribute("placeholders", ReminderText.PLACEHOLDERS);
		if (!model.containsAttribute("templateForm")) {
			model.addAttribute("templateForm", null);
		}
		if (!model.containsAttribute("templateProblems")) {
			model.addAttribute("templateProblems", FormProblems.none());
		}
		return PAGE;
	}
}
