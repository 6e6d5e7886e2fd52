package id.go.netra.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.go.netra.audit.AuditRecord.Outcome;

/** Administrators browse and filter the trail and see at a glance whether its hash chain is intact. */
@Controller
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;
	private final MessageSource messages;
	private final AuditVerification verification;
	private final AuditAnchors anchors;
	private final AnchorWords words;

	AuditPages(AuditTrail trail, MessageSource messages, AuditVerification verification, AuditAnchors anchors,
			AnchorWords words) {
		this.trail = trail;
		this.messages = messages;
		this.verification = verification;
		this.anchors = anchors;
		this.words = words;
	}

	@GetMapping("/admin/audit")
	String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		AuditQuery query = new AuditQuery(actor, action, agency, outcome, from, to, page, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("entries", trail.search(query));
		List<String> actions = trail.actions();
		model.addAttribute("actions", actions);
		model.addAttribute("actionNames",
				actions.stream().collect(Collectors.toMap(Function.identity(), a -> actionName(a, locale))));
		model.addAttribute("outcomes", Outcome.values());
		AuditVerification.Result verified = verification.verify();
		model.addAttribute("broken", verified.brokenLinks());
		model.addAttribute("anchorsHold", verified.anchorsHold());
		model.addAttribute("anchorVerdict", words.verdict(verified, locale));
		model.addAttribute("anchorProblems", words.problems(verified, locale));
		model.addAttribute("checkpoints", anchors.latest(5));
		model.addAttribute("ledger", verified.ledger());
		model.addAttribute("pagerBase", UriComponentsBuilder.fromPath("/admin/audit")
			.queryParam("actor", blank(actor))
			.queryParam("action", blank(action))
			.queryParam("agency", blank(agency))
			.queryParam("outcome", outcome == null ? "" : outcome.name())
			.queryParam("from", from == null ? "" : from.toString())
			.queryParam("to", to == null ? "" : to.toString())
			.encode()
			.toUriString());
		return "audit/trail";
	}

	/** An administrator anchors the chain head now, rather than waiting for the next periodic checkpoint. */
	@PostMapping("/admin/audit/checkpoint")
	String checkpoint(RedirectAttributes redirect, Locale locale) {
		AuditAnchors.Taken taken = anchors.checkpointNow();
		String said = messages.getMessage("audit.checkpoint." + taken.outcome().name(), null, locale);
		redirect.addFlashAttribute(taken.outcome() == AuditAnchors.Outcome.REFUSED ? "flashError" : "flash", said);
		return "redirect:/admin/audit";
	}

	/**
	 * The words of an action where there are any: a case's transition by its name on the case page, others by
	 * {@code audit.action.*}. The trail keeps the code, which the filter still uses.
	 */
	private String actionName(String action, Locale locale) {
		String key = action.startsWith("case.")
				? "case.transition." + action.substring("case.".length()).toUpperCase(Locale.ROOT)
				: "audit.action." + action;
		return messages.getMessage(key, null, action, locale);
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}
}
