package id.go.netra.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.go.netra.audit.AuditRecord.Outcome;

/** Administrators browse and filter the trail and see at a glance whether its hash chain is intact. */
@Controller
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditPages(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, agency, outcome, from, to, page, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("entries", trail.search(query));
		model.addAttribute("actions", trail.actions());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("broken", trail.verifyChain());
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

	private static String blank(String value) {
		return value == null ? "" : value;
	}
}
