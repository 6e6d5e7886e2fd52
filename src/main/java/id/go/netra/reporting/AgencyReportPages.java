package id.go.netra.casework;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import id.go.netra.InvalidInput;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.ReportKind;
import id.go.netra.reporting.Reports;

/**
 * The task force and Bawaslu file their own reports (a task-force report, a finding, a recommendation); the
 * case opens at once and the officer lands on it. A refused form comes back filled in.
 */
@Controller
@RequestMapping("/kasus/laporan-baru")
@PreAuthorize("hasAnyRole('TASK_FORCE', 'ELECTION_SUPERVISOR')")
class AgencyReportPages {

	/** Which role files which kind, as {@link Reports#fileForAgency} enforces it; the form offers no other. */
	private static final Map<ReportKind, Role> FILED_BY = new EnumMap<>(Map.of(ReportKind.TASK_FORCE_REPORT,
			Role.TASK_FORCE, ReportKind.SUPERVISOR_FINDING, Role.ELECTION_SUPERVISOR,
			ReportKind.SUPERVISOR_RECOMMENDATION, Role.ELECTION_SUPERVISOR));

	private final Reports reports;
	private final Casework casework;
	private final Regions regions;
	private final CurrentActor currentActor;
	private final PageFeedback feedback;

	AgencyReportPages(Reports reports, Casework casework, Regions regions, CurrentActor currentActor,
			PageFeedback feedback) {
		this.reports = reports;
		this.casework = casework;
		this.regions = regions;
		this.currentActor = currentActor;
		this.feedback = feedback;
	}

	static List<ReportKind> kindsFor(Actor actor) {
		return FILED_BY.entrySet().stream().filter(entry -> actor.has(entry.getValue())).map(Map.Entry::getKey).toList();
	}

	@GetMapping
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgencyReportForm.empty());
		}
		Actor actor = currentActor.require();
		model.addAttribute("kinds", kindsFor(actor));
		Jurisdiction where = filingJurisdiction(actor);
		Map<Region, List<Region>> offered = regionsByProvince(where);
		model.addAttribute("regionsByProvince", offered);
		model.addAttribute("wholeProvinces", offered.keySet().stream().map(Region::code).filter(where::covers)
			.collect(java.util.stream.Collectors.toSet()));
		return "casework/report-form";
	}

	@PostMapping
	String file(AgencyReportForm form, @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
			RedirectAttributes redirect, Locale locale) {
		Actor actor = currentActor.require();
		try {
			ComplaintNumber number = reports.fileForAgency(actor, kindOf(form), form.submission(), uploads(evidence));
			// a region outside the officer's own jurisdiction opens a case they may not see
			Optional<Case> opened = casework.findByComplaintNumber(actor, number.value());
			feedback.success(redirect, locale, opened.isPresent() ? "case.report.filed" : "case.report.filedOutsideScope",
					number.value());
			return opened.map(c -> "redirect:/kasus/" + c.id()).orElse("redirect:/kasus");
		}
		catch (DomainException refused) {
			feedback.refusal(redirect, locale, refused);
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
		List<Jurisdiction> held = FILED_BY.values().stream().distinct().map(actor::jurisdiction)
			.flatMap(Optional::stream).toList();
		if (held.stream().anyMatch(Jurisdiction::national)) {
			return Jurisdiction.NATIONAL;
		}
		return new Jurisdiction(false, held.stream().flatMap(j -> j.regionCodes().stream())
			.collect(java.util.stream.Collectors.toSet()));
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
