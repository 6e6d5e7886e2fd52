package id.go.netra.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Role;

/**
 * An election's lexicon by kind of entry: the task force reads it, administrators edit it as one text box per kind,
 * one entry a line ("term", or "term = canonical name" for a nickname). A refused edit shows the boxes as typed
 * with each wrong line named, and changes nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('TASK_FORCE', 'ADMIN')")
class LexiconPages {

	/** Where an entry of the edit came from: its box and its line in it. */
	private record Origin(LexiconEntry.Kind kind, int line) {
	}

	private final Lexicons lexicons;
	private final ElectionCalendar elections;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	LexiconPages(Lexicons lexicons, ElectionCalendar elections, CurrentActor currentActor, MessageSource messages) {
		this.lexicons = lexicons;
		this.elections = elections;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/pemantauan/leksikon")
	String lexicon(@RequestParam(required = false) String election, Model model) {
		Actor actor = currentActor.require();
		List<Election> all = elections.elections();
		Election chosen = all.stream()
			.filter(e -> e.code().equals(election))
			.findFirst()
			.orElseGet(() -> nextOrLast(all));
		model.addAttribute("elections", all);
		model.addAttribute("chosen", chosen);
		model.addAttribute("kinds", LexiconEntry.Kind.values());
		model.addAttribute("editor", actor.has(Role.ADMIN));
		if (chosen != null) {
			// by the kind's name: a template cannot look an enum key up
			Map<String, List<LexiconEntry>> byKind = new LinkedHashMap<>();
			for (LexiconEntry.Kind kind : LexiconEntry.Kind.values()) {
				byKind.put(kind.name(), new ArrayList<>());
			}
			lexicons.of(chosen.code()).forEach(entry -> byKind.get(entry.kind().name()).add(entry));
			model.addAttribute("entries", byKind);
			if (!model.containsAttribute("texts")) {
				Map<String, String> texts = new LinkedHashMap<>();
				byKind.forEach((kind, entries) -> texts.put(kind, String.join("\n",
						entries.stream().map(LexiconPages::line).toList())));
				model.addAttribute("texts", texts);
			}
		}
		if (!model.containsAttribute("lineProblems")) {
			model.addAttribute("lineProblems", Map.of());
		}
		return "monitoring/lexicon";
	}

	@PostMapping("/pemantauan/leksikon")
	@PreAuthorize("hasRole('ADMIN')")
	String save(@RequestParam(required = false) String election, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<LexiconEntry> entries = new ArrayList<>();
		List<Origin> origins = new ArrayList<>();
		Map<String, String> texts = new LinkedHashMap<>();
		for (LexiconEntry.Kind kind : LexiconEntry.Kind.values()) {
			String text = form.getOrDefault(kind.name(), "");
			texts.put(kind.name(), text);
			String[] lines = text.split("\r?\n|\r", -1);
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].isBlank()) {
					continue;
				}
				int equals = lines[i].indexOf('=');
				entries.add(equals < 0 ? new LexiconEntry(kind, lines[i], null)
						: new LexiconEntry(kind, lines[i].substring(0, equals), lines[i].substring(equals + 1)));
				origins.add(new Origin(kind, i + 1));
			}
		}
		String back = "redirect:/pemantauan/leksikon?election=" + UriUtils.encodeQueryParam(
				election == null ? "" : election, java.nio.charset.StandardCharsets.UTF_8);
		try {
			List<LexiconEntry> saved = lexicons.replace(election, entries);
			redirect.addFlashAttribute("flash", messages.getMessage("monitoring.lexicon.saved",
					new Object[] { saved.size() }, locale));
			return back;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("texts", texts);
			model.addAttribute("lineProblems", lineProblems(invalid, origins, locale));
			model.addAttribute("flashError", messages.getMessage("monitoring.lexicon.refused", null, locale));
			model.addAttribute("flashErrorStatus", invalid.status());
			return lexicon(election, model);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("flashError", refused.localized(messages, locale));
			redirect.addFlashAttribute("flashErrorStatus", refused.status());
			return "redirect:/pemantauan/leksikon";
		}
	}

	/** Each box's wrong lines in words ("Baris 3: Wajib diisi."); a problem of the whole list goes under "all". */
	private Map<String, List<String>> lineProblems(InvalidInput invalid, List<Origin> origins, Locale locale) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (InvalidInput.FieldProblem problem : invalid.problems()) {
			String message = problem.localized(messages, locale);
			java.util.regex.Matcher index = java.util.regex.Pattern.compile("entries\\[(\\d+)]").matcher(problem.field());
			if (index.find() && Integer.parseInt(index.group(1)) < origins.size()) {
				Origin origin = origins.get(Integer.parseInt(index.group(1)));
				problems.computeIfAbsent(origin.kind().name(), k -> new ArrayList<>())
					.add(messages.getMessage("monitoring.lexicon.line", new Object[] { origin.line(), message }, locale));
			}
			else {
				problems.computeIfAbsent("all", k -> new ArrayList<>()).add(message);
			}
		}
		return problems;
	}

	private static String line(LexiconEntry entry) {
		return entry.refersTo() == null ? entry.term() : entry.term() + " = " + entry.refersTo();
	}

	/** The election whose voting day is next, else the latest one; null when the calendar is empty. */
	private static Election nextOrLast(List<Election> all) {
		LocalDate today = LocalDate.now(Dates.ZONE);
		return all.stream()
			.filter(e -> e.votingDate() != null && !e.votingDate().isBefore(today))
			.findFirst()
			.orElse(all.isEmpty() ? null : all.get(all.size() - 1));
	}
}
