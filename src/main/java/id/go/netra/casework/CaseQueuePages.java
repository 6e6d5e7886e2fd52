package id.go.netra.casework;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.personnel.Employers;
import id.go.netra.reporting.ReportKind;

/**
 * The officers' work queue: the cases in their scope, overdue first, filtered; several can be taken at once.
 * With htmx the filters refresh only the table; without JavaScript the same form reloads the page.
 */
@Controller
class CaseQueuePages {

	private final CaseQueue queue;
	private final Casework casework;
	private final Regions regions;
	private final Employers employers;
	private final CurrentActor currentActor;
	private final PageFeedback feedback;

	CaseQueuePages(CaseQueue queue, Casework casework, Regions regions, Employers employers, CurrentActor currentActor,
			PageFeedback feedback) {
		this.queue = queue;
		this.casework = casework;
		this.regions = regions;
		this.employers = employers;
		this.currentActor = currentActor;
		this.feedback = feedback;
	}

	@GetMapping("/kasus")
	String queue(QueueFilterForm form, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model, Locale locale) {
		Actor actor = currentActor.require();
		QueueFilterForm shown = form.resolved(actor);
		Page<CaseQueue.Line> cases = queue.search(actor, shown.filter(actor));
		model.addAttribute("filter", shown);
		model.addAttribute("acts", CaseAction.waitingFor(actor.roles().keySet()).isPresent());
		model.addAttribute("cases", cases);
		model.addAttribute("pagerBase", shown.address());
		model.addAttribute("regionNames", regionNames(cases.items()));
		model.addAttribute("employerNames", employerNames(cases.items(), locale));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("canFile", !ReportKind.fileableBy(actor).isEmpty());
		model.addAttribute("employerOnly", CaseScope.of(actor).employerOnly());
		return htmx != null ? "casework/queue :: results" : "casework/queue";
	}

	/** Takes each selected case that the officer may take; the others are counted, not fatal to the rest. */
	@PostMapping("/kasus/ambil")
	String take(@RequestParam(name = "ids", required = false) List<UUID> ids, QueueFilterForm form,
			RedirectAttributes redirect, Locale locale) {
		if (ids == null || ids.isEmpty()) {
			feedback.error(redirect, locale, "case.queue.noneSelected");
			return "redirect:" + form.address();
		}
		Actor actor = currentActor.require();
		int taken = 0;
		for (UUID id : ids) {
			try {
				casework.assignToSelf(actor, id);
				taken++;
			}
			catch (DomainException refused) {
				// refusals are audited by Casework; the officer learns how many, below
			}
		}
		feedback.success(redirect, locale, "case.queue.taken", taken, ids.size() - taken);
		return "redirect:" + form.address();
	}

	/** The employers of these lines by name in the reader's language; an unknown code stays as it is. */
	private Map<String, String> employerNames(List<CaseQueue.Line> lines, Locale locale) {
		Map<String, String> names = new TreeMap<>();
		lines.stream()
			.map(CaseQueue.Line::employerCode)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(code -> names.put(code, employers.find(code)
				.map(e -> "en".equals(locale.getLanguage()) && e.nameEn() != null ? e.nameEn() : e.name())
				.orElse(code)));
		return names;
	}

	private Map<String, String> regionNames(List<CaseQueue.Line> lines) {
		Map<String, String> names = new TreeMap<>();
		lines.stream()
			.map(CaseQueue.Line::regionCode)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(code -> names.put(code, regions.nameOf(code)));
		return names;
	}
}
