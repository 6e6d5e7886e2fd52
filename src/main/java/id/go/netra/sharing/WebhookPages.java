package id.go.netra.sharing;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.identity.CurrentActor;

/**
 * The webhooks of the person's agency (an administrator sees every agency's) with each one's latest deliveries:
 * how each went, the last answer, the next attempt, and "send again". Subscribing stays with the agency's system
 * (the API), which holds the secret.
 */
@Controller
@RequestMapping("/berbagi/webhook")
@PreAuthorize("isAuthenticated()")
class WebhookPages {

	private static final int LOG_SIZE = 20;

	private final Subscriptions subscriptions;
	private final Deliveries deliveries;
	private final CurrentActor actor;
	private final MessageSource messages;
	WebhookPages(Subscriptions subscriptions, Deliveries deliveries, CurrentActor actor, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model, Locale locale) {
		Map<Subscription, List<Delivery>> logs = new LinkedHashMap<>();
		Map<String, String> times = new HashMap<>();
		for (Subscription subscription : subscriptions.visibleTo(actor.require())) {
			List<Delivery> log = deliveries.of(subscription.id(), LOG_SIZE)
				.stream()
				.map(d -> d.inWords(messages, locale))
				.toList();
			logs.put(subscription, log);
			log.forEach(d -> {
				times.put("created-" + d.id(), time(d.createdAt(), locale));
				times.put("last-" + d.id(), time(d.lastAttemptAt(), locale));
				times.put("next-" + d.id(), "PENDING".equals(d.status()) ? time(d.nextAttemptAt(), locale) : "-");
			});
		}
		model.addAttribute("logs", logs);
		model.addAttribute("times", times);
		return "sharing/webhooks";
	}

	@PostMapping("/pengiriman/{id}/ulang")
	String sendAgain(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			subscriptions.sendAgain(actor.require(), id);
			redirect.addFlashAttribute("flash", messages.getMessage("sharing.page.sentAgain", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
			redirect.addFlashAttribute("flashErrorStatus", e.status());
		}
		return "redirect:/berbagi/webhook";
	}

	private static String time(Instant at, Locale locale) {
		return at == null ? "-" : Dates.dateTime(at, locale) + " WIB";
	}
}
