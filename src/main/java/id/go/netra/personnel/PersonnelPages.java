package id.go.netra.personnel;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;

/**
 * Officers look people up: by NIP, by NIK, or by the beginning of a name (within an employer if they like),
 * scoped like the API. With htmx the results refresh as they type; without JavaScript the form still works.
 */
@Controller
class PersonnelPages {

	private final Employees employees;
	private final CurrentActor currentActor;
	private final org.springframework.context.MessageSource messages;

	PersonnelPages(Employees employees, CurrentActor currentActor, org.springframework.context.MessageSource messages) {
		this.employees = employees;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/kepegawaian")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String employer,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model, java.util.Locale locale) {
		RegistryScope scope = RegistryScope.of(currentActor.require());
		String query = q.replace(" ", "").trim();
		Page<Employee> results = new Page<>(List.of(), 0, 20, 0);
		try {
			if (query.matches("\\d{18}")) {
				List<Employee> found = employees.byNip(Nip.of(query), scope).stream().toList();
				results = new Page<>(found, 0, 20, found.size());
			}
			else if (query.matches("\\d{16}")) {
				List<Employee> found = employees.byNik(Nik.of(query), scope);
				results = new Page<>(found, 0, 20, found.size());
			}
			else if (!q.isBlank() || !employer.isBlank()) {
				results = employees.search(new Employees.Query(employer, q, null, page, 20), scope);
			}
		}
		catch (DomainException e) {
			model.addAttribute("problem", e.localized(messages, locale));
		}
		model.addAttribute("q", q);
		model.addAttribute("employer", employer);
		model.addAttribute("results", results);
		return htmx != null ? "personnel/search :: results" : "personnel/search";
	}

	/**
	 * Suggestions for the reported person on an officer's report form, as they type a NIP or the first letters
	 * of a name: at most eight employees within the officer's own scope. Choosing one fills the form
	 * (js/pilih-pegawai.js); the NIK is not offered, since most officers see it masked.
	 */
	@GetMapping("/kepegawaian/saran")
	String suggestions(@RequestParam(defaultValue = "") String nip, @RequestParam(defaultValue = "") String name,
			Model model) {
		RegistryScope scope = RegistryScope.of(currentActor.require());
		String digits = nip.replace(" ", "").trim();
		List<Employee> found = List.of();
		if (digits.matches("\\d{18}")) {
			try {
				found = employees.byNip(Nip.of(digits), scope).stream().toList();
			}
			catch (DomainException invalid) {
				// not a valid NIP yet: nothing to suggest
			}
		}
		else if (name.strip().length() >= 3) {
			found = employees.search(new Employees.Query(null, name.strip(), null, 0, SUGGESTIONS), scope).items();
		}
		model.addAttribute("suggestions", found);
		return "personnel/suggestions :: list";
	}

	static final int SUGGESTIONS = 8;
}
