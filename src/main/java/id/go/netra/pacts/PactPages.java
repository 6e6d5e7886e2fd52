package id.go.netra.pacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.Page;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;

/**
 * The officers' pages of the pacts: the campaigns with their coverage and a form to open one; a campaign's numbers,
 * its unsigned (paged), the links by e-mail or as a list, paper pacts, and its export; the national view for BKN and
 * the overseeing ministries. Actions post, then redirect with the outcome in words.
 */
@Controller
@RequestMapping("/pakta-integritas")
@PreAuthorize("hasAnyRole('PPK', 'CIVIL_SERVICE_AGENCY', 'OVERSIGHT')")
class PactPages {

	private static final String LIST = "redirect:/pakta-integritas";

	private final Campaigns campaigns;
	private final CampaignViews views;
	private final CampaignRoster roster;
	private final CoverageCounts coverage;
	private final OfflineSignatures offline;
	private final PactMailer mailer;
	private final CampaignFiles files;
	private final NationalCoverage national;
	private final ElectionCalendar elections;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	PactPages(Campaigns campaigns, CampaignViews views, CampaignRoster roster, CoverageCounts coverage,
			OfflineSignatures offline, PactMailer mailer, CampaignFiles files, NationalCoverage national,
			ElectionCalendar elections, CurrentActor currentActor, MessageSource messages) {
		this.campaigns = campaigns;
		this.views = views;
		this.roster = roster;
		this.coverage = coverage;
		this.offline = offline;
		this.mailer = mailer;
		this.files = files;
		this.national = national;
		this.elections = elections;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		Actor actor = currentActor.require();
		model.addAttribute("campaigns", campaigns.visibleTo(actor).stream().map(views::of).toList());
		model.addAttribute("elections", elections.elections());
		model.addAttribute("cascades", CampaignScope.cascades(actor));
		model.addAttribute("national", CampaignScope.national(actor));
		model.addAttribute("today", campaigns.today());
		return "pacts/campaigns";
	}

	@PostMapping
	String open(@RequestParam(required = false) String title, @RequestParam(required = false) String election,
			@RequestParam(required = false) String deadline, @RequestParam(required = false) String text,
			@RequestParam(required = false) List<String> employerKinds, RedirectAttributes redirect, Locale locale) {
		try {
			CampaignDraft draft = CampaignDraft.of(title, election, deadline, text, null, List.of(), employerKinds,
					campaigns.today());
			Campaign campaign = campaigns.open(currentActor.require(), draft);
			redirect.addFlashAttribute("flash", messages.getMessage("pacts.page.opened", null, locale));
			return "redirect:/pakta-integritas/" + campaign.id();
		}
		catch (DomainException refused) {
			return refused(redirect, refused, locale, LIST);
		}
	}

	@GetMapping("/{id}")
	String campaign(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Actor actor = currentActor.require();
		Campaign campaign = campaigns.require(actor, id);
		CampaignView view = views.of(campaign);
		model.addAttribute("campaign", view);
		model.addAttribute("byType", view.coverage()
			.byEmploymentType()
			.entrySet()
			.stream()
			.map(e -> new NationalCoverage.Group(e.getKey(),
					messages.getMessage("personnel.employmentType." + e.getKey(), null, e.getKey(), locale), e.getValue()))
			.toList());
		model.addAttribute("administers", CampaignScope.administers(actor, campaign));
		if (campaign.cascading()) {
			model.addAttribute("children", coverage.byChild(campaign.id())
				.stream()
				.map(row -> new NationalCoverage.Group(row.key(), employerOf(row.key()), row.tally()))
				.toList());
		}
		else {
			Page<Signer> unsigned = roster.unsigned(campaign.id(), Math.max(page, 0), 50);
			model.addAttribute("unsigned", unsigned);
		}
		return "pacts/campaign";
	}

	private String employerOf(String childId) {
		return campaigns.find(UUID.fromString(childId)).map(c -> views.employerName(c.employerCode())).orElse(childId);
	}

	@GetMapping("/{id}/ekspor")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
		return files.roster(campaigns.require(currentActor.require(), id), format);
	}

	@PostMapping("/{id}/tautan")
	ResponseEntity<byte[]> links(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
		return files.links(offline.administered(currentActor.require(), id), format);
	}

	@PostMapping("/{id}/undangan")
	String invite(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		String back = "redirect:/pakta-integritas/" + id;
		try {
			mailer.requestInvitations(offline.administered(currentActor.require(), id));
			redirect.addFlashAttribute("flash", messages.getMessage("pacts.page.invited", null, locale));
			return back;
		}
		catch (DomainException refused) {
			return refused(redirect, refused, locale, back);
		}
	}

	@PostMapping("/{id}/kertas")
	String paper(@PathVariable UUID id, @RequestParam(required = false) String nip,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale) {
		String back = "redirect:/pakta-integritas/" + id;
		try {
			Actor actor = currentActor.require();
			Campaign campaign = offline.administered(actor, id);
			Signer signer = offline.record(actor, campaign, nip, file == null ? null : file.getOriginalFilename(),
					offline.content(file));
			redirect.addFlashAttribute("flash", messages.getMessage("pacts.page.paperRecorded",
					new Object[] { signer.name(), signer.registryNumber() }, locale));
			return back;
		}
		catch (DomainException refused) {
			return refused(redirect, refused, locale, back);
		}
	}

	@GetMapping("/nasional")
	@PreAuthorize("hasAnyRole('CIVIL_SERVICE_AGENCY', 'OVERSIGHT')")
	String national(@RequestParam(required = false) String election,
			@RequestParam(defaultValue = "employer") String by, Model model) {
		String chosen = election != null && !election.isBlank() ? election
				: elections.elections().stream().map(e -> e.code()).reduce((a, b) -> b).orElse("");
		model.addAttribute("elections", elections.elections());
		model.addAttribute("election", chosen);
		model.addAttribute("by", "province".equals(by) ? "province" : "employer");
		model.addAttribute("groups", national.of(currentActor.require(), chosen, by));
		return "pacts/national";
	}

	private String refused(RedirectAttributes redirect, DomainException refused, Locale locale, String back) {
		redirect.addFlashAttribute("flashError",
				FormProblems.line(refused, messages, locale, "pacts.field.", "pacts.page.invalid"));
		redirect.addFlashAttribute("flashErrorStatus", refused.status());
		return back;
	}
}
