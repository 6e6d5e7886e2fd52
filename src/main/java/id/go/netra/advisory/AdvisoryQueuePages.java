package id.go.netra.advisory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.identity.Agencies;
import id.go.netra.identity.Agency;
import id.go.netra.identity.CurrentActor;

/**
 * The task force's and BKN's queue of advice questions ({@code /konsultasi}) and the answer form of one question,
 * with the catalogue to cite, the topic and whether to publish it as guidance in a wording of its own.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AdvisoryQueuePages {

	private final AdvisoryQuestions questions;
	private final Agencies agencies;
	private final CurrentActor actor;
	private final MessageSource messages;

	AdvisoryQueuePages(AdvisoryQuestions questions, Agencies agencies, CurrentActor actor, MessageSource messages) {
		this.questions = questions;
		this.agencies = agencies;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/konsultasi")
	String queue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		AdvisoryQuestion.Status wanted = "ANSWERED".equals(status) ? AdvisoryQuestion.Status.ANSWERED
				: AdvisoryQuestion.Status.OPEN;
		Page<AdvisoryQuestion> found = questions.queue(actor.require(), wanted, page, 20);
		Map<UUID, String> askers = new HashMap<>();
		Map<UUID, String> times = new HashMap<>();
		found.items().forEach(q -> {
			askers.put(q.id(), asker(q, locale));
			times.put(q.id(), Dates.dateTime(q.askedAt(), locale) + " WIB");
		});
		model.addAttribute("page", found);
		model.addAttribute("status", wanted.name());
		model.addAttribute("askers", askers);
		model.addAttribute("times", times);
		return "advisory/queue";
	}

	@GetMapping("/konsultasi/{id}")
	String question(@PathVariable UUID id, Model model, Locale locale) {
		AdvisoryQuestion q = questions.find(actor.require(), id);
		return page(q, new Form(q.answer(), q.violationCodes(), q.legalBasis(), q.topic() == null ? "" : q.topic().name(),
				q.published(), q.publicQuestion() == null ? q.question() : q.publicQuestion()), FormProblems.none(),
				model, locale);
	}

	@PostMapping("/konsultasi/{id}")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) List<String> violations, @RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String publish,
			@RequestParam(required = false) String publicQuestion, @RequestParam(required = false) Integer version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		AdvisoryQuestion q = questions.find(actor.require(), id);
		boolean published = publish != null;
		Form form = new Form(answer, violations == null ? List.of() : violations, legalBasis, topic, published,
				publicQuestion);
		Topic chosen = java.util.Arrays.stream(Topic.values())
			.filter(t -> t.name().equals(topic))
			.findFirst()
			.orElse(null);
		try {
			questions.answer(actor.require(), id, new AdvisoryQuestions.Answer(answer, form.violations(), legalBasis,
					chosen, published, publicQuestion, version));
			redirect.addFlashAttribute("flash", messages.getMessage(
					published ? "advisory.question.savedPublished" : "advisory.question.saved", null, locale));
			return "redirect:/konsultasi/" + id;
		}
		catch (InvalidInput refused) {
			response.setStatus(400);
			return page(q, form, FormProblems.of(refused, messages, locale), model, locale);
		}
		catch (DomainException refused) {
			// another officer saved first: the form keeps what this one wrote, beside the answer now on record
			response.setStatus(refused.status());
			return page(questions.find(actor.require(), id), form,
					FormProblems.of("form", refused.localized(messages, locale)), model, locale);
		}
	}

	/** The answer form as filled in. */
	record Form(String answer, List<String> violations, String legalBasis, String topic, boolean publish,
			String publicQuestion) {
	}

	private String page(AdvisoryQuestion q, Form form, FormProblems problems, Model model, Locale locale) {
		model.addAttribute("q", q);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("asker", asker(q, locale));
		model.addAttribute("askedAt", Dates.dateTime(q.askedAt(), locale) + " WIB");
		model.addAttribute("answeredBy", q.answeredAt() == null ? null
				: messages.getMessage("advisory.question.answeredBy", new Object[] { q.answeredByName(),
						q.answeredByAgency(), Dates.dateTime(q.answeredAt(), locale) + " WIB" }, locale));
		model.addAttribute("catalogue", questions.catalogue());
		model.addAttribute("topics", Topic.values());
		return "advisory/question";
	}

	private String asker(AdvisoryQuestion q, Locale locale) {
		if (!q.askedWithNip()) {
			return messages.getMessage("advisory.queue.anonymous", null, locale);
		}
		if (q.askerEmployerCode() == null) {
			return messages.getMessage("advisory.queue.withNipUnknown", null, locale);
		}
		String employer = agencies.find(q.askerEmployerCode()).map(a -> name(a, locale)).orElse(q.askerEmployerCode());
		return messages.getMessage("advisory.queue.withNip", new Object[] { employer }, locale);
	}

	private static String name(Agency agency, Locale locale) {
		return "en".equals(locale.getLanguage()) && agency.nameEn() != null ? agency.nameEn() : agency.name();
	}
}
