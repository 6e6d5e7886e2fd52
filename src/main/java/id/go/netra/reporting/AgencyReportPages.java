package id.go.netra.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * The task force and Bawaslu file their own reports (a task-force report, a finding, a recommendation); the
 * case opens at once and the officer lands on it (on the case queue when the case lies outside their scope).
 * A refused form comes back filled in, the refusal above it in the officer's language. The address stays under
 * the case pages (/kasus), where officers work, though the form is intake's.
 */
@Controller
@RequestMapping("/kasus/laporan-baru")
@PreAuthorize("hasAnyRole('TASK_FORCE', 'ELECTION_SUPERVISOR')")
class AgencyReportPages {

	private final Reports reports;
	private final OpenedCases openedCases;
	private final Regions regions;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	AgencyReportPages(Reports reports, OpenedCases openedCases, Regions regions, CurrentActor currentActor,
			MessageSource messages) {
		this.reports = reports;
		this.openedCases = openedCases;
		this.regions = regions;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgencyReportForm.empty());
		}
		Actor actor = currentActor.require();
		model.addAttribute("kinds", ReportKind.fileableBy(actor));
		Jurisdiction where = filingJurisdiction(actor);
		Map<Region, List<Region>> offered = regionsByProvince(where);
		model.addAttribute("regionsByProvince", offered);
		model.addAttribute("wholeProvinces", offered.keySet().stream().map(Region::code).filter(where::covers)
			.collect(Collectors.toSet()));
		return "reporting/agency-report-form";
	}

	@PostMapping
	String file(AgencyReportForm form, @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
			RedirectAttributes redirect, Locale locale) {
		Actor actor = currentActor.require();
		try {
			ComplaintNumber number = reports.fileForAgency(actor, kindOf(form), form.submission(), uploads(evidence));
			// a region outside the officer's own jurisdiction opens a case they may not see
			Optional<UUID> opened = openedCases.visibleTo(actor, number);
			redirect.addFlashAttribute("flash", messages.getMessage(opened.isPresent() ? "reporting.agency.filed"
					: "reporting.agency.filedOutsideScope", new Object[] { number.value() }, locale));
			return opened.map(id -> "redirect:/kasus/" + id).orElse("redirect:/kasus");
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError",
					FormProblems.line(refused, messages, locale, "reporting.agency.field.", "reporting.agency.invalid"));
			// what the API would have answered, for machines reading the page (the authorization matrix test)
			redirect.addFlashAttribute("flashErrorStatus", refused.status());
			redirect.addFlashAttribute("form", form);
			return "redirect:/kasus/laporan-baru";
		}
	}

	private static ReportKind kindOf(AgencyReportForm form) {
		if (form.kind() == null) {
			throw new InvalidInput.Collector().reject("kind", "validation.required").refusal();
		}
		return form.kind();
	}

	/** A file input left empty still sends an empty part; it is no evidence. */
	private static List<Reports.Upload> uploads(List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream()
					.filter(file -> !file.isEmpty())
					.map(file -> new Reports.Upload(file.getOriginalFilename(), file))
					.toList();
	}

	/**
	 * Where the officer may file: the regions of the roles that file agency reports, as {@link Reports#fileForAgency}
	 * enforces it (a regional body files only for incidents in its region).
	 */
	private static Jurisdiction filingJurisdiction(Actor actor) {
		Set<Role> filers = java.util.Arrays.stream(ReportKind.values()).map(ReportKind::filer).flatMap(Optional::stream)
			.collect(Collectors.toSet());
		List<Jurisdiction> held = filers.stream().map(actor::jurisdiction).flatMap(Optional::stream).toList();
		if (held.stream().anyMatch(Jurisdiction::national)) {
			return Jurisdiction.NATIONAL;
		}
		return new Jurisdiction(false, held.stream().flatMap(j -> j.regionCodes().stream()).collect(Collectors.toSet()));
	}

	/** The provinces with their regencies the officer may file for; a province only with the regencies covered. */
	private Map<Region, List<Region>> regionsByProvince(Jurisdiction where) {
		Map<Region, List<Region>> grouped = new LinkedHashMap<>();
		regions.provinces().forEach(province -> {
			List<Region> covered = regions.regenciesOf(province.code()).stream().filter(r -> where.covers(r.code()))
				.toList();
			if (where.covers(province.code()) || !covered.isEmpty()) {
				grouped.put(province, covered);
			}
		});
		return grouped;
	}
}
