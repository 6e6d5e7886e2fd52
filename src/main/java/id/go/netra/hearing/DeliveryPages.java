package id.go.netra.hearing;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.go.netra.Dates;
import id.go.netra.identity.CurrentActor;

/**
 * The PPK's list of notices to hand to employees without an e-mail address, and the printed notice (one sheet per
 * employee, with the personal link and code that exist only on it). A print is a POST: it makes new secrets.
 */
@Controller
class DeliveryPages {

	private final NoticeDeliveries deliveries;
	private final CurrentActor actor;

	DeliveryPages(NoticeDeliveries deliveries, CurrentActor actor) {
		this.deliveries = deliveries;
		this.actor = actor;
	}

	@GetMapping("/terlapor/penyampaian")
	String list(Model model, Locale locale) {
		var waiting = deliveries.waiting(actor.require());
		model.addAttribute("waiting", waiting);
		model.addAttribute("since", waiting.stream()
			.collect(Collectors.toMap(w -> w.caseId().toString(), w -> Dates.dateTime(w.since(), locale))));
		return "hearing/deliveries";
	}

	@PostMapping("/terlapor/penyampaian/{id}")
	String print(@PathVariable("id") UUID caseId, Model model, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		// the sheet holds the only copy of the link and the code
		response.setHeader("Cache-Control", "no-store");
		NoticeDeliveries.Printed printed = deliveries.print(actor.require(), caseId, locale);
		model.addAttribute("printed", printed);
		model.addAttribute("paragraphs", printed.text().split("\n"));
		return "hearing/print";
	}
}
