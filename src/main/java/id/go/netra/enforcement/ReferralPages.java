package id.go.netra.enforcement;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Role;

/**
 * Bawaslu's page for criminal referrals (Gakkumdu): the open and closed referrals in the officer's
 * jurisdiction, each with its stages, and the form for the next stage where the officer may record it.
 */
@Controller
class ReferralPages {

	private final CriminalReferrals referrals;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	ReferralPages(CriminalReferrals referrals, CurrentActor currentActor, MessageSource messages) {
		this.referrals = referrals;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/gakkumdu")
	String list(Model model) {
		Actor actor = currentActor.require();
		model.addAttribute("referrals", referrals.search(actor, null));
		model.addAttribute("recorder", actor.has(Role.ELECTION_SUPERVISOR));
		model.addAttribute("outcomes", Arrays.asList(CriminalReferral.Outcome.values()));
		return "enforcement/referrals";
	}

	@PostMapping("/gakkumdu/{id}/tahap")
	String stage(@PathVariable UUID id, CriminalReferrals.StageRequest form, RedirectAttributes redirect,
			Locale locale) {
		try {
			CriminalReferral referral = referrals.record(currentActor.require(), id, form);
			redirect.addFlashAttribute("flash", messages.getMessage("enforcement.referral.recorded",
					new Object[] { referral.complaintNumber() }, locale));
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", refused instanceof id.go.netra.InvalidInput invalid
					&& !invalid.problems().isEmpty() ? invalid.problems().get(0).localized(messages, locale)
							: refused.localized(messages, locale));
			redirect.addFlashAttribute("flashErrorStatus", refused.status());
		}
		return "redirect:/gakkumdu";
	}
}
