package id.go.netra.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;

/** The regions of a Pilkada kept by administrators: the dates the rotation ban runs on, set or removed per region. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PilkadaRegionPages {

	private final PilkadaRegions regions;
	private final ElectionCalendar elections;
	private final MessageSource messages;

	PilkadaRegionPages(PilkadaRegions regions, ElectionCalendar elections, MessageSource messages) {
		this.regions = regions;
		this.elections = elections;
		this.messages = messages;
	}

	@GetMapping("/admin/pemilihan/{code}/daerah")
	String regions(@PathVariable String code, Model model) {
		model.addAttribute("election", elections.election(code)
			.orElseThrow(() -> DomainException.notFound("catalog.election.notFound", code)));
		model.addAttribute("regions", regions.of(code));
		return "catalog/pilkada-regions";
	}

	@PostMapping("/admin/pemilihan/{code}/daerah")
	String set(@PathVariable String code, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String candidateDeterminationDate,
			@RequestParam(required = false) String termEndsOn, @RequestParam(required = false) String source,
			RedirectAttributes redirect, Locale locale) {
		try {
			regions.set(code, regionCode, new PilkadaRegions.Draft(date("candidateDeterminationDate",
					candidateDeterminationDate), date("termEndsOn", termEndsOn), source));
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return "redirect:/admin/pemilihan/" + code + "/daerah";
	}

	@PostMapping("/admin/pemilihan/{code}/daerah/{regionCode}/hapus")
	String remove(@PathVariable String code, @PathVariable String regionCode, RedirectAttributes redirect,
			Locale locale) {
		try {
			regions.remove(code, regionCode);
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
		}
		catch (DomainException refused) {
			refusal(redirect, refused, locale);
		}
		return "redirect:/admin/pemilihan/" + code + "/daerah";
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput.Collector().reject(field, "validation.date").refusal();
		}
	}

	private void refusal(RedirectAttributes redirect, DomainException refused, Locale locale) {
		redirect.addFlashAttribute("flashError",
				FormProblems.line(refused, messages, locale, "catalog.pilkadaRegion.field.", "catalog.pilkadaRegion.notSaved"));
		redirect.addFlashAttribute("flashErrorStatus", refused.status());
	}
}
