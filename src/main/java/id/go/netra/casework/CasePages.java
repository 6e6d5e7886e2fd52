package id.go.netra.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.catalog.Regions;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.Sanctions;
import id.go.netra.catalog.Violation;
import id.go.netra.catalog.Violations;
import id.go.netra.identity.Actor;
import id.go.netra.personnel.EmployeePacts;
import id.go.netra.identity.Role;
import id.go.netra.identity.CurrentActor;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Reports;

/**
 * One case for an officer: what happened, what was decided, who did what, and the forms for exactly the
 * actions their role may take at this stage. Every form posts, then comes back here with what happened.
 */
@Controller
@RequestMapping("/kasus/{id}")
class CasePages {

	private final Casework casework;
	private final CaseDetails details;
	private final Violations violations;
	private final Sanctions sanctions;
	private final Regions regions;
	private final Reports reports;
	private final EvidenceStore store;
	private final CurrentActor currentActor;
	private final PageFeedback feedback;
	private final MessageSource messages;
	private final ReporterIdentityAccess identities;
	private final ObjectProvider<EmployeePacts> pacts;

	CasePages(Casework casework, CaseDetails details, Violations violations, Sanctions sanctions, Regions regions,
			Reports reports, EvidenceStore store, CurrentActor currentActor, PageFeedback feedback,
			MessageSource messages, ReporterIdentityAccess identities,
			ObjectProvider<EmployeePacts> pacts) {
		this.casework = casework;
		this.details = details;
		this.violations = violations;
		this.sanctions = sanctions;
		this.regions = regions;
		this.reports = reports;
		this.store = store;
		this.currentActor = currentActor;
		this.feedback = feedback;
		this.messages = messages;
		this.identities = identities;
		this.pacts = pacts;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model, Locale locale) {
		Actor actor = currentActor.require();
		CaseSnapshot c = find(actor, id);
		CaseDetails.CaseDetail detail = details.of(actor, c);
		if (detail.messages() != null && detail.messages().stream().anyMatch(CaseDetails.MessageView::unread)) {
			// shown as new this once; the queue stops marking the case
			reports.markRepliesRead(c.reportId(), actor);
		}
		model.addAttribute("c", detail);
		// the integrity pacts the accused signed (pacts module, through personnel's port): the reviewer sees when
		model.addAttribute("accusedPacts", pacts.getIfAvailable(() -> EmployeePacts.NONE)
			.signedBy(actor, detail.employee().nip()));
		model.addAttribute("actions", detail.availableActions().stream().map(Enum::name).collect(Collectors.toSet()));
		boolean mine = detail.assignment() != null && detail.assignment().actor().equals(actor.name());
		model.addAttribute("mine", mine);
		model.addAttribute("mayRelease", mine || (detail.assignment() != null && Casework.supervisesAssignments(actor)));
		model.addAttribute("taskForce", actor.has(Role.TASK_FORCE));
		model.addAttribute("regionNames", regionNames(detail));
		model.addAttribute("activeViolations", violations.active());
		model.addAttribute("violationNames",
				names(violations.all(), Violation::code, v -> inLanguage(locale, v.name(), v.nameEn())));
		List<Sanction> active = sanctions.all().stream().filter(Sanction::active).toList();
		model.addAttribute("activeSanctions", active);
		model.addAttribute("levelSanctions",
				active.stream().filter(s -> s.level() == detail.recommendedLevel()).toList());
		model.addAttribute("lighterSanctions", lighterThanRecommended(active, c.recommendation()));
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", FollowUpForm.preselecting(detail.recommendation()));
		}
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", FormProblems.none());
		}
		Map<String, String> sanctionNames = names(sanctions.all(), Sanction::code, s -> s.nameIn(locale));
		model.addAttribute("sanctionNames", sanctionNames);
		model.addAttribute("historyNotes", detail.history()
			.stream()
			.map(h -> HistoryNotes.shown(h, sanctionNames, messages, locale))
			.toList());
		model.addAttribute("rejectReasons", RejectReason.values());
		return "casework/case";
	}

	/**
	 * The reporter's identity, asked for with a reason by the task force, shown on this one answer of the case page
	 * (not kept for a redirect, not cached); a refusal comes back to the case page saying why.
	 */
	@PostMapping("/identitas-pelapor")
	String revealReporter(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			model.addAttribute("reporterIdentity", identities.reveal(currentActor.require(), id, reason, locale));
		}
		catch (DomainException refused) {
			if (refused.status() == 404) {
				throw refused;
			}
			feedback.refusal(redirect, locale, refused);
			return "redirect:/kasus/" + id;
		}
		response.setHeader("Cache-Control", "no-store");
		return page(id, model, locale);
	}

	/** Evidence (without its metadata, or for the task force its original: {@code ?asli=1}) and the decree, only of a case the officer may see. */
	@GetMapping("/berkas/{sha256}")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable String sha256,
			@RequestParam(name = "asli", defaultValue = "false") boolean original) {
		Actor actor = currentActor.require();
		return CaseFiles.download(actor, find(actor, id), sha256, original, reports, store, details.hearings());
	}

	@PostMapping("/verifikasi")
	String verify(@PathVariable UUID id, CaseRequests.Verification form, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.VERIFY, redirect, locale, actor -> casework.verify(actor, id, form));
	}

	@PostMapping("/kajian")
	String review(@PathVariable UUID id, CaseRequests.Review form,
			@RequestParam(name = "document", required = false) MultipartFile document, RedirectAttributes redirect,
			Locale locale) {
		return act(id, CaseAction.REVIEW, redirect, locale,
				actor -> casework.review(actor, id, form, CaseFiles.upload(document)));
	}

	@PostMapping("/rekomendasi")
	String recommend(@PathVariable UUID id, CaseRequests.Recommendation form, RedirectAttributes redirect,
			Locale locale) {
		return act(id, CaseAction.RECOMMEND, redirect, locale, actor -> casework.recommend(actor, id, form));
	}

	@PostMapping("/tindak-lanjut")
	String followUp(@PathVariable UUID id, FollowUpForm form,
			@RequestParam(name = "decree", required = false) MultipartFile decree, RedirectAttributes redirect,
			Locale locale) {
		try {
			casework.recordFollowUp(currentActor.require(), id, form.request(), CaseFiles.upload(decree));
			feedback.success(redirect, locale, "case.done." + CaseAction.FOLLOW_UP.name());
		}
		catch (DomainException refused) {
			// a browser cannot refill the file, but everything typed comes back
			feedback.refusal(redirect, locale, refused, "followUpForm", form);
		}
		return "redirect:/kasus/" + id;
	}

	@PostMapping("/audit")
	String audit(@PathVariable UUID id, CaseRequests.FollowUpAudit form, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.AUDIT_FOLLOW_UP, redirect, locale, actor -> casework.auditFollowUp(actor, id, form));
	}

	@PostMapping("/batal")
	String cancel(@PathVariable UUID id, CaseRequests.Note form, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.CANCEL, redirect, locale, actor -> casework.cancel(actor, id, form));
	}

	@PostMapping("/berhenti")
	String separate(@PathVariable UUID id, CaseRequests.Note form, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.SEPARATE, redirect, locale, actor -> casework.separate(actor, id, form));
	}

	@PostMapping("/identitas")
	String resolveIdentity(@PathVariable UUID id, CaseRequests.Identity form, RedirectAttributes redirect,
			Locale locale) {
		return act(id, CaseAction.RESOLVE_IDENTITY, redirect, locale,
				actor -> casework.resolveIdentity(actor, id, form));
	}

	@PostMapping("/gabung")
	String merge(@PathVariable UUID id, CaseRequests.Merge form, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.MERGE, redirect, locale, actor -> casework.merge(actor, id, form));
	}

	@PostMapping("/pertanyaan")
	String ask(@PathVariable UUID id, CaseRequests.Question form, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.ASK_REPORTER, redirect, locale, actor -> casework.askReporter(actor, id, form));
	}

	@PostMapping("/ambil")
	String assign(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, CaseAction.ASSIGN, redirect, locale, actor -> casework.assignToSelf(actor, id));
	}

	@PostMapping("/lepas")
	String release(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, "RELEASE", redirect, locale, actor -> casework.release(actor, id));
	}

	private String act(UUID id, CaseAction action, RedirectAttributes redirect, Locale locale,
			Function<Actor, CaseSnapshot> change) {
		return act(id, action.name(), redirect, locale, change);
	}

	/** Post/redirect/get: the case page shows what happened, or why it did not. */
	private String act(UUID id, String done, RedirectAttributes redirect, Locale locale, Function<Actor, CaseSnapshot> change) {
		try {
			change.apply(currentActor.require());
			feedback.success(redirect, locale, "case.done." + done);
		}
		catch (DomainException refused) {
			feedback.refusal(redirect, locale, refused);
		}
		return "redirect:/kasus/" + id;
	}

	/** The sanctions a PPK may only impose with a reason, as the server judges them (see Casework#inAccordance). */
	private Set<String> lighterThanRecommended(List<Sanction> active, CaseSnapshot.Recommendation recommendation) {
		if (recommendation == null) {
			return Set.of();
		}
		return active.stream()
			.filter(s -> !casework.inAccordance(s, recommendation))
			.map(Sanction::code)
			.collect(Collectors.toSet());
	}

	private CaseSnapshot find(Actor actor, UUID id) {
		return casework.find(actor, id)
			.orElseThrow(() -> DomainException.notFound("casework.case.notFound", id.toString()));
	}

	private Map<String, String> regionNames(CaseDetails.CaseDetail detail) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : new String[] { detail.regionCode(), detail.employee().workRegion() }) {
			if (code != null) {
				names.put(code, regions.nameOf(code));
			}
		}
		return names;
	}

	private static <T> Map<String, String> names(List<T> entries, Function<T, String> code, Function<T, String> name) {
		return entries.stream().collect(Collectors.toMap(code, name, (a, b) -> a, LinkedHashMap::new));
	}

	/** The catalogue's English name where it has one, on English pages. */
	private static String inLanguage(Locale locale, String name, String nameEn) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}
}
