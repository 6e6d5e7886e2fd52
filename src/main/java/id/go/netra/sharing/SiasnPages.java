package id.go.netra.sharing;

import java.time.Instant;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.Dates;
import id.go.netra.DomainException;

/** The administrators' page of the SIASN push: the latest block changes, how each went, and "send again". */
@Controller
@RequestMapping("/berbagi/siasn")
@PreAuthorize("hasRole('ADMIN')")
class SiasnPages {

	private final SiasnLog log;
	private final SiasnSettings settings;
	private final MessageSource messages;

	SiasnPages(SiasnLog log, SiasnSettings settings, MessageSource messages) {
		this.log = log;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) String status, Model model, Locale locale) {
		List<SiasnLog.Entry> entries = log.latest(status, locale);
		Map<String, String> times = new HashMap<>();
		entries.forEach(e -> {
			times.put("created-" + e.id(), time(e.createdAt(), locale));
			times.put("last-" + e.id(), time(e.lastAttemptAt(), locale));
			times.put("next-" + e.id(), time(e.nextAttemptAt(), locale));
		});
		model.addAttribute("entries", entries);
		model.addAttribute("times", times);
		model.addAttribute("overHttp", settings.overHttp());
		model.addAttribute("enabled", settings.enabled());
		model.addAttribute("status", status);
		return "sharing/siasn";
	}

	@PostMapping("/{id}/ulang")
	String sendAgain(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			log.sendAgain(id);
			redirect.addFlashAttribute("flash", messages.getMessage("sharing.siasn.sentAgain", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
			redirect.addFlashAttribute("flashErrorStatus", e.status());
		}
		return "redirect:/berbagi/siasn";
	}

	private static String time(Instant at, Locale locale) {
		return at == null ? "-" : Dates.dateTime(at, locale) + " WIB";
	}
}
