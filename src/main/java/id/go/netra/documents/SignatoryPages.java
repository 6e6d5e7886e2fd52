package id.go.netra.documents;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;

/** {@code /admin/penandatangan}: the officials who sign each agency's letters, and a form to record one. */
@Controller
@RequestMapping("/admin/penandatangan")
class SignatoryPages {

	private static final String PAGE = "redirect:/admin/penandatangan";

	private final LetterSignatories signatories;
	private final MessageSource messages;

	SignatoryPages(LetterSignatories signatories, MessageSource messages) {
		this.signatories = signatories;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("signatories", signatories.all());
		return "documents/signatories";
	}

	@PostMapping
	String record(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nip, @RequestParam(required = false) String position,
			RedirectAttributes redirect, Locale locale) {
		try {
			LetterSignatory recorded = signatories.record(agencyCode, name, nip, position);
			redirect.addFlashAttribute("flash",
					messages.getMessage("documents.signatory.recorded", new Object[] { recorded.agencyCode() }, locale));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("flashError", String.join(" ",
					e.problems().stream().map(p -> p.localized(messages, locale)).toList()));
			redirect.addFlashAttribute("form", new SignatoryApiController.SignatoryForm(name, nip, position));
			redirect.addFlashAttribute("agencyCode", agencyCode);
		}
		return PAGE;
	}

	@PostMapping("/{agencyCode}/hapus")
	String remove(@PathVariable String agencyCode, RedirectAttributes redirect, Locale locale) {
		try {
			signatories.remove(agencyCode);
			redirect.addFlashAttribute("flash", messages.getMessage("documents.signatory.removed", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return PAGE;
	}
}
