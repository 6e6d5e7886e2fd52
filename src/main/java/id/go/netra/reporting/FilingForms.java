package id.go.netra.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the forms that file a report without an account share (the citizen's {@code /lapor}, the pressured ASN's
 * {@code /tekanan}): the incident's choices, and how a sent form is answered. Filed, the complaint number and the
 * receipt code go to the filed page once, as flash attributes and never in a URL; refused, the form comes back as
 * typed with each refusal by its field, and status 400.
 */
final class FilingForms {

	/** A province and its regencies and cities: one optgroup of the region select. */
	record RegionGroup(Region province, List<Region> regencies) {
	}

	private static final EvidenceLimits LIMITS = EvidenceLimits.current();

	/** What the evidence input accepts, said on the page from the limits intake enforces. */
	record EvidenceLimits(int imageMb, int videoMb, int pdfMb, int files, String accept) {

		static EvidenceLimits current() {
			return new EvidenceLimits(largest(EvidenceKind.IMAGE), largest(EvidenceKind.VIDEO),
					largest(EvidenceKind.PDF), Reports.MAX_FILES,
					Arrays.stream(EvidenceType.values()).map(EvidenceType::mediaType).collect(Collectors.joining(",")));
		}

		private static int largest(EvidenceKind kind) {
			return Arrays.stream(EvidenceType.values())
				.filter(type -> type.kind() == kind)
				.mapToInt(EvidenceType::maxMegabytes)
				.max()
				.orElse(0);
		}
	}

	private FilingForms() {
	}

	/** What the evidence input accepts ({@code reporting/fields :: evidence}). */
	static void evidenceChoices(Model model) {
		model.addAttribute("limits", LIMITS);
	}

	/** Files with {@code filing}; on a refusal answers {@code formAgain} with what was refused. */
	static String answer(Supplier<Reports.Filed> filing, Function<FormProblems, String> formAgain,
			MessageSource messages, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormProblems problems;
		try {
			Reports.Filed filed = filing.get();
			redirect.addFlashAttribute("complaintNumber", filed.complaintNumber().value());
			redirect.addFlashAttribute("receiptCode", filed.receiptCode());
			return "redirect:/lapor/terkirim";
		}
		catch (InvalidInput refused) {
			problems = FormProblems.of(refused, messages, locale);
		}
		catch (DomainException evidenceRefused) {
			// only the evidence files can be refused other than field by field (type, size, count)
			problems = FormProblems.of("evidence", evidenceRefused.localized(messages, locale));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formAgain.apply(problems);
	}

	/** The regions by province, and today: the date picker offers no day after today in Jakarta, as intake checks. */
	static void incidentChoices(Model model, Regions regions, Clock clock) {
		model.addAttribute("regionGroups", regionGroups(regions));
		model.addAttribute("today", LocalDate.now(clock.withZone(BusinessCalendar.ZONE)));
	}

	private static List<RegionGroup> regionGroups(Regions regions) {
		Comparator<Region> byName = Comparator.comparing(Region::name);
		return regions.provinces()
			.stream()
			.sorted(byName)
			.map(province -> new RegionGroup(province,
					regions.regenciesOf(province.code()).stream().sorted(byName).toList()))
			.toList();
	}
}
