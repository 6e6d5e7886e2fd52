package id.go.netra.hearing;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.identity.CurrentActor;

/**
 * The task force's form on the case page for the allegation told to the accused; back on the case page with what
 * happened, or the refusal in words and the text as typed.
 */
@Controller
class AllegationPages {

	private final Allegations allegations;
	private final CurrentActor actor;
	private final MessageSource messages;

	AllegationPages(Allegations allegations, CurrentActor actor, MessageSource messages) {
		this.allegations = allegations;
		this.actor = actor;
		this.messages = messages;
	}

	@PostMapping("/kasus/{id}/uraian-dugaan")
	String write(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) boolean resendNotice, RedirectAttributes redirect, Locale locale) {
		try {
			boolean resent = allegations.write(actor.require(), id, new Allegations.Request(text, resendNotice));
			redirect.addFlashAttribute("allegationSaved", resent ? "resent" : "saved");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("allegationProblem", CaseFormProblems.of(refused, messages, locale));
			redirect.addFlashAttribute("allegationDraft", text);
		}
		return "redirect:/kasus/" + id;
	}
}
