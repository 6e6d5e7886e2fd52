package id.go.netra.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

/** The election calendar kept by administrators: elections and their phases, added and edited, audited. */
@Controller
class ElectionPages {

	/**
	 * The election form as typed, so a refused form comes back as it was sent; a phase's dates are the fields
	 * {@code phases.<CODE>.start} and {@code .end}, named like the problems that mark them.
	 */
	record ElectionForm(Map<String, String> values) {

		static ElectionForm empty() {
			return new ElectionForm(Map.of());
		}

		static ElectionForm of(Election election) {
			Map<String, String> values = new HashMap<>();
			values.put("name", election.name());
			values.put("nameEn", election.nameEn());
			values.put("kind", election.kind().name());
			values.put("votingDate", String.valueOf(election.votingDate()));
			values.put("candidateDeterminationDate", election.candidateDeterminationDate() == null ? null
					: election.candidateDeterminationDate().toString());
			values.put("legalBasis", election.legalBasis());
			for (Election.Phase phase : election.phases()) {
				values.put("phases." + phase.code() + ".start", phase.start().toString());
				values.put("phases." + phase.code() + ".end", phase.end().toString());
			}
			return new ElectionForm(values);
		}

		public String get(String field) {
			return values.get(field);
		}

		/** The draft, with a phase left blank on both dates taken as one the election does not have. */
		ElectionCalendar.Draft toDraft() {
			InvalidInput.Collector problems = new InvalidInput.Collector();
			List<ElectionCalendar.PhaseDates> phases = new ArrayList<>();
			for (String code : ElectionCalendar.PHASES) {
				String start = "phases." + code + ".start";
				String end = "phases." + code + ".end";
				if (!isBlank(get(start)) || !isBlank(get(end))) {
					phases.add(new ElectionCalendar.PhaseDates(code, date(start, problems), date(end, problems)));
				}
			}
			Election.Kind kind = isBlank(get("kind")) ? null : problems.check("kind", () -> kind(get("kind")));
			ElectionCalendar.Draft draft = new ElectionCalendar.Draft(get("name"), get("nameEn"), kind,
					date("votingDate", problems), date("candidateDeterminationDate", problems), get("legalBasis"),
					phases);
			problems.throwIfAny();
			return draft;
		}

		private LocalDate date(String field, InvalidInput.Collector problems) {
			return isBlank(get(field)) ? null : problems.check(field, () -> {
				try {
					return LocalDate.parse(get(field).trim());
				}
				catch (DateTimeParseException e) {
					throw DomainException.invalid("validation.date");
				}
			});
		}

		private static Election.Kind kind(String value) {
			try {
				return Election.Kind.valueOf(value);
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("validation.required");
			}
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}
	}

	private final ElectionCalendar elections;
	private final MessageSource messages;

	ElectionPages(ElectionCalendar elections, MessageSource messages) {
		this.elections = elections;
		this.messages = messages;
	}

	@GetMapping("/admin/pemilihan")
	String electionsAdmin(Model model) {
		return electionsPage(null, ElectionForm.empty(), Map.of(), model);
	}

	@PostMapping("/admin/pemilihan")
	String addElection(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		ElectionForm form = new ElectionForm(values);
		try {
			Election added = elections.add(form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
			return "redirect:/admin/pemilihan/" + added.code();
		}
		catch (InvalidInput refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return electionsPage(null, form, problems(refused, locale), model);
		}
	}

	@GetMapping("/admin/pemilihan/{code}")
	String election(@PathVariable String code, Model model) {
		Election election = elections.election(code)
			.orElseThrow(() -> DomainException.notFound("catalog.election.notFound", code));
		return electionsPage(code, ElectionForm.of(election), Map.of(), model);
	}

	@PostMapping("/admin/pemilihan/{code}")
	String updateElection(@PathVariable String code, @RequestParam Map<String, String> values, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		ElectionForm form = new ElectionForm(values);
		try {
			elections.update(code, form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
			return "redirect:/admin/pemilihan/" + code;
		}
		catch (InvalidInput refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return electionsPage(code, form, problems(refused, locale), model);
		}
	}

	/** The list with a form to add one, or, given a code, the form that edits that election. */
	private String electionsPage(String code, ElectionForm form, Map<String, List<String>> problems, Model model) {
		model.addAttribute("elections", elections.elections());
		model.addAttribute("code", code);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", Election.Kind.values());
		model.addAttribute("phases", ElectionCalendar.PHASES);
		return "catalog/elections";
	}

	private Map<String, List<String>> problems(InvalidInput refused, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		refused.problems()
			.forEach(problem -> byField.computeIfAbsent(problem.field(), field -> new ArrayList<>())
				.add(problem.localized(messages, locale)));
		return byField;
	}
}
