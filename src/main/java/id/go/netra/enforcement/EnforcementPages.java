package id.go.netra.enforcement;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.Sanctions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Role;

/**
 * The oversight page (pengendalian): employers ranked by how they follow recommendations up, the PPKs proposed
 * for sanction with their letters, the blocks in force (placed and lifted here by the auditor) and the
 * discipline register of one employee.
 */
@Controller
class EnforcementPages {

	private final Compliance compliance;
	private final Blocks blocks;
	private final DisciplineRegister register;
	private final CurrentActor currentActor;
	private final MessageSource messages;
	private final Sanctions sanctions;

	EnforcementPages(Compliance compliance, Blocks blocks, DisciplineRegister register, CurrentActor currentActor,
			MessageSource messages, Sanctions sanctions) {
		this.compliance = compliance;
		this.blocks = blocks;
		this.register = register;
		this.currentActor = currentActor;
		this.messages = messages;
		this.sanctions = sanctions;
	}

	@GetMapping("/pengendalian")
	String overview(@RequestParam(required = false) String nip, Model model, Locale locale) {
		Actor actor = currentActor.require();
		model.addAttribute("ranking", compliance.ranking(actor));
		model.addAttribute("proposals", compliance.sanctionProposals(actor));
		model.addAttribute("blocks", blocks.search(actor, true, null, null, 0, 200));
		model.addAttribute("auditor", EnforcementScope.holdsNationally(actor, Role.AUDITOR));
		model.addAttribute("nip", nip);
		if (nip != null && !nip.isBlank()) {
			try {
				model.addAttribute("history", register.history(actor, nip));
				model.addAttribute("sanctionNames",
						sanctions.all().stream().collect(Collectors.toMap(Sanction::code, s -> s.nameIn(locale))));
			}
			catch (DomainException invalid) {
				model.addAttribute("nipError", invalid.localized(messages, locale));
			}
		}
		return "enforcement/overview";
	}

	@PostMapping("/pengendalian/blokir")
	String place(Blocks.Placement form, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, actor -> blocks.place(actor, form), "enforcement.page.placed");
	}

	@PostMapping("/pengendalian/blokir/{id}/buka")
	String lift(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(redirect, locale, actor -> blocks.lift(actor, id, reason, null), "enforcement.page.lifted");
	}

	private String act(RedirectAttributes redirect, Locale locale, Function<Actor, Block> action, String done) {
		try {
			Block block = action.apply(currentActor.require());
			redirect.addFlashAttribute("flash", messages.getMessage(done,
					new Object[] { block.nip() == null ? block.employerCode() : block.nip() }, locale));
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", text(refused, locale));
			redirect.addFlashAttribute("flashErrorStatus", refused.status());
		}
		return "redirect:/pengendalian";
	}

	private String text(DomainException refused, Locale locale) {
		if (!(refused instanceof InvalidInput invalid) || invalid.problems().isEmpty()) {
			return refused.localized(messages, locale);
		}
		return invalid.problems()
			.stream()
			.map(problem -> messages.getMessage("enforcement.field." + problem.field(), null, problem.field(), locale)
					+ ": " + problem.localized(messages, locale))
			.collect(Collectors.joining(" "));
	}
}
