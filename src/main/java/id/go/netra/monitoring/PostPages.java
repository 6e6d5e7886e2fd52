package id.go.netra.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.Nip;
import id.go.netra.personnel.RegistryScope;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.OpenedCases;

/**
 * The task force's review of monitored posts: the queue (strongest score first among the open ones, filtered),
 * one post with who may have written it, and the two decisions, a lead (filed as a monitoring finding, whose
 * complaint number leads to its case) or a dismissal with a reason. A refused decision shows the form again with
 * what is wrong, and changes nothing.
 */
@Controller
@PreAuthorize("hasRole('TASK_FORCE')")
class PostPages {

	static final int PAGE_SIZE = 20;

	/** The queue's filters as the page sends them; anything unknown is left out rather than refused. */
	record QueueForm(String status, String label, String platform, Integer page) {

		QueueForm {
			status = parse(MonitoredPosts.Status.class, status).map(Enum::name).orElse(MonitoredPosts.Status.OPEN.name());
			label = parse(Label.class, label).map(Enum::name).orElse(null);
			platform = platform == null || platform.isBlank() ? null : platform.strip().toLowerCase(Locale.ROOT);
			page = page == null || page < 0 ? 0 : page;
		}

		/** The page's address with these filters, without the page number (for the pager). */
		String address() {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/pemantauan").queryParam("status", status);
			if (label != null) {
				uri.queryParam("label", label);
			}
			if (platform != null) {
				uri.queryParam("platform", platform);
			}
			return uri.encode().build().toUriString();
		}

		private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
			if (text == null || text.isBlank()) {
				return Optional.empty();
			}
			try {
				return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}
	}

	/** A decision's form as typed, shown again when it is refused. */
	record DecisionForm(String nip, String note) implements java.io.Serializable {
	}

