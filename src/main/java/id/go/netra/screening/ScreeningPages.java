package id.go.netra.screening;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;

/**
 * The screening queue: one tab per source the signed-in officer reviews, the leads with their evidence, and per
 * open lead "open as case" and "not a violation" with a reason.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ScreeningPages {

	static final int PAGE_SIZE = 50;

	private final Leads leads;
	private final LeadDecisions decisions;
	private final CurrentActor currentActor;
	private final MessageSource messages;
	private final ScreeningRuns runs;
	private final RotationApprovals approvals;
	private final ReporterProtections protections;

	ScreeningPages(Leads leads, LeadDecisions decisions, CurrentActor currentActor, MessageSource messages,
			ScreeningRuns runs, RotationApprovals approvals, ReporterProtections protections) {
		this.runs = runs;
		this.approvals = approvals;
		this.protections = protections;
		this.leads = leads;
		this.decisions = decisions;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/penyaringan")
	String queue(@RequestParam(required = false) String source, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Actor actor = currentActor.require();
		leads.requireReviewer(actor);
		List<LeadSource> sources = Arrays.stream(LeadSource.values()).filter(s -> s.reviewedBy(actor)).toList();
		LeadSource shown = sources.stream()
			.filter(s -> s.name().equalsIgnoreCase(source == null ? "" : source.strip()))
			.findFirst()
			.orElse(sources.get(0));
		List<String> statuses = shown == LeadSource.ROTATION_BAN ? Leads.STATUSES
				: Leads.STATUSES.subList(0, 3);
		String shownStatus = status != null && statuses.contains(status) ? status : "OPEN";
		model.addAttribute("sources", sources);
		model.addAttribute("openCounts", leads.openCounts(actor));
		model.addAttribute("source", shown.name());
		model.addAttribute("status", shownStatus);
		model.addAttribute("statuses", statuses);
		model.addAttribute("leads", leads.list(actor, shown.name(), shownStatus, page, PAGE_SIZE, locale));
		model.addAttribute("measures", ReporterProtections.MEASURES);
		return "screening/queue";
	}

	@PostMapping("/penyaringan/{id}/kasus")
	String openAsCase(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String source, RedirectAttributes redirect, Locale locale) {
		try {
			String number = decisions.openAsCase(currentActor.require(), id, note);
			redirect.addFlashAttribute("flash", messages.getMessage("screening.page.opened", new Object[] { number },
					locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return back(source);
	}

	@PostMapping("/penyaringan/{id}/bukan-pelanggaran")
	String dismiss(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String source, RedirectAttributes redirect, Locale locale) {
		try {
			decisions.dismiss(currentActor.require(), id, reason);
			redirect.addFlashAttribute("flash", messages.getMessage("screening.page.dismissed", null, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return back(source);
	}

	@PostMapping("/penyaringan/jalankan")
	String run(@RequestParam(required = false) String source, RedirectAttributes redirect, Locale locale) {
		try {
			Actor actor = currentActor.require();
			leads.requireReviewer(actor);
			ScreeningRuns.Run run = runs.runNow(actor, Leads.source(source));
			redirect.addFlashAttribute("flash", messages.getMessage("screening.page.ran",
					new Object[] { run.leadsAdded() }, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return back(source);
	}

	@PostMapping("/penyaringan/{id}/persetujuan")
	String approve(@PathVariable long id, @RequestParam(required = false) String letterNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterDate,
			@RequestParam(name = "document", required = false) MultipartFile document,
			@RequestParam(required = false) String source, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			approvals.record(currentActor.require(), id, letterNumber, letterDate,
					document == null ? null : document.getOriginalFilename(), document == null ? null : document.getBytes());
			redirect.addFlashAttribute("flash", messages.getMessage("screening.page.approved", null, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return back(source);
	}

	@PostMapping("/penyaringan/{id}/perlindungan")
	String protect(@PathVariable long id, @RequestParam(required = false) String measure,
			@RequestParam(required = false) String note, @RequestParam(required = false) String source,
			RedirectAttributes redirect, Locale locale) {
		try {
			protections.open(currentActor.require(), id, measure, note);
			redirect.addFlashAttribute("flash", messages.getMessage("screening.page.protected", null, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return back(source);
	}

	private static String back(String source) {
		return "redirect:/penyaringan" + (source != null && source.matches("[A-Z_]{1,20}") ? "?source=" + source : "");
	}

	private void refusal(RedirectAttributes redirect, DomainException refused, Locale locale) {
		redirect.addFlashAttribute("flashError",
				FormProblems.line(refused, messages, locale, "screening.field.", "screening.page.refused"));
		redirect.addFlashAttribute("flashErrorStatus", refused.status());
	}
}
