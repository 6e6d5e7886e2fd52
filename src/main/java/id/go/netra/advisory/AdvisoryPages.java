package id.go.netra.advisory;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.netra.Dates;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.catalog.ElectionCalendar;

/**
 * The public side of advice before acting: ask ({@code /tanya}), read the answer with the code ({@code
 * /tanya/jawaban}, the code sent in the body so that it stays out of addresses and logs) and the published
 * guidance ({@code /panduan}).
 */
@Controller
class AdvisoryPages {

	private final AdvisoryQuestions questions;
	private final AdvisoryApiController api;
	private final MessageSource messages;

	AdvisoryPages(AdvisoryQuestions questions, AdvisoryApiController api, MessageSource messages) {
		this.questions = questions;
		this.api = api;
		this.messages = messages;
	}

	@GetMapping("/tanya")
	String askForm(Model model) {
		return askPage(new AdvisoryQuestions.Question("", "", ""), FormProblems.none(), model);
	}

	@PostMapping("/tanya")
	String ask(@RequestParam(required = false) String question, @RequestParam(required = false) String election,
			@RequestParam(required = false) String nip, Model model, Locale locale, HttpServletResponse response) {
		AdvisoryQuestions.Question asked = new AdvisoryQuestions.Question(question, election, nip);
		try {
			AdvisoryQuestions.Asked done = questions.ask(asked);
			// the code is shown once, on this answer: never kept by a cache
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("code", done.code());
			return "advisory/asked";
		}
		catch (InvalidInput refused) {
			response.setStatus(400);
			return askPage(asked, FormProblems.of(refused, messages, locale), model);
		}
	}

	@GetMapping("/tanya/jawaban")
	String readForm(Model model) {
		model.addAttribute("problems", FormProblems.none());
		return "advisory/read";
	}

	@PostMapping("/tanya/jawaban")
	String read(@RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		var found = questions.byCode(code);
		if (found.isEmpty()) {
			response.setStatus(Texts.isBlank(code) ? 400 : 404);
			model.addAttribute("problems", FormProblems.of("code", messages.getMessage(
					Texts.isBlank(code) ? "validation.required" : "advisory.code.unknown", null, locale)));
			return "advisory/read";
		}
		AdvisoryQuestion q = found.get();
		model.addAttribute("problems", FormProblems.none());
		model.addAttribute("q", q);
		model.addAttribute("references", questions.references(q));
		model.addAttribute("askedAt", Dates.dateTime(q.askedAt(), locale) + " WIB");
		model.addAttribute("answeredAt", q.answeredAt() == null ? null : Dates.dateTime(q.answeredAt(), locale) + " WIB");
		return "advisory/read";
	}

	@GetMapping("/panduan")
	String guidance(@RequestParam(required = false) String q, @RequestParam(required = false) String fase,
			@RequestParam(required = false) String topik, Model model, Locale locale) {
		Topic topic = Arrays.stream(Topic.values()).filter(t -> t.name().equals(topik)).findFirst().orElse(null);
		String phase = fase != null && ElectionCalendar.PHASES.contains(fase) ? fase : null;
		model.addAttribute("guidance",
				api.grouped(questions.guidance(new AdvisoryQuestions.GuidanceFilter(q, null, phase, topic)), locale));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("phase", phase);
		model.addAttribute("topic", topic);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("phases", ElectionCalendar.PHASES);
		return "advisory/guidance";
	}

	private String askPage(AdvisoryQuestions.Question form, FormProblems problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("elections", questions.elections());
		return "advisory/ask";
	}
}
