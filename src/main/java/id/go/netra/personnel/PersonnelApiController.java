package id.go.netra.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The registry for agency systems. Scoped in the query: a PPK sees its own employer's staff, a regional body
 * those working in its region; anything else answers 404, as if it did not exist. The full NIK is shown to
 * BKN, administrators and the employee's own PPK; others see it masked, and may not search by it.
 */
@RestController
@RequestMapping("/api/v1/personnel")
@Tag(name = "Personnel", description = "The national registry of civil servants")
class PersonnelApiController {

	record Named(String code, String name) {
	}

	record EmployeeView(String nip, String nik, String name, LocalDate birthDate, Gender gender,
			EmploymentType employmentType, Named employer, String unit, PositionClass positionClass,
			String positionTitle, String grade, Named workRegion, EmployeeStatus status, List<String> socialAccounts,
			boolean synthetic, Instant updatedAt, boolean blocked, List<PersonnelBlocks.ActiveBlock> blocks,
			List<Employee.Period> history) {
	}

	record ServiceRequest(PersonnelGate.PersonnelService service, String reference) {
	}

	private final Employees employees;
	private final Employers employers;
	private final Regions regions;
	private final PersonnelGate gate;
	private final CurrentActor currentActor;
	private final NikSearches nikSearches;

	PersonnelApiController(Employees employees, Employers employers, Regions regions, PersonnelGate gate,
			CurrentActor currentActor, NikSearches nikSearches) {
		this.employees = employees;
		this.nikSearches = nikSearches;
		this.gate = gate;
		this.employers = employers;
		this.regions = regions;
		this.currentActor = currentActor;
	}

	@GetMapping("/{nip}")
	@Operation(summary = "One employee by NIP, with the periods of their career (who was where, when)")
	EmployeeView byNip(@PathVariable String nip) {
		Actor actor = currentActor.require();
		Employees.WithHistory found = employees.byNipWithHistory(Nip.of(nip), RegistryScope.of(actor))
			.orElseThrow(() -> DomainException.notFound("personnel.employee.notFound", nip));
		return view(found.employee(), actor, found.periods(), gate.activeBlocks(found.employee()));
	}

	@PostMapping("/{nip}/services")
	@Operation(summary = "The service gate: clears a promotion, transfer or pension for processing, or refuses it "
			+ "with 423 while the employee's data or services are blocked")
	PersonnelGate.Clearance pass(@PathVariable String nip, @RequestBody ServiceRequest request) {
		Actor actor = currentActor.require();
		// outside the caller's scope the employee does not exist, whatever the request says
		Employee employee = employees.byNip(Nip.of(nip), RegistryScope.of(actor))
			.orElseThrow(() -> DomainException.notFound("personnel.employee.notFound", nip));
		if (request == null || request.service() == null) {
			throw new InvalidInput.Collector().reject("service", "validation.required").refusal();
		}
		return gate.pass(employee, request.service(), request.reference());
	}

	@GetMapping
	@Operation(summary = "A page of employees, filtered by employer, name prefix (case- and accent-insensitive) and NIK; "
			+ "only roles that see the NIK in full (BKN, administrators, a PPK among its own staff) may filter by NIK, "
			+ "and each such search is audited as REGISTRY_SEARCHED_BY_NIK")
	Page<EmployeeView> search(@RequestParam(required = false) String employer,
			@RequestParam(required = false) String name, @RequestParam(required = false) String nik,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Actor actor = currentActor.require();
		boolean byNik = nik != null && !nik.isBlank();
		Employees.Query query = new Employees.Query(employer, name, byNik ? nik.replace(" ", "") : null, page, size);
		Page<Employee> found = byNik ? nikSearches.search(actor, query) : employees.search(query, RegistryScope.of(actor));
		// the blocks of the whole page in one query, not one per employee
		Map<Employee, List<PersonnelBlocks.ActiveBlock>> blocks = gate.activeBlocks(found.items());
		return found.map(employee -> view(employee, actor, List.of(), blocks.get(employee)));
	}

	private EmployeeView view(Employee e, Actor actor, List<Employee.Period> history,
			List<PersonnelBlocks.ActiveBlock> blocks) {
		String employerName = employers.find(e.employerCode()).map(Employer::name).orElse(e.employerCode());
		Named region = e.workRegionCode() == null ? null
				: new Named(e.workRegionCode(), regions.nameOf(e.workRegionCode()));
		return new EmployeeView(e.nip(), Nik.shownTo(actor, e), e.name(), e.birthDate(),
				e.gender(), e.employmentType(), new Named(e.employerCode(), employerName), e.unit(), e.positionClass(),
				e.positionTitle(), e.grade(), region, e.status(), e.socialAccounts(), e.synthetic(), e.updatedAt(),
				!blocks.isEmpty(), blocks, history);
	}
}
