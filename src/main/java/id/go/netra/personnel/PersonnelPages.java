package id.go.netra.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.Sanctions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;

/**
 * Officers look people up: by NIP, by NIK (only roles that see NIKs in full, see {@link NikSearches}), or by the beginning of a name (within an employer if they like),
 * scoped like the API, paged through every match. With htmx the results refresh as they type; without
 * JavaScript the form still works. Each result opens the employee's page.
 */
@Controller
class PersonnelPages {

	/** One period of a career as the page shows it: days in Jakarta, the employer by name. */
	record PeriodRow(LocalDate from, LocalDate to, String employerName, Employee.Period period) {
	}

	private final Employees employees;
	private final Employers employers;
	private final Sanctions sanctions;
	private final PersonnelGate gate;
	private final ObjectProvider<EmployeeDiscipline> discipline;
	private final ObjectProvider<EmployeeCases> cases;
	private final ObjectProvider<EmployeePacts> pacts;
	private final CurrentActor currentActor;
	private final NikSearches nikSearches;
	private final org.springframework.context.MessageSource messages;

	PersonnelPages(Employees employees, Employers employers, Sanctions sanctions, PersonnelGate gate,
			ObjectProvider<EmployeeDiscipline> discipline, ObjectProvider<EmployeeCases> cases,
			ObjectProvider<EmployeePacts> pacts, CurrentActor currentActor, NikSearches nikSearches, org.springframework.context.MessageSource messages) {
		this.employees = employees;
		this.nikSearches = nikSearches;
		this.employers = employers;
		this.sanctions = sanctions;
		this.gate = gate;
		this.discipline = discipline;
		this.cases = cases;
		this.pacts = pacts;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/kepegawaian")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String employer,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model, java.util.Locale locale) {
		Actor actor = currentActor.require();
		RegistryScope scope = RegistryScope.of(actor);
		String query = q.replace(" ", "").trim();
		Page<Employee> results = new Page<>(List.of(), 0, 20, 0);
		try {
			if (query.matches("\\d{18}")) {
				List<Employee> found = employees.byNip(Nip.of(query), scope).stream().toList();
				results = new Page<>(found, 0, 20, found.size());
			}
			else if (query.matches("\\d{16}")) {
				results = nikSearches.search(actor, new Employees.Query(null, null, query, 0, 20));
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
		model.addAttribute("pagerBase", UriComponentsBuilder.fromPath("/kepegawaian")
			.queryParam("q", q)
			.queryParam("employer", employer)
			.encode()
			.toUriString());
		return htmx != null ? "personnel/search :: results" : "personnel/search";
	}

	/**
	 * One employee as the registry knows them, within the officer's scope (anyone outside it is not found): their
	 * career, the blocks in force, their sanctions and the cases about them that the officer may see.
	 */
	@GetMapping("/kepegawaian/{nip}")
	String employee(@PathVariable String nip, Model model, Locale locale) {
		Actor actor = currentActor.require();
		Employees.WithHistory found = employees.byNipWithHistory(Nip.of(nip.strip()), RegistryScope.of(actor))
			.orElseThrow(() -> DomainException.notFound("personnel.employee.notFound", nip));
		Employee employee = found.employee();
		model.addAttribute("employee", employee);
		model.addAttribute("nik", Nik.shownTo(actor, employee));
		model.addAttribute("employerName", employerName(employee.employerCode()));
		model.addAttribute("periods", found.periods()
			.stream()
			.map(p -> new PeriodRow(p.validFrom().atZone(Dates.ZONE).toLocalDate(),
					p.validTo() == null ? null : p.validTo().atZone(Dates.ZONE).toLocalDate(),
					employerName(p.employerCode()), p))
			.toList());
		model.addAttribute("blocks", gate.activeBlocks(employee));
		model.addAttribute("sanctions", discipline.getIfAvailable(() -> EmployeeDiscipline.NONE)
			.sanctionsOf(actor, employee.nip()));
		model.addAttribute("sanctionNames",
				sanctions.all().stream().collect(Collectors.toMap(Sanction::code, s -> s.nameIn(locale))));
		model.addAttribute("cases", cases.getIfAvailable(() -> EmployeeCases.NONE).casesAbout(actor, employee.nip()));
		model.addAttribute("pacts", pacts.getIfAvailable(() -> EmployeePacts.NONE)
			.signedBy(actor, employee.nip() != null ? employee.nip() : employee.nik()));
		return "personnel/employee";
	}

	private String employerName(String code) {
		return employers.find(code).map(Employer::name).orElse(code);
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
