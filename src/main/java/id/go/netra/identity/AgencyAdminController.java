package id.go.netra.identity;

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

/**
 * Administrators decide which agency holds which role and where: the KASN-to-BKN move of 2024 is two clicks
 * here, audited, effective at the next request of the agencies' people and systems.
 */
@Controller
@RequestMapping("/admin/instansi")
class AgencyAdminController {

	record GrantForm(Role role, String jurisdiction) {
	}

	private static final int PAGE_SIZE = 25;

	private final Agencies agencies;
	private final MessageSource messages;

	AgencyAdminController(Agencies agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyType type,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("agencies", agencies.search(q, type, role, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("role", role);
		model.addAttribute("types", AgencyType.values());
		model.addAttribute("roles", Role.values());
		return "admin/agencies";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("agency",
				agencies.find(code).orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code)));
		model.addAttribute("roles", Role.values());
		return "admin/agency";
	}

	@PostMapping("/{code}/peran")
	String grant(@PathVariable String code, GrantForm form, RedirectAttributes redirect, Locale locale) {
		return act(code, redirect, locale, "agency.grant.added", () -> {
			if (form.role() == null) {
				throw DomainException.invalid("identity.user.noRole");
			}
			agencies.grant(code, form.role(), form.jurisdiction());
		});
	}

	@PostMapping("/{code}/peran/cabut")
	String revoke(@PathVariable String code, @RequestParam Role role, @RequestParam String jurisdiction,
			RedirectAttributes redirect, Locale locale) {
		return act(code, redirect, locale, "agency.grant.revoked", () -> agencies.revoke(code, role, jurisdiction));
	}

	@PostMapping("/{code}/status")
	String status(@PathVariable String code, @RequestParam boolean active, @RequestParam(required = false) String note,
			RedirectAttributes redirect, Locale locale) {
		return act(code, redirect, locale, "app.saved", () -> agencies.setActive(code, active, note));
	}

	private String act(String code, RedirectAttributes redirect, Locale locale, String doneCode, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.getMessage(doneCode, null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		redirect.addAttribute("code", code);
		return "redirect:/admin/instansi/{code}";
	}
}