	private final MonitoredPosts posts;
	private final PostDecisions decisions;
	private final Employees employees;
	private final OpenedCases openedCases;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	PostPages(MonitoredPosts posts, PostDecisions decisions, Employees employees, OpenedCases openedCases,
			CurrentActor currentActor, MessageSource messages) {
		this.posts = posts;
		this.decisions = decisions;
		this.employees = employees;
		this.openedCases = openedCases;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/pemantauan")
	String queue(QueueForm form, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Actor actor = currentActor.require();
		Page<MonitoredPost> page = posts.list(actor, MonitoredPosts.Status.valueOf(form.status()),
				form.label() == null ? null : Label.valueOf(form.label()), form.platform(), form.page(), PAGE_SIZE);
		model.addAttribute("filter", form);
		model.addAttribute("posts", page);
		model.addAttribute("pagerBase", form.address());
		model.addAttribute("statuses", MonitoredPosts.Status.values());
		model.addAttribute("labels", Label.values());
		model.addAttribute("authors", authors(actor, page.items()));
		return htmx != null ? "monitoring/queue :: results" : "monitoring/queue";
	}

	@GetMapping("/pemantauan/{id}")
	String post(@PathVariable long id, Model model) {
		Actor actor = currentActor.require();
		MonitoredPost post = posts.get(actor, id);
		Map<String, Employee> authors = authors(actor, List.of(post));
		List<Employee> suggestions = post.authorNip() == null && post.author() != null && post.open()
				? posts.suggestions(actor, id, null) : List.of();
		model.addAttribute("post", post);
		model.addAttribute("authors", authors);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("caseId", caseOf(actor, post).orElse(null));
		if (!model.containsAttribute("leadForm")) {
			String nip = post.authorNip() != null ? post.authorNip()
					: suggestions.isEmpty() ? null : suggestions.get(0).nip();
			model.addAttribute("leadForm", new DecisionForm(nip, null));
		}
		if (!model.containsAttribute("dismissForm")) {
			model.addAttribute("dismissForm", new DecisionForm(null, null));
		}
		if (!model.containsAttribute("leadProblems")) {
			model.addAttribute("leadProblems", FormProblems.none());
		}
		if (!model.containsAttribute("dismissProblems")) {
			model.addAttribute("dismissProblems", FormProblems.none());
		}
		return "monitoring/post";
	}

	@GetMapping("/pemantauan/{id}/cuplikan.json")
	ResponseEntity<byte[]> snapshot(@PathVariable long id) {
		byte[] snapshot = posts.snapshot(currentActor.require(), id).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cuplikan-pos-" + id + ".json").build().toString())
			.body(snapshot);
	}

	@PostMapping("/pemantauan/{id}/temuan")
	String lead(@PathVariable long id, DecisionForm form, Model model, RedirectAttributes redirect, Locale locale) {
		return decide(id, Decision.LEAD, form, model, redirect, locale);
	}

	@PostMapping("/pemantauan/{id}/abaikan")
	String dismiss(@PathVariable long id, DecisionForm form, Model model, RedirectAttributes redirect, Locale locale) {
		return decide(id, Decision.DISMISS, form, model, redirect, locale);
	}

	@PostMapping("/pemantauan/{id}/penulis")
	String author(@PathVariable long id, @RequestParam(required = false) String nip,
			@RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect, Locale locale) {
		// optional parameters: a caller without the role is refused before anything it sent is read
		try {
			decisions.answerAuthor(currentActor.require(), id, nip, Boolean.TRUE.equals(confirmed));
			redirect.addFlashAttribute("flash", messages.getMessage(
					confirmed ? "monitoring.post.confirmed" : "monitoring.post.ruledOut", new Object[] { nip }, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return "redirect:/pemantauan/" + id;
	}

	private String decide(long id, Decision decision, DecisionForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		Actor actor = currentActor.require();
		try {
			PostDecisions.Decided decided = decisions.decide(actor, id, decision,
					decision == Decision.LEAD ? form.nip() : null, form.note());
			redirect.addFlashAttribute("flash", decision == Decision.LEAD
					? messages.getMessage("monitoring.lead.done", new Object[] { decided.complaintNumber() }, locale)
					: messages.getMessage("monitoring.dismiss.done", null, locale));
			return "redirect:/pemantauan/" + id;
		}
		catch (InvalidInput invalid) {
			// shown again in place, with the form as typed: nothing was decided
			model.addAttribute(decision == Decision.LEAD ? "leadForm" : "dismissForm", form);
			model.addAttribute(decision == Decision.LEAD ? "leadProblems" : "dismissProblems",
					FormProblems.of(invalid, messages, locale));
			model.addAttribute("flashError", messages.getMessage("monitoring.decision.refused", null, locale));
			model.addAttribute("flashErrorStatus", invalid.status());
			return post(id, model);
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
			return "redirect:/pemantauan/" + id;
		}
	}

	private void refusal(RedirectAttributes redirect, DomainException refused, Locale locale) {
		redirect.addFlashAttribute("flashError",
				FormProblems.line(refused, messages, locale, "monitoring.field.", "monitoring.decision.invalid"));
		redirect.addFlashAttribute("flashErrorStatus", refused.status());
	}

	/** The case a lead opened, when the officer's scope shows it. */
	private Optional<UUID> caseOf(Actor actor, MonitoredPost post) {
		if (post.review() == null || post.review().complaintNumber() == null) {
			return Optional.empty();
		}
		return openedCases.visibleTo(actor, new ComplaintNumber(post.review().complaintNumber()));
	}

	/** The linked employees of these posts by NIP, as far as the officer's registry scope shows them. */
	private Map<String, Employee> authors(Actor actor, List<MonitoredPost> shown) {
		Map<String, Employee> found = new LinkedHashMap<>();
		RegistryScope scope = RegistryScope.of(actor);
		shown.stream().map(MonitoredPost::authorNip).filter(java.util.Objects::nonNull).distinct().forEach(nip -> {
			try {
				employees.byNip(Nip.of(nip), scope).ifPresent(e -> found.put(nip, e));
			}
			catch (DomainException | IllegalArgumentException notANip) {
				// a NIP the registry no longer reads shows as the number alone
			}
		});
		return found;
	}
}
